/**
 * Checkpoints kept by the worker so the timeline can seek backwards: seeking to an earlier hour restores the
 * nearest checkpoint at or before it and re-simulates the rest, which lands on exactly the state a straight run
 * has there (checkpoints are bit-exact; tested in test/unit/simulation.test.ts and test/worker/).
 *
 * Memory budget: DEFAULT_BUDGET_BYTES in total (a medium-tier checkpoint is ~25 MB: fields, their pending sources
 * and the matrix dominate). When a new checkpoint would exceed the budget, the store evicts the checkpoint whose
 * removal opens the smallest gap (never the first): what remains stays spread evenly over the model time seen,
 * so the re-simulation after any backward seek is bounded by about (time seen) / (checkpoints kept).
 */

/** Total bytes the store may hold: a few hundred MB is safe in a desktop tab and on recent tablets. */
export const DEFAULT_BUDGET_BYTES = 256 * 2 ** 20;

export interface CheckpointInfo {
  stepIndex: number;
  timeH: number;
  bytes: number;
}

interface Entry extends CheckpointInfo {
  buffer: ArrayBuffer;
}

export class CheckpointStore {
  readonly budgetBytes: number;
  private entries: Entry[] = [];
  private bytes = 0;

  constructor(budgetBytes = DEFAULT_BUDGET_BYTES) {
    this.budgetBytes = budgetBytes;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  clear(): void {
    this.entries = [];
    this.bytes = 0;
  }

  has(stepIndex: number): boolean {
    return this.entries.some((e) => e.stepIndex === stepIndex);
  }

  /** Adds a checkpoint (replacing one at the same step), then evicts until the budget holds. */
  add(stepIndex: number, timeH: number, buffer: ArrayBuffer): void {
    const existing = this.entries.findIndex((e) => e.stepIndex === stepIndex);
    if (existing >= 0) this.removeAt(existing);
    const entry: Entry = { stepIndex, timeH, bytes: buffer.byteLength, buffer };
    let at = this.entries.findIndex((e) => e.stepIndex > stepIndex);
    if (at < 0) at = this.entries.length;
    this.entries.splice(at, 0, entry);
    this.bytes += entry.bytes;
    while (this.bytes > this.budgetBytes && this.entries.length > 2) this.evictOne();
  }

  /** The latest checkpoint at or before `stepIndex`, or null. */
  atOrBefore(stepIndex: number): Entry | null {
    let best: Entry | null = null;
    for (const e of this.entries) if (e.stepIndex <= stepIndex) best = e;
    return best;
  }

  list(): CheckpointInfo[] {
    return this.entries.map(({ stepIndex, timeH, bytes }) => ({ stepIndex, timeH, bytes }));
  }

  /** Drops checkpoints after `stepIndex` (they belong to a future that will be re-simulated differently). */
  dropAfter(stepIndex: number): void {
    for (let k = this.entries.length - 1; k >= 0; k--) if (this.entries[k]!.stepIndex > stepIndex) this.removeAt(k);
  }

  private evictOne(): void {
    // Never the first (the start of the run); among the rest, the one closest to its predecessor.
    let victim = 1;
    let smallest = Infinity;
    for (let k = 1; k < this.entries.length - 1; k++) {
      const gap = this.entries[k]!.stepIndex - this.entries[k - 1]!.stepIndex;
      if (gap < smallest) {
        smallest = gap;
        victim = k;
      }
    }
    this.removeAt(victim);
  }

  private removeAt(k: number): void {
    this.bytes -= this.entries[k]!.bytes;
    this.entries.splice(k, 1);
  }
}
