/**
 * Pure helpers over sampled time series: pointwise statistics across seeds, and the time-course measurements
 * the validation targets are worded in (value at a time, peak, threshold crossing, area above a baseline).
 *
 * A series is a pair of equally long arrays: `t` (model hours, ascending) and `y` (the metric). Crossing times
 * are linearly interpolated between samples, so a delay shorter than the hourly sampling step still shows.
 */

/** Pointwise mean, minimum and maximum over several runs' samples of one metric. */
export interface PointwiseStats {
  mean: number[];
  min: number[];
  max: number[];
}

/**
 * Pointwise mean/min/max across runs. Runs of different length are cut to the shortest, so every point is a
 * statistic over all of them.
 */
export function pointwiseStats(runs: readonly (readonly number[])[]): PointwiseStats {
  if (runs.length === 0) return { mean: [], min: [], max: [] };
  const length = Math.min(...runs.map((r) => r.length));
  const mean: number[] = [];
  const min: number[] = [];
  const max: number[] = [];
  for (let i = 0; i < length; i++) {
    let sum = 0;
    let lo = Infinity;
    let hi = -Infinity;
    for (const run of runs) {
      const v = run[i]!;
      sum += v;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    mean.push(sum / runs.length);
    min.push(lo);
    max.push(hi);
  }
  return { mean, min, max };
}

/** Pointwise sum of equally long series (e.g. M1 + M2 macrophages). */
export function addSeries(a: readonly number[], b: readonly number[]): number[] {
  const length = Math.min(a.length, b.length);
  return Array.from({ length }, (_, i) => a[i]! + b[i]!);
}

/** Value at `hour`, linearly interpolated; throws when `hour` lies outside the sampled range (a run too short). */
export function valueAt(t: readonly number[], y: readonly number[], hour: number): number {
  const last = t.length - 1;
  if (last < 0 || hour < t[0]! - 1e-9 || hour > t[last]! + 1e-9) {
    throw new RangeError(`no sample at ${hour} h: the run covers ${t[0] ?? '?'}–${t[last] ?? '?'} h`);
  }
  let i = 0;
  while (i < last && t[i + 1]! < hour) i++;
  if (i === last || t[i + 1]! === t[i]!) return y[i]!;
  const f = Math.min(1, Math.max(0, (hour - t[i]!) / (t[i + 1]! - t[i]!)));
  return y[i]! + f * (y[i + 1]! - y[i]!);
}

export interface Peak {
  timeH: number;
  value: number;
}

/** Largest value within [fromH, toH] (the first one on ties). */
export function peakOf(t: readonly number[], y: readonly number[], fromH = -Infinity, toH = Infinity): Peak {
  let best: Peak = { timeH: NaN, value: -Infinity };
  for (let i = 0; i < t.length; i++) {
    if (t[i]! < fromH || t[i]! > toH) continue;
    if (y[i]! > best.value) best = { timeH: t[i]!, value: y[i]! };
  }
  return best;
}

/**
 * First time ≥ fromH at which `y` reaches `threshold` going up ('rise': y ≥ threshold) or going down
 * ('fall': y ≤ threshold), interpolated between the samples around the crossing; undefined if it never does.
 * If the first sample at or after fromH already satisfies it, that sample's time is returned.
 */
export function crossingTime(
  t: readonly number[],
  y: readonly number[],
  threshold: number,
  direction: 'rise' | 'fall',
  fromH = -Infinity,
): number | undefined {
  const reached = (v: number) => (direction === 'rise' ? v >= threshold : v <= threshold);
  let previous = -1;
  for (let i = 0; i < t.length; i++) {
    if (t[i]! < fromH) continue;
    if (reached(y[i]!)) {
      if (previous < 0) return t[i]!;
      const f = (threshold - y[previous]!) / (y[i]! - y[previous]!);
      return t[previous]! + f * (t[i]! - t[previous]!);
    }
    previous = i;
  }
  return undefined;
}

/**
 * Time at which a 0–1 recovery metric (barrier, re-epithelialisation) is back at ≥ threshold after the injury
 * at t = 0. The first sample is pre-treatment, so the search starts at the first sample after it: the deficit
 * starts where the metric first drops below the threshold, and recovery is the next upward crossing. A metric
 * that never drops below the threshold recovers at 0 h; undefined means it never recovers within the run.
 */
export function recoveryTime(t: readonly number[], y: readonly number[], threshold: number): number | undefined {
  const firstBelow = y.findIndex((v, i) => i >= 1 && v < threshold);
  if (firstBelow < 0) return 0;
  return crossingTime(t, y, threshold, 'rise', t[firstBelow]!);
}

/** ∫ (y − baseline) dt over [fromH, toH] by the trapezoid rule (units of y × hours). */
export function areaAbove(
  t: readonly number[],
  y: readonly number[],
  baseline: number,
  fromH: number,
  toH: number,
): number {
  let area = 0;
  for (let i = 1; i < t.length; i++) {
    if (t[i - 1]! < fromH || t[i]! > toH) continue;
    area += ((y[i - 1]! + y[i]! - 2 * baseline) / 2) * (t[i]! - t[i - 1]!);
  }
  return area;
}

/** Min and max of a list of scalars (e.g. one measurement per seed). */
export function rangeOf(values: readonly number[]): { min: number; max: number } {
  return { min: Math.min(...values), max: Math.max(...values) };
}
