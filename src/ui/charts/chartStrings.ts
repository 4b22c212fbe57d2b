/**
 * The charts panel's text built by plain functions (namespace `charts`, src/i18n/locales/<locale>/charts.json):
 * chart titles, series labels, units in words and model time. Each call reads the active language, so call them
 * when the text is needed (components also subscribe with useTranslation('charts') to re-render on a switch).
 */
import { numberLocale, t } from '../../i18n';
import type { ChartDef, SeriesDef } from './chartDefs';

export function chartTitle(def: ChartDef): string {
  return t(`charts:chart.${def.id}.title`);
}

export function chartDescription(def: ChartDef): string {
  return t(`charts:chart.${def.id}.${def.descriptionKey ?? 'description'}`);
}

/** A series' name (legend, summaries, the difference chart's choice). */
export function seriesLabel(s: Pick<SeriesDef, 'key'>): string {
  return t(`charts:series.${s.key}.label`);
}

/** A series' table header: a shorter, hyphenatable form where the label is long, else the label. */
export function seriesShort(s: Pick<SeriesDef, 'key'>): string {
  return t(`charts:series.${s.key}.short`, { defaultValue: seriesLabel(s) });
}

/** A unit for captions: the contract's short forms spelled out. */
export function unitInWords(unit: string): string {
  if (unit === 'relative') return t('charts:unit.relativeWords');
  if (unit === '0–1') return t('charts:unit.fractionWords');
  return unit;
}

/** How a unit reads on an axis ('relative' says what 1 means). */
export function unitLabel(unit: string): string {
  return unit === 'relative' ? t('charts:unit.relativeAxis') : unit;
}

const ungroupedFormats = new Map<string, Intl.NumberFormat>();
/**
 * A number in the active locale without digit grouping ("2160 h", "6,5 h" in Spanish): model hours and days read as
 * plain quantities, as they always have in English. Formats cached per locale and precision.
 */
export function formatUngrouped(value: number, maximumFractionDigits = 0): string {
  const key = `${numberLocale()}|${maximumFractionDigits}`;
  let format = ungroupedFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale(), { maximumFractionDigits, useGrouping: false });
    ungroupedFormats.set(key, format);
  }
  return format.format(value);
}

/** Model time for text: "5 h" in the first day, then "day 3, 5 h" (day 0 is the first 24 h, as the timeline). */
export function formatHours(hours: number): string {
  const h = Math.round(hours);
  if (h < 24) return t('charts:time.hours', { hours: formatUngrouped(h) });
  return t('charts:time.dayHours', { day: formatUngrouped(Math.floor(h / 24)), hours: formatUngrouped(h % 24) });
}

/** "day 7" for a whole-day time, else formatHours. */
export function formatDay(hours: number): string {
  return hours % 24 === 0 ? t('charts:time.day', { day: formatUngrouped(hours / 24) }) : formatHours(hours);
}
