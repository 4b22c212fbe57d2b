/**
 * When to play the needling animation: the model performs a session instantly at its session time, so the
 * device plays when model time first passes one. Pure logic (no three, no React), fed one frame at a time.
 */
export class SessionCrossingWatcher {
  private lastTimeH: number | null = null;
  private lastReceived = -1;

  /**
   * Reports whether this frame is the first to reach a session time. `received` is the frame stream's counter
   * (a frame already seen reports false). The very first frame plays only if the run is at its start (step ≤ 1)
   * and a session has happened: opening the app mid-run should not replay an old session. Going backwards (a
   * seek) plays nothing, but replaying forward from there crosses the session again and plays it again.
   */
  observe(received: number, stepIndex: number, timeH: number, sessionTimesH: readonly number[]): boolean {
    if (received === this.lastReceived) return false;
    this.lastReceived = received;
    const previous = this.lastTimeH;
    this.lastTimeH = timeH;
    if (previous === null) return stepIndex <= 1 && anyInRange(sessionTimesH, -Infinity, timeH);
    if (timeH <= previous) return false;
    return anyInRange(sessionTimesH, previous, timeH);
  }
}

/** Whether some value v has lo < v ≤ hi (a loop, so a per-frame call allocates nothing). */
function anyInRange(values: readonly number[], lo: number, hi: number): boolean {
  for (const v of values) if (v > lo && v <= hi) return true;
  return false;
}
