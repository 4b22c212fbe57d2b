/**
 * The words of the cell information panel, composed on the main thread from the worker's codes and numbers
 * (workers/engine/explainCell.ts) and the `cells` locale files: what the cell is doing, why, where it is, and its
 * signals' levels. Functions read the language when they run, so a switch shows on the next refresh.
 */
import type { CellReport } from '../../workers/protocol';
import { numberLocale, t } from '../i18n';

/** Layer keys in the locale files, by the engine's layer code (workers/engine/geometry.ts LAYER_NAMES order). */
const LAYER_KEYS = ['stratumCorneum', 'viableEpidermis', 'papillaryDermis', 'reticularDermis', 'hypodermis'] as const;

/** Fixed decimals in the active locale, no digit grouping (one formatter per locale and precision, kept). */
const fixedFormats = new Map<string, Intl.NumberFormat>();
function fixed(value: number, digits: number): string {
  const key = `${numberLocale()}|${digits}`;
  let format = fixedFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale(), {
      useGrouping: false,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    fixedFormats.set(key, format);
  }
  return format.format(value);
}

/** A duration as the explanations say it: "3.2 h" under 10 h, "14 h" under two days, else "2.5 days". */
export function formatDuration(hours: number): string {
  if (hours < 48) return t('cells:duration.hours', { value: fixed(hours, hours < 10 ? 1 : 0) });
  const days = Number((hours / 24).toFixed(1));
  return t('cells:duration.days', { count: days, value: fixed(days, 1) });
}

/**
 * A signal's level for the table: two decimals, whole numbers when large, "< 0.01" instead of scientific notation
 * (plain numbers for students).
 */
export function formatLevel(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude === 0) return fixed(0, 0);
  if (magnitude < 0.01) return t('cells:info.below', { value: fixed(0.01, 2) });
  return fixed(value, magnitude >= 100 ? 0 : 2);
}

/** The numbers the sentences of a situation may quote, worded for the active locale. */
function quoted(report: CellReport): Record<string, string> {
  const level = (id: string) => fixed(report.signals.find((s) => s.id === id)?.value ?? 0, 2);
  return {
    since: formatDuration(report.hoursAgo),
    activation: fixed(report.activation * 100, 0),
    chemokine: level('chemokine'),
    tgfBeta: level('tgf_beta'),
    pdgf: level('pdgf'),
    vegf: level('vegf'),
    oxygen: level('oxygen'),
  };
}

/** The state the explanation is about: "M2 (reparative)", "activated". */
export function cellStateText(report: CellReport): string {
  return t(`cells:situation.${report.situation}.state`);
}

/** What the cell is doing now, one or two sentences. */
export function cellDoingText(report: CellReport): string {
  return t(`cells:situation.${report.situation}.doing`, quoted(report));
}

/** The model's rule behind it, plus how damaged the tissue is when that matters. */
export function cellWhyText(report: CellReport): string {
  const why = t(`cells:situation.${report.situation}.why`, quoted(report));
  if (!report.notesDamage) return why;
  return `${why} ${t('cells:damageNote', { percent: fixed(report.damage * 100, 0) })}`;
}

/** "In the papillary dermis, 120 µm below the skin surface." */
export function cellWhereText(report: CellReport): string {
  const key = LAYER_KEYS[report.layer] ?? 'unknown';
  return t('cells:info.whereText', {
    layer: t(`cells:layer.${key}`),
    depth: fixed(Math.round(report.positionUm.z), 0),
  });
}
