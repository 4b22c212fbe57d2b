/**
 * Metrics export, pure formatting (no DOM): the hourly series the worker returns (`api.metrics(0)`: row i = model
 * hour i after the first session, keys of METRICS plus `phase`) as CSV and JSON.
 *
 * CSV: the first row is the exact metric keys, then one row per model hour. Numbers are written with String(n),
 * so Number(cell) gives back the identical value. Units are not in the CSV (a second header row would break
 * spreadsheets' and pandas' number columns); they are in the JSON export's `units`. When comparing, both sides go
 * into one CSV with a leading `side` column (A's rows, then B's).
 *
 * JSON: { healsim, link, scenario, runs, units, descriptions, metrics }. `metrics` holds A's series by key and,
 * when comparing, B's as `b.<key>` (same unit as `<key>`). Its human text (notice, rows, sideB, descriptions) is in
 * the language the app shows, named by `healsim.locale`; keys, units and numbers are the same in every language.
 */
import { currentLocale, t } from '../../i18n';
import { metricDescription } from '../../i18n/modelLabels';
import { METRICS } from '../../../workers/protocol';
import type { Params } from '../../../workers/protocol';
import type { ShareState } from '../../scenario/shareState';

/** One run's series as the worker sends it: numeric columns by key, and `phase` as text. */
export type MetricSeries = Readonly<Record<string, readonly (number | string)[]>>;

/** Version of the export files' layout. Bump when a column or field changes meaning. */
export const EXPORT_FORMAT_VERSION = 1;
/** Key of the text column naming the healing phase. */
const PHASE_KEY = 'phase';
/** Prefix of comparison side B's series in the JSON export (as in share links). */
export const B_PREFIX = 'b.';
/** Said in every export: what the numbers are and are not (in the active language). */
export function exportNotice(): string {
  return t('share:notice');
}

const CONTRACT_KEYS: readonly string[] = METRICS.map((m) => m.key);

/** Column order: the metric contract's order (t_h first), then any other numeric key, then `phase`. */
export function metricKeys(series: MetricSeries): string[] {
  const present = new Set(Object.keys(series));
  const keys = CONTRACT_KEYS.filter((k) => present.has(k));
  const known = new Set([...keys, PHASE_KEY]);
  const extra = [...present].filter((k) => !known.has(k)).sort();
  return present.has(PHASE_KEY) ? [...keys, ...extra, PHASE_KEY] : [...keys, ...extra];
}

/** Rows in a series: the longest column (all columns have the same length from the worker). */
export function rowCount(series: MetricSeries): number {
  let rows = 0;
  for (const column of Object.values(series)) rows = Math.max(rows, column.length);
  return rows;
}

/** One CSV field (RFC 4180): numbers exactly as String() writes them; text quoted only when it needs to be. */
function csvField(value: number | string | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export interface CsvSide {
  /** 'A' or 'B'; given only when comparing (adds the `side` column). */
  label?: string;
  series: MetricSeries;
}

/** The CSV text (CRLF line ends, RFC 4180): header of keys, then one row per model hour, side by side when comparing. */
export function metricsCsv(sides: readonly CsvSide[]): string {
  const first = sides[0];
  if (!first) return '';
  const keys = metricKeys(first.series);
  const withSide = sides.length > 1 || first.label !== undefined;
  const lines = [(withSide ? ['side', ...keys] : keys).map(csvField).join(',')];
  for (const side of sides) {
    const rows = rowCount(side.series);
    const columns = keys.map((k) => side.series[k]);
    for (let row = 0; row < rows; row++) {
      const cells = columns.map((column) => csvField(column?.[row]));
      lines.push((withSide ? [csvField(side.label ?? ''), ...cells] : cells).join(','));
    }
  }
  return lines.join('\r\n') + '\r\n';
}

/** One run in the JSON export: what a CLI (`npm run simulate -- --seed … --set …`) needs to repeat it. */
export interface RunInfo {
  seed: number;
  /** True for the untreated control (comparison "vs untreated"). */
  untreated: boolean;
  /** The run's resolved parameters (preset + changes). */
  params: Params;
  series: MetricSeries;
}

export interface MetricsJsonInput {
  appVersion: string;
  /** The share link that reopens this scenario. */
  link: string;
  scenario: ShareState;
  a: RunInfo;
  /** Side B when comparing. */
  b?: RunInfo | null;
}

/** Units and descriptions of every exported key (phase is text: no unit). */
function metricInfo(keys: readonly string[]): { units: Record<string, string>; descriptions: Record<string, string> } {
  const units: Record<string, string> = {};
  const descriptions: Record<string, string> = {};
  for (const key of keys) {
    const def = METRICS.find((m) => m.key === key);
    units[key] = def?.unit ?? '';
    descriptions[key] = key === PHASE_KEY ? t('share:export.phaseDescription') : def ? metricDescription(key) : '';
  }
  return { units, descriptions };
}

/** The JSON export as an object (see the header for its layout). */
export function metricsExport(input: MetricsJsonInput) {
  const keys = metricKeys(input.a.series);
  const metrics: Record<string, readonly (number | string)[]> = {};
  for (const key of keys) metrics[key] = input.a.series[key] ?? [];
  if (input.b) {
    for (const key of metricKeys(input.b.series)) metrics[B_PREFIX + key] = input.b.series[key] ?? [];
  }
  const run = ({ seed, untreated, params }: RunInfo) => ({ seed, untreated, params });
  return {
    healsim: {
      app: 'HealSim',
      version: input.appVersion,
      exportFormat: EXPORT_FORMAT_VERSION,
      locale: currentLocale(),
      localeNote: t('share:export.localeNote'),
      notice: exportNotice(),
      rows: t('share:export.rows'),
      sideB: input.b ? t('share:export.sideB', { prefix: B_PREFIX }) : undefined,
    },
    link: input.link,
    scenario: input.scenario,
    runs: input.b ? { a: run(input.a), b: run(input.b) } : { a: run(input.a) },
    ...metricInfo(keys),
    metrics,
  };
}

/**
 * JSON text that stays readable: objects expanded `depth` levels deep, deeper values (and every array: the long
 * series) on one line. Entries whose value is undefined are left out, as JSON.stringify does.
 */
export function readableJson(value: unknown, depth = 2, indent = ''): string {
  if (depth <= 0 || value === null || typeof value !== 'object' || Array.isArray(value)) {
    return JSON.stringify(value) ?? 'null';
  }
  const inner = indent + '  ';
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${readableJson(v, depth - 1, inner)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/** The JSON export as text. */
export function metricsJson(input: MetricsJsonInput): string {
  return readableJson(metricsExport(input)) + '\n';
}

/** healsim-<preset>-seed<seed>-day<d>[-<h>h].<ext>: the scenario and model time, safe on every file system. */
export function exportFileName(preset: string, seed: number, timeH: number, ext: string): string {
  const safePreset = preset.replace(/[^a-z0-9-]+/gi, '-') || 'scenario';
  const wholeHours = Math.max(0, Math.floor(timeH + 1e-9));
  const day = Math.floor(wholeHours / 24);
  const hours = wholeHours % 24;
  return `healsim-${safePreset}-seed${seed}-day${day}${hours > 0 ? `-${hours}h` : ''}.${ext}`;
}
