/**
 * Reduced motion, "time advances in steps": while the model plays under reduced motion, the scene asks the worker
 * for a new frame only once every STEPPED_FRAME_MS, so the picture (and the timeline's thumb, which follows the
 * frames) jumps from one moment to the next instead of flowing. Only which frames are shown changes: the worker's
 * stepping, and so every result, is untouched. Paused, or with full motion, frames are asked for as fast as the
 * display takes them (a seek or a camera move must show at once). Pure: times in, a yes / no out.
 */

/** Time between frames shown while playing under reduced motion, ms (one calm step a second). */
export const STEPPED_FRAME_MS = 1_000;

export class FrameCadence {
  private lastPullMs = Number.NEGATIVE_INFINITY;

  /** Whether to ask for a frame now. `stepped`: playing under reduced motion. */
  due(nowMs: number, stepped: boolean): boolean {
    return !stepped || nowMs - this.lastPullMs >= STEPPED_FRAME_MS;
  }

  /** A request went out (one may already have been in flight: then none did, and the next is still due). */
  pulled(nowMs: number): void {
    this.lastPullMs = nowMs;
  }
}
