/**
 * From metric columns (the main run's, the ensemble's, scenario B's) to what the charts draw and say: uPlot's
 * aligned arrays with the band edges, the text summaries and the table rows. Pure functions, no DOM, no uPlot
 * (numbers and units in text follow the active language: src/i18n).
 */
import { numberLocale, t } from '../../i18n';
import type { EnsembleRunView } from '../../sim/ensemble';

/** A run's metric columns (the main run's MetricsSnapshot fits). */
export interface Columns {
  /** Rows held (row i = model hour i). */
  readonly length: number;
  readonly columns: ReadonlyMap<string, readonly number[]>;
}

/** What the band needs of the ensemble: the extra runs and how many rows they all hold. */
export interface BandSource {
  readonly rows: number;
  readonly runs: readonly Pick<EnsembleRunView, 'columns'>[];
}

export type Column = (number | null)[];

/** A value as uPlot wants it: missing or not finite → null (a gap). */
function point(v: number | undefined): number | null {
  return v !== undefined && Number.isFinite(v) ? v : null;
}

/** Rows drawn: the main run's rows within [0, endH]. */
export function drawnRows(main: Columns, endH: number): number {
  return Math.max(0, Math.min(main.length, Math.floor(endH) + 1));
}

/**
 * The band of one metric: min and max per hour over the main run and every extra run, for the rows where all of
 * them have a value (a band over fewer runs would look narrower than it is); null elsewhere.
 */
export function bandOf(key: string, main: Columns, band: BandSource | null, rows: number): { lo: Column; hi: Column } {
  const lo: Column = new Array<number | null>(rows).fill(null);
  const hi: Column = new Array<number | null>(rows).fill(null);
  const mainColumn = main.columns.get(key);
  if (!band || !mainColumn || band.runs.length === 0) return { lo, hi };
  const others = band.runs.map((r) => r.columns[key]);
  const upTo = Math.min(rows, band.rows);
  for (let i = 0; i < upTo; i++) {
    let min = mainColumn[i] ?? Number.NaN;
    let max = min;
    for (const column of others) {
      const v = column?.[i] ?? Number.NaN;
      if (v < min) min = v;
      if (v > max) max = v;
      if (Number.isNaN(v)) min = v;
    }
    if (!Number.isFinite(min) || !Number.isFinite(max)) continue;
    lo[i] = min;
    hi[i] = max;
  }
  return { lo, hi };
}

/**
 * uPlot's aligned data for a metric chart: [hours, lo₁, hi₁, …, loₙ, hiₙ, line₁, …, lineₙ]. Band edges come before
 * the lines so the lines are drawn over the shading; series indices: band k = 1 + 2k (lo) and 2 + 2k (hi), line k =
 * 1 + 2n + k (chartOptions.ts builds the series in the same order).
 */
export function metricChartData(
  keys: readonly string[],
  main: Columns,
  band: BandSource | null,
  endH: number,
): Column[] {
  const rows = drawnRows(main, endH);
  const hours: Column = new Array<number | null>(rows);
  for (let i = 0; i < rows; i++) hours[i] = i;
  const bands: Column[] = [];
  const lines: Column[] = [];
  for (const key of keys) {
    const { lo, hi } = bandOf(key, main, band, rows);
    bands.push(lo, hi);
    lines.push(columnOf(main, key, rows));
  }
  return [hours, ...bands, ...lines];
}

/** One metric's first `rows` values (null where missing). */
export function columnOf(run: Columns, key: string, rows: number): Column {
  const source = run.columns.get(key);
  const out: Column = new Array<number | null>(rows);
  for (let i = 0; i < rows; i++) out[i] = point(source?.[i]);
  return out;
}

/** uPlot's data for the difference chart: [hours, A, B, A − B] over the rows both runs have within [0, endH]. */
export function differenceData(key: string, a: Columns, b: Columns, endH: number): Column[] {
  const rows = Math.min(drawnRows(a, endH), drawnRows(b, endH));
  const hours: Column = new Array<number | null>(rows);
  for (let i = 0; i < rows; i++) hours[i] = i;
  const ca = columnOf(a, key, rows);
  const cb = columnOf(b, key, rows);
  const delta: Column = ca.map((v, i) => {
    const w = cb[i];
    return v === null || w === null || w === undefined ? null : v - w;
  });
  return [hours, ca, cb, delta];
}

export interface SeriesSummary {
  /** The latest value and its hour. */
  now: number;
  nowH: number;
  /** The largest value so far and the first hour it was reached. */
  peak: number;
  peakH: number;
}

/** Latest and peak of a column over its first `rows` rows (null if it has no value yet). */
export function summarize(column: readonly (number | null | undefined)[], rows = column.length): SeriesSummary | null {
  let summary: SeriesSummary | null = null;
  for (let i = 0; i < Math.min(rows, column.length); i++) {
    const v = column[i];
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    if (!summary) summary = { now: v, nowH: i, peak: v, peakH: i };
    summary.now = v;
    summary.nowH = i;
    if (v > summary.peak) {
      summary.peak = v;
      summary.peakH = i;
    }
  }
  return summary;
}

/** The row with the largest |value| (for "largest difference"), or null. */
export function largestMagnitude(column: readonly (number | null)[]): { value: number; hour: number } | null {
  let best: { value: number; hour: number } | null = null;
  column.forEach((v, hour) => {
    if (v !== null && Number.isFinite(v) && (!best || Math.abs(v) > Math.abs(best.value))) best = { value: v, hour };
  });
  return best;
}

/**
 * The hours a table lists within [0, endH] and the rows held: every 3 h in the first day's window, daily up to
 * 60 days, weekly beyond (a screen reader user pages through tens of rows, not hundreds).
 */
export function tableHours(endH: number, rows: number): number[] {
  const step = endH <= 24 ? 3 : endH <= 60 * 24 ? 24 : 168;
  const last = Math.min(endH, rows - 1);
  const hours: number[] = [];
  for (let h = 0; h <= last; h += step) hours.push(h);
  return hours;
}

/** Number formats of the charts' text and axes, per locale (built once each: no allocation per value). */
const FORMATS: Record<'significant' | 'whole' | 'compact', Intl.NumberFormatOptions> = {
  significant: { maximumSignificantDigits: 3 },
  whole: { maximumFractionDigits: 0 },
  compact: { notation: 'compact', maximumSignificantDigits: 2 },
};
const formats = new Map<string, Intl.NumberFormat>();
function format(kind: keyof typeof FORMATS, v: number): string {
  const key = `${numberLocale()}|${kind}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(numberLocale(), FORMATS[kind]);
    formats.set(key, f);
  }
  return f.format(v);
}

/** Below this magnitude a value is shown as 0 (redness fades to 1e-13, which means "none"). */
export const SHOWN_AS_ZERO_BELOW = 5e-4;

/** A value for text and tables, in the active locale: 3 significant digits, whole numbers from 1 000 on, tiny as 0. */
export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return '–';
  if (Math.abs(v) < SHOWN_AS_ZERO_BELOW) return '0';
  return Math.abs(v) >= 1000 ? format('whole', v) : format('significant', v);
}

/** A value for an axis tick: short (1.2K, 25K; "25 mil" in Spanish). */
export function formatAxisValue(v: number): string {
  if (Math.abs(v) < SHOWN_AS_ZERO_BELOW) return '0';
  return Math.abs(v) >= 1000 ? format('compact', v) : format('significant', v);
}

/** A value with its unit: "420 cells/mm²", "1.6 × before", "0.97 (scale 0–1)". Units themselves stay as written. */
export function withUnit(value: string, unit: string): string {
  if (unit === '') return value;
  if (unit === '0–1') return t('charts:unit.fraction', { value });
  if (unit === 'relative') return t('charts:unit.relative', { value });
  return `${value} ${unit}`;
}

/** The band of one metric at one row (min–max over the main run and the extra runs), or null where not computed. */
export function bandAt(
  key: string,
  main: Columns,
  band: BandSource | null,
  row: number,
): { lo: number; hi: number } | null {
  if (!band || row < 0 || row >= band.rows || row >= main.length) return null;
  let lo = main.columns.get(key)?.[row] ?? Number.NaN;
  let hi = lo;
  for (const run of band.runs) {
    const v = run.columns[key]?.[row] ?? Number.NaN;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return Number.isFinite(lo) && Number.isFinite(hi) ? { lo, hi } : null;
}
