/**
 * Seeks from a scrubber: one seek in flight, the newest target wins. Dragging asks for many times a second; each
 * seek makes the worker simulate (forwards) or restore a checkpoint and re-simulate (backwards), so the targets
 * asked for while one runs are collapsed into the newest.
 *
 * A seek cannot be cancelled in the worker, and a far one forwards takes a while (day 180 is ~4 300 model hours:
 * about a minute at 30–110 simulated h/s, docs/performance.md). So a far forward target is reached in legs of at
 * most SEEK_LEG_H: between legs a newer target takes over, and the frames show the model getting there. Every leg
 * lands on exactly the state a straight run has at that time (the worker's seek contract), so the legs change
 * nothing in the result. Pure logic around an async seek function (testable without a worker).
 */

/** Longest forward leg of one seek call, model h: a day, well under a second on a laptop (what a newer target waits). */
export const SEEK_LEG_H = 24;

export class LatestSeek {
  private next: number | null = null;
  private running = false;
  /** The target being reached or queued (what the thumb shows), or null when idle. */
  target: number | null = null;

  constructor(
    /** The worker's seek; resolves with the model time it landed on. */
    private readonly seek: (hours: number) => Promise<{ timeH: number }>,
    /** The model time now, if known (the newest frame's), for the first leg. */
    private readonly currentH: () => number | null = () => null,
    private readonly legH = SEEK_LEG_H,
  ) {}

  get busy(): boolean {
    return this.running;
  }

  request(hours: number): void {
    this.next = hours;
    this.target = hours;
    if (this.running) return;
    this.running = true;
    void this.drain();
  }

  private async drain(): Promise<void> {
    let now = this.currentH();
    while (this.next !== null) {
      const goal = this.next;
      const far = now !== null && goal > now + this.legH;
      const leg = far ? now! + this.legH : goal;
      // The goal stays queued until its last leg; a newer request replaces it meanwhile.
      if (!far) this.next = null;
      try {
        const landed = (await this.seek(leg)).timeH;
        // No progress on a leg (should not happen): go straight to the goal rather than loop.
        now = far && landed <= now! ? null : landed;
      } catch {
        // A failed seek (worker restarting) is not the scrubber's to report: the client surfaces faults. Stop the
        // legs of this goal; a newer request still runs.
        now = null;
        if (this.next === goal) this.next = null;
      }
    }
    this.running = false;
    this.target = null;
  }
}
