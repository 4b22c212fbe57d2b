/**
 * One run's result as a sweep line carries it: for every numeric metric (workers/model/metrics.ts) and two derived
 * ones, the first and last values, the extremes and when the maximum fell, and how many samples were not finite.
 * The protocol invariants and the Morris screen read only this, so a summary is all a sweep needs to keep.
 *
 * Derived metrics:
 *   fibroblast_lineage   fibroblasts + myofibroblasts (cells/mm²): the lineage homeostasis acts on;
 *   myofibroblast_share  myofibroblasts / lineage (0–1; 0 when the lineage is empty);
 *   collagen_total       collagen I + III relative to before (each type weighted by its pre-treatment share);
 *   collagen_iii_share   collagen III's share of all collagen (0–1; ≈ 0.15 before treatment).
 */
import { BASELINE_COLLAGEN_I, BASELINE_COLLAGEN_III } from '../../workers/engine/matrix';

export interface MetricSummary {
  /** The first sample (t = 0: right after the first session's needling). */
  readonly first: number | null;
  /** The last sample (the end of the run). */
  readonly last: number | null;
  /** Over finite samples (null when none is finite). */
  readonly min: number | null;
  readonly max: number | null;
  /** Model hour of the maximum. */
  readonly tMaxH: number | null;
  /** Samples that are NaN or ±Infinity. */
  readonly nonFinite: number;
}

export interface RunSummary {
  /** Model hours of the last sample. */
  readonly endH: number;
  readonly samples: number;
  readonly metrics: Readonly<Record<string, MetricSummary>>;
}

export type NumericSeries = Readonly<Record<string, readonly number[]>>;

export const DERIVED_METRICS = [
  'fibroblast_lineage',
  'myofibroblast_share',
  'collagen_total',
  'collagen_iii_share',
] as const;

/** The run's numeric series plus the derived ones. */
export function withDerived(series: NumericSeries): NumericSeries {
  const derived: Record<string, readonly number[]> = {};
  const fibroblasts = series.fibroblasts;
  const myofibroblasts = series.myofibroblasts;
  if (fibroblasts && myofibroblasts) {
    const lineage = fibroblasts.map((f, i) => f + myofibroblasts[i]!);
    derived.fibroblast_lineage = lineage;
    derived.myofibroblast_share = lineage.map((l, i) => (l > 0 ? myofibroblasts[i]! / l : 0));
  }
  const collagenI = series.collagen_i;
  const collagenIII = series.collagen_iii;
  if (collagenI && collagenIII) {
    const typeI = collagenI.map((v) => v * BASELINE_COLLAGEN_I);
    const typeIII = collagenIII.map((v) => v * BASELINE_COLLAGEN_III);
    const total = typeI.map((v, i) => v + typeIII[i]!);
    derived.collagen_total = total.map((v) => v / (BASELINE_COLLAGEN_I + BASELINE_COLLAGEN_III));
    derived.collagen_iii_share = total.map((v, i) => (v > 0 ? typeIII[i]! / v : 0));
  }
  return { ...series, ...derived };
}

export function summarise(series: NumericSeries): RunSummary {
  const t = series.t_h ?? [];
  const metrics: Record<string, MetricSummary> = {};
  for (const [key, values] of Object.entries(series)) {
    if (key === 't_h') continue;
    metrics[key] = summariseMetric(values, t);
  }
  return { endH: t.length > 0 ? t[t.length - 1]! : 0, samples: t.length, metrics };
}

function summariseMetric(values: readonly number[], t: readonly number[]): MetricSummary {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let tMax: number | null = null;
  let nonFinite = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) {
      nonFinite++;
      continue;
    }
    if (v < min) min = v;
    if (v > max) {
      max = v;
      tMax = t[i] ?? null;
    }
  }
  const finite = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : null);
  return {
    first: finite(values[0]),
    last: finite(values[values.length - 1]),
    min: tMax === null ? null : min,
    max: tMax === null ? null : max,
    tMaxH: tMax,
    nonFinite,
  };
}

/**
 * The series thinned to one sample every `everyH` model hours (and the last), values to 5 significant digits:
 * what the protocol report draws. NaN and ±Infinity become null in JSON.
 */
export function thinSeries(
  series: NumericSeries,
  everyH: number,
  keys?: readonly string[],
): Record<string, (number | null)[]> {
  const t = series.t_h ?? [];
  const picked: number[] = [];
  let next = 0;
  for (let i = 0; i < t.length; i++) {
    if (t[i]! >= next - 1e-9 || i === t.length - 1) {
      picked.push(i);
      next = t[i]! + everyH;
    }
  }
  const out: Record<string, (number | null)[]> = {};
  for (const key of ['t_h', ...(keys ?? Object.keys(series).filter((k) => k !== 't_h'))]) {
    const values = series[key];
    if (!values) continue;
    out[key] = picked.map((i) => {
      const v = values[i]!;
      return Number.isFinite(v) ? Number(v.toPrecision(5)) : null;
    });
  }
  return out;
}
