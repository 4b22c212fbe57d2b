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
  return { positions: new Float32Array(capacity * 3), kinds: new Uint8Array(capacity) };
}

export function frameCapacity(buffers: FrameBuffers): number {
  return buffers.kinds.length;
}

/** Copies the simulation's drawable state into `buffers` and returns them as a frame. */
export function writeFrame(sim: Simulation, buffers: FrameBuffers): Frame {
  const a = sim.agents;
  const n = a.count;
  const p = buffers.positions;
  const { x, y, z } = a;
  for (let i = 0; i < n; i++) {
    const j = i * 3;
    p[j] = x[i]!;
    p[j + 1] = y[i]!;
    p[j + 2] = z[i]!;
  }
  buffers.kinds.set(a.kind.subarray(0, n));
  return { positions: p, kinds: buffers.kinds, stepIndex: sim.stepIndex, timeH: sim.timeH, count: n };
}
