/**
 * When to announce a healing-phase change in the polite live region. Pure (times in, decisions out), fed by
 * SceneDescription's timer with the phase on screen:
 *  - never the opening phase (the description says it), only changes;
 *  - a new phase must stay on screen for PHASE_SETTLE_MS first, so scrubbing quickly across the timeline (phases
 *    flicking past) announces nothing until the user stops;
 *  - announcements are at least MIN_GAP_MS apart; a change inside the gap is announced when it ends (if the phase
 *    is still different from the last one announced by then).
 */

/** Least time between two announcements, ms (a screen reader user must not be talked over while listening). */
export const MIN_GAP_MS = 10_000;
/** How long a new phase must stay on screen before it is announced, ms (longer than a scrub's flicker). */
export const PHASE_SETTLE_MS = 2_000;

export class PhaseAnnouncer {
  private announced: string | null = null;
  private lastAnnouncedAt = Number.NEGATIVE_INFINITY;
  private candidate: string | null = null;
  private candidateSince = 0;

  /** Call with the phase shown now; returns the phase to announce now, or null. */
  observe(phase: string, nowMs: number): string | null {
    if (this.announced === null) {
      // The opening phase: known, not announced.
      this.announced = phase;
      return null;
    }
    if (phase !== this.candidate) {
      this.candidate = phase;
      this.candidateSince = nowMs;
    }
    if (phase === this.announced) return null;
    if (nowMs - this.candidateSince < PHASE_SETTLE_MS) return null;
    if (nowMs - this.lastAnnouncedAt < MIN_GAP_MS) return null;
    this.announced = phase;
    this.lastAnnouncedAt = nowMs;
    return phase;
  }

  /** Forget everything (a new run): its opening phase is not announced either. */
  reset(): void {
    this.announced = null;
    this.candidate = null;
    this.lastAnnouncedAt = Number.NEGATIVE_INFINITY;
  }
}
