/**
 * Metric time series that the UI, the CLIs and validation all read (the metrics contract:
 * shared/science/TARGETS.md). Sampled on a fixed model-time grid (every SAMPLE_EVERY_H), so series from
 * different runs line up point by point.
 *
 * Storage: one Float64Array per metric, grown by doubling (at most log₂(samples) times in a run, never per
 * step). Phase is stored as a code; `PHASES` names it.
 */

/** Sampling interval, h. The contract asks for at least hourly. */
export const SAMPLE_EVERY_H = 1;

import type { MetricDef } from '../model/metrics';
import { PHASES } from '../model/phases';
import type { Phase } from '../model/phases';

export class MetricSeries {
  readonly defs: readonly MetricDef[];
  length = 0;
  private columns: Float64Array[];
  private phaseCodes: Uint8Array;
  private readonly indexByKey: Map<string, number>;

  constructor(defs: readonly MetricDef[], initialCapacity = 256) {
    this.defs = defs;
    this.columns = defs.map(() => new Float64Array(initialCapacity));
    this.phaseCodes = new Uint8Array(initialCapacity);
    this.indexByKey = new Map(defs.map((d, i) => [d.key, i]));
  }

  get capacity(): number {
    return this.phaseCodes.length;
  }

  column(key: string): number {
    const i = this.indexByKey.get(key);
    if (i === undefined) throw new Error(`unknown metric '${key}'`);
    return i;
  }

  /** Starts a new sample row (values default to 0) and returns its index. */
  beginSample(phase: number): number {
    if (this.length === this.capacity) this.grow();
    const row = this.length++;
    this.phaseCodes[row] = phase;
    for (const c of this.columns) c[row] = 0;
    return row;
  }

  set(row: number, column: number, value: number): void {
    this.columns[column]![row] = value;
  }

  get(key: string, row: number): number {
    return this.columns[this.column(key)]![row]!;
  }

  phaseAt(row: number): Phase {
    return PHASES[this.phaseCodes[row]!]!;
  }

  /** Drops samples from `row` on (used when a checkpoint is restored). */
  truncate(row: number): void {
    this.length = Math.min(this.length, row);
  }

  /** The series as plain arrays (for JSON), from sample `since` on. */
  toJSON(since = 0): Record<string, number[] | string[]> {
    const out: Record<string, number[] | string[]> = {};
    this.defs.forEach((d, i) => {
      out[d.key] = Array.from(this.columns[i]!.subarray(since, this.length));
    });
    out.phase = Array.from(this.phaseCodes.subarray(since, this.length), (p) => PHASES[p]!);
    return out;
  }

  /** Raw storage for checkpoints (columns then phase codes). */
  storage(): { columns: readonly Float64Array[]; phases: Uint8Array } {
    return { columns: this.columns, phases: this.phaseCodes };
  }

  /** Makes sure `rows` samples fit (restoring a checkpoint needs the room up front). */
  reserve(rows: number): void {
    while (this.capacity < rows) this.grow();
  }

  private grow(): void {
    const next = this.capacity * 2;
    this.columns = this.columns.map((c) => {
      const n = new Float64Array(next);
      n.set(c);
      return n;
    });
    const p = new Uint8Array(next);
    p.set(this.phaseCodes);
    this.phaseCodes = p;
  }
}
