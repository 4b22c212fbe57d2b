/**
 * The worker's typed API, shared by `workers/sim.worker.ts` (which implements it) and `src/sim/` (which
 * calls it through Comlink). The main thread imports only this file from workers/, never engine runtime code.
 */
import type { Frame, FrameBuffers } from './engine/frame';

export type { Frame, FrameBuffers };

/**
 * The ArrayBuffers to list as transferables when a frame (or a spare) crosses the thread boundary.
 * Lives here, not in the engine, because transfer is a protocol concern; the main thread may import it.
 */
export function frameTransferables(buffers: FrameBuffers): ArrayBuffer[] {
  return [
    buffers.positions.buffer as ArrayBuffer,
    buffers.kinds.buffer as ArrayBuffer,
    buffers.states.buffer as ArrayBuffer,
    buffers.headings.buffer as ArrayBuffer,
    buffers.ids.buffer as ArrayBuffer,
  ];
}

export interface InitOptions {
  seed: number;
  /** Preset id (default 'reference'); `params` override it. Both are validated; errors name the parameter. */
  preset?: string;
  params?: Record<string, unknown>;
}

export interface LayerBand {
  name: string;
  /** Mean depth of the layer's top and bottom below the surface, µm. */
  topUm: number;
  bottomUm: number;
}

export interface SimInfo {
  /** Fixed model step, hours. */
  dtH: number;
  /** Size of the simulated block, µm. */
  domainUm: { x: number; y: number; z: number };
  /** Agent capacity: frames carry arrays of this size. */
  capacity: number;
  /** Layer bands of the block (mean depths; rete ridges undulate the epidermis bottom). */
  layers: LayerBand[];
  /** Model times of the needling sessions, h. */
  sessionTimesH: number[];
}

export interface SimStatus {
  playing: boolean;
  stepIndex: number;
  timeH: number;
  /** Model hours advanced per wall-clock second while playing. */
  speedHoursPerSecond: number;
  /** Healing phase now, read from the cell populations. */
  phase: string;
}

/** A checkpoint the worker holds for backward seeks. */
export interface CheckpointInfo {
  stepIndex: number;
  timeH: number;
  bytes: number;
}

export interface SimWorkerApi {
  init(options: InitOptions): SimInfo;
  /**
   * New parameters (validated by the schema; an error names each bad one and changes nothing). They RESTART the
   * run from t = 0 with the same seed (or `seed` if given): parameters shape the block, the needle pattern and the
   * session schedule, so they cannot change a run in mid-flight. Playback is paused; checkpoints are dropped.
   */
  setParams(params: Record<string, unknown>, seed?: number): SimInfo;
  /** Starts advancing model time at the current speed (in bounded batches, so commands stay responsive). */
  play(): void;
  pause(): void;
  /** Model hours per wall-clock second. Changes how many fixed steps run per second, never dt. */
  setSpeed(hoursPerSecond: number): void;
  /** Advances exactly one model step. */
  stepOnce(): SimStatus;
  /** Runs to the given model time in bounded batches, yielding between them; resolves when reached. */
  advanceTo(hours: number): Promise<SimStatus>;
  /**
   * Moves model time to `hours` (rounded down to a whole step). Forwards it simulates without drawing; backwards it
   * restores the nearest earlier checkpoint and re-simulates. Either way it lands on exactly the state a straight
   * run has at that step. Playback state is kept.
   */
  seek(hours: number): Promise<SimStatus>;
  /** The metric series from sample `sinceIndex` on (hourly rows; keys of the metrics contract plus `phase`). */
  metrics(sinceIndex: number): Record<string, number[] | string[]>;
  /** The checkpoints held for backward seeks (memory budget: checkpointStore.ts). */
  listCheckpoints(): CheckpointInfo[];
  status(): SimStatus;
  /**
   * Returns the latest state as a frame. Pass the buffers of a frame you no longer need (transferred),
   * so the worker can reuse them; pass null on the first calls. The returned buffers are transferred.
   */
  frame(spare: FrameBuffers | null): Frame;
  /** Test hook: whether the buffers of the last frame sent were detached on the sender's side. */
  lastSentFrameDetached(): boolean;
  dispose(): void;
}
