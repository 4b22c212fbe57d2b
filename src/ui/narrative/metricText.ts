/**
 * Metric values as short labelled readouts with their unit, for the narrative's student numbers and the prediction
 * results. Units come from the metrics contract (ENGINE_METRICS, workers/engine/metricDefs.ts): 0–1 fractions are
 * shown as percentages, "relative" matrix and vessel values as a multiple of before treatment, signals in relative
 * units, everything else with its own unit.
 * Two significant digits: the model is a population average, and more digits would only flicker while it plays.
 */
import { ENGINE_METRICS } from '../../../workers/protocol';

/** Short labels (the contract's descriptions are sentences). */
export const METRIC_LABEL: Record<string, string> = {
  neutrophils: 'Neutrophils',
  macrophages_m1: 'M1 macrophages',
  macrophages_m2: 'M2 macrophages',
  fibroblasts: 'Fibroblasts',
  myofibroblasts: 'Myofibroblasts',
  reepithelialisation: 'Openings re-covered',
  epidermis_restored: 'Epidermis restored',
  barrier: 'Barrier function',
  channel_patency: 'Channel lumen still open',
  collagen_i: 'Collagen I (dermis)',
  collagen_iii: 'Collagen III (dermis)',
  collagen_i_tz: 'Collagen I, treated zone',
  collagen_iii_tz: 'Collagen III, treated zone',
  new_collagen: 'New collagen',
  alignment_tz: 'Fibre alignment, treated zone',
  vessels_tz: 'Capillaries, treated zone',
  erythema: 'Redness index',
  pigment_risk: 'Pigmentation-risk index',
  platelets: 'Platelet aggregates',
  growth_factors: 'PDGF + TGF-β, treated zone',
};

/** "relative" metrics that are a multiple of their value before treatment (the contract says "1 = before"). */
const TIMES_BEFORE_KEYS = new Set([
  'collagen_i',
  'collagen_iii',
  'elastin',
  'collagen_i_tz',
  'collagen_iii_tz',
  'vessels_tz',
  'epidermal_thickness',
]);

const UNIT_BY_KEY = new Map(ENGINE_METRICS.map((m) => [m.key, m.unit]));

/** Metrics whose 0–1 value reads best as a percentage (the others on 0–1 are indices, shown as they are). */
const PERCENT_KEYS = new Set(['reepithelialisation', 'epidermis_restored', 'barrier', 'channel_patency']);

const TWO_DIGITS = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });
const FIXED_2 = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

const TEXT = {
  percent: '{v} %',
  timesBefore: '{v} × before',
  signal: '{v} (relative units)',
  index: '{v} (index 0–1)',
  withUnit: '{v} {unit}',
  missing: 'not simulated yet',
};

function put(template: string, v: string, unit = ''): string {
  return template.replace('{v}', v).replace('{unit}', unit);
}

/** A value with its unit, e.g. "770 cells/mm²", "97 %", "1.62 × before", "0.16 (index 0–1)". */
export function formatMetric(key: string, value: number): string {
  if (!Number.isFinite(value)) return TEXT.missing;
  const unit = UNIT_BY_KEY.get(key) ?? '';
  if (PERCENT_KEYS.has(key)) return put(TEXT.percent, PERCENT.format(value * 100));
  if (TIMES_BEFORE_KEYS.has(key)) return put(TEXT.timesBefore, FIXED_2.format(value));
  // Signals have no molar unit: ≈ 1 means about half-maximal effect (docs/model.md §1).
  if (unit === 'relative') return put(TEXT.signal, TWO_DIGITS.format(value));
  if (unit === '0–1') return put(TEXT.index, TWO_DIGITS.format(value));
  // −0.0004 µg/mm² (needle tearing before any deposition) reads as 0, not "-0".
  const shown = Math.abs(value) < 1e-3 ? 0 : value;
  return put(TEXT.withUnit, TWO_DIGITS.format(shown), unit);
}

export function metricLabel(key: string): string {
  return METRIC_LABEL[key] ?? key;
}
