/**
 * Metric values as short labelled readouts with their unit, for the narrative's student numbers and the prediction
 * results. Units and how each value reads (`display`) come from the metric's declaration (workers/model/metrics.ts):
 * percentages, multiples of before treatment or of normal skin, relative signals, 0–1 indices, everything else with its
 * own unit.
 * Two significant digits: the model is a population average, and more digits would only flicker while it plays.
 * Words and number formats follow the active language (namespace `narrative`, metric.*); units stay as they are.
 */
import { metricDef } from '../../../workers/model/metrics';
import type { MetricKey } from '../../../workers/model/metrics';
import { formatNumber, t } from '../../i18n';

/** Significant digits shown: the model is a population average, and more would only flicker while it plays. */
const SIGNIFICANT_DIGITS = 2;

/** `value` to SIGNIFICANT_DIGITS significant digits, in the active locale's format (774.2 → "770", 1.48 → "1.5"). */
export function formatSignificant(value: number, digits = SIGNIFICANT_DIGITS): string {
  if (value === 0 || !Number.isFinite(value)) return formatNumber(value, 0);
  const rounded = Number(value.toPrecision(digits));
  const magnitude = Math.floor(Math.log10(Math.abs(rounded)));
  return formatNumber(rounded, Math.min(20, Math.max(0, digits - 1 - magnitude)));
}

/** A value with its unit, e.g. "770 cells/mm²", "97 %", "1.62 × before", "0.16 (index 0–1)". */
export function formatMetric(key: MetricKey, value: number): string {
  if (!Number.isFinite(value)) return t('narrative:metric.value.missing');
  const { unit, display } = metricDef(key);
  if (display === 'percent') return t('narrative:metric.value.percent', { v: formatNumber(value * 100, 0) });
  if (display === 'timesBefore') return t('narrative:metric.value.timesBefore', { v: formatNumber(value, 2, 2) });
  if (display === 'timesNormal') return t('narrative:metric.value.timesNormal', { v: formatNumber(value, 2, 2) });
  // Signals have no molar unit: ≈ 1 means about half-maximal effect (docs/model.md §1).
  if (display === 'signal') return t('narrative:metric.value.signal', { v: formatSignificant(value) });
  if (display === 'index') return t('narrative:metric.value.index', { v: formatSignificant(value) });
  // −0.0004 µg/mm² (needle tearing before any deposition) reads as 0, not "-0".
  const shown = Math.abs(value) < 1e-3 ? 0 : value;
  return t('narrative:metric.value.withUnit', { v: formatSignificant(shown), unit });
}

/** Short label of a metric (the contract's descriptions are sentences); the key itself where none is written. */
export function metricLabel(key: MetricKey): string {
  return t(`narrative:metric.label.${key}`, { defaultValue: key });
}
