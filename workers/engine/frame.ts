/**
 * Frames: what the renderer needs from the model at one instant, in typed arrays that travel between the
 * worker and the main thread by transfer (never by copy).
 *
 * Buffers are allocated once per capacity and then recycled: the main thread hands back the buffers of the
 * frame it no longer shows ("spare"), the worker fills them and transfers them back. Steady state: two
 * buffer sets in rotation, zero allocations per frame.
 */
import type { Simulation } from './simulation';

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
}

export interface Frame extends FrameBuffers {
  /** Model step this frame shows. */
  stepIndex: number;
  /** Model time, hours since the first session. */
  timeH: number;
  /** Live agents: only the first `count` entries of each array are meaningful. */
  count: number;
}

export function allocateFrameBuffers(capacity: number): FrameBuffers {
  return {
    positions: new Float32Array(capacity * 3),
    kinds: new Uint8Array(capacity),
    states: new Uint8Array(capacity),
    headings: new Float32Array(capacity * 3),
    ids: new Uint32Array(capacity),
  };
}

export function frameCapacity(buffers: FrameBuffers): number {
  return buffers.kinds.length;
}

/** Copies the simulation's drawable state into `buffers` and returns them as a frame. */
export function writeFrame(sim: Simulation, buffers: FrameBuffers): Frame {
  const a = sim.agents;
  const n = a.count;
  const p = buffers.positions;
  const h = buffers.headings;
  const { x, y, z, px, py, pz } = a;
  for (let i = 0; i < n; i++) {
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
  return { ...buffers, stepIndex: sim.stepIndex, timeH: sim.timeH, count: n };
}
