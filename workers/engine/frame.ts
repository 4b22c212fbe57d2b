/**
 * Frames: what the renderer needs from the model at one instant, in typed arrays that travel between the
 * worker and the main thread by transfer (never by copy).
 *
 * Buffers are allocated once per capacity and then recycled: the main thread hands back the buffers of the
 * frame it no longer shows ("spare"), the worker fills them and transfers them back. Steady state: two
 * buffer sets in rotation, zero allocations per frame.
 */
import { CENSUS_KINDS, CENSUS_STATES, CHANNEL_STRIDE, SITE_STRIDE, SURFACE_STRIDE } from '../model/sceneLayout';
import type { SceneSampler } from './sceneSampler';
import type { SimState } from './state';
import { phaseNow } from './observe';
import { PHASES } from '../model/phases';

export interface FrameBuffers {
  /** Agent positions, µm, xyz interleaved; length 3 × capacity. */
  positions: Float32Array;
  /** Agent cell-type codes; length capacity. */
  kinds: Uint8Array;
  /**
   * Agent state codes (per type: quiescent/activated fibroblast, M1/M2/monocyte macrophage, live/apoptotic
   * neutrophil, migrating/arrived keratinocyte, aggregating/clot platelet); length capacity.
   */
  states: Uint8Array;
  /** Unit headings (polarity), xyz interleaved, for orienting spindle-shaped cells; length 3 × capacity. */
  headings: Float32Array;
  /** Stable agent ids (for picking a cell and following it across frames); length capacity. */
  ids: Uint32Array;
  /** Tissue sites: SITE_STRIDE floats per site (sceneLayout.ts). */
  sites: Float32Array;
  /** Channels: CHANNEL_STRIDE floats per channel, capacity rows; the first `channelCount` are valid. */
  channels: Float32Array;
  /** Overlay field on the x–z plane at the slice position, nx × nz (x fastest), in the field's unit. */
  slice: Float32Array;
  /** Block-wide surface scalars: SURFACE_STRIDE floats. */
  surface: Float32Array;
  /** Live agents by type and state (sceneLayout.ts CENSUS_*). */
  census: Uint32Array;
}

/** Sizes a buffer set is made for. */
export interface FrameShape {
  capacity: number;
  siteCount: number;
  channelCapacity: number;
  sliceSize: number;
}

export interface Frame extends FrameBuffers {
  /** Model step this frame shows. */
  stepIndex: number;
  /** Model time, hours since the first session. */
  timeH: number;
  /** Live agents: only the first `count` entries of each array are meaningful. */
  count: number;
  /** Channels made so far: rows of `channels` that are valid. */
  channelCount: number;
  /** Field shown on `slice` (an OVERLAY_FIELDS id), or null when the slice is not filled. */
  sliceField: string | null;
  /** y of the slice, µm. */
  sliceYUm: number;
  /** Healing phase now (read from the populations). */
  phase: string;
}

export function allocateFrameBuffers(shape: FrameShape): FrameBuffers {
  const { capacity } = shape;
  return {
    positions: new Float32Array(capacity * 3),
    kinds: new Uint8Array(capacity),
    states: new Uint8Array(capacity),
    headings: new Float32Array(capacity * 3),
    ids: new Uint32Array(capacity),
    sites: new Float32Array(shape.siteCount * SITE_STRIDE),
    channels: new Float32Array(shape.channelCapacity * CHANNEL_STRIDE),
    slice: new Float32Array(shape.sliceSize),
    surface: new Float32Array(SURFACE_STRIDE),
    census: new Uint32Array(CENSUS_KINDS * CENSUS_STATES),
  };
}

/** The buffer sizes frames of this simulation need. */
export function frameShape(sim: SimState, sampler: SceneSampler): FrameShape {
  return {
    capacity: sim.agents.capacity,
    siteCount: sampler.siteCount,
    channelCapacity: sim.channels.capacity,
    sliceSize: sampler.sliceSize,
  };
}

/** Whether `buffers` were made for `shape` (a spare from an earlier run may not be). */
export function fitsShape(buffers: FrameBuffers, shape: FrameShape): boolean {
  return (
    buffers.kinds.length === shape.capacity &&
    buffers.sites.length === shape.siteCount * SITE_STRIDE &&
    buffers.channels.length === shape.channelCapacity * CHANNEL_STRIDE &&
    buffers.slice.length === shape.sliceSize
  );
}

/** Copies the simulation's drawable state into `buffers` and returns them as a frame. */
export function writeFrame(sim: SimState, buffers: FrameBuffers, sampler: SceneSampler): Frame {
  const a = sim.agents;
  const n = a.count;
  const p = buffers.positions;
  const h = buffers.headings;
  const { x, y, z, px, py, pz, kind, state } = a;
  const census = buffers.census;
  census.fill(0);
  for (let i = 0; i < n; i++) {
    census[kind[i]! * CENSUS_STATES + Math.min(state[i]!, CENSUS_STATES - 1)]!++;
    const j = i * 3;
    p[j] = x[i]!;
    p[j + 1] = y[i]!;
    p[j + 2] = z[i]!;
    h[j] = px[i]!;
    h[j + 1] = py[i]!;
    h[j + 2] = pz[i]!;
  }
  buffers.kinds.set(a.kind.subarray(0, n));
  buffers.states.set(a.state.subarray(0, n));
  buffers.ids.set(a.id.subarray(0, n));
  sampler.writeSites(sim, buffers.sites);
  const channelCount = sampler.writeChannels(sim, buffers.channels);
  const sliceField = sampler.writeSlice(sim, buffers.slice);
  sampler.writeSurface(sim, buffers.surface);
  return {
    ...buffers,
    stepIndex: sim.stepIndex,
    timeH: sim.timeH,
    count: n,
    channelCount,
    sliceField,
    sliceYUm: sampler.sliceYUm,
    phase: PHASES[phaseNow(sim)]!,
  };
}
