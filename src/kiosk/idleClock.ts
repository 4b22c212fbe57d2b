/**
 * Time since the last input, in stages: 'active' → 'attract' (after attractMs) → 'reset' (after idleMs, once per
 * idle spell). Pure and clock-injected so the stages are unit-tested without waiting minutes.
 */
export type IdleStage = 'active' | 'attract' | 'reset';

export class IdleClock {
  private lastInput: number;
  private resetDone = false;

  constructor(
    private readonly attractMs: number,
    private readonly idleMs: number,
    now: number,
  ) {
    this.lastInput = now;
  }

  /** Whether the app was reset in this idle spell (the attract loop replays the run from the start). */
  get afterReset(): boolean {
    return this.resetDone;
  }

  /** A touch, click or key: back to 'active'. */
  input(now: number): void {
    this.lastInput = now;
    this.resetDone = false;
  }

  /**
   * The stage at `now`. Returns 'reset' exactly once per idle spell (the caller resets the app then); after that,
   * 'attract' until the next input.
   */
  stage(now: number): IdleStage {
    const idle = now - this.lastInput;
    if (idle >= this.idleMs && !this.resetDone) {
      this.resetDone = true;
      return 'reset';
    }
    if (idle >= this.attractMs || this.resetDone) return 'attract';
    return 'active';
  }
}
