/**
 * A metric chart's text summary for screen readers: per series the latest value, the peak and when, and the seeds'
 * range at that time where computed — whole sentences in the active language.
 */
import { t } from '../../i18n';
import type { MetricsSnapshot } from '../../sim/metricsFeed';
import type { ChartDef } from './chartDefs';
import { bandAt, formatValue, summarize, withUnit } from './chartData';
import type { BandSource } from './chartData';
import { formatHours, seriesLabel } from './chartStrings';

/** "Neutrophils: 420 cells/mm² at day 1, 3 h; highest …" for each series (whole sentences, in the active language). */
export function summaries(def: ChartDef, unit: string, main: MetricsSnapshot, band: BandSource | null): string[] {
  return def.series.map((s) => {
    const label = seriesLabel(s);
    const summary = summarize(main.columns.get(s.key) ?? [], main.length);
    if (!summary) return t('charts:summary.none', { label });
    const text = t('charts:summary.values', {
      label,
      now: withUnit(formatValue(summary.now), unit),
      nowAt: formatHours(summary.nowH),
      peak: withUnit(formatValue(summary.peak), unit),
      peakAt: formatHours(summary.peakH),
    });
    const range = bandAt(s.key, main, band, summary.nowH);
    if (!range) return text;
    const low = withUnit(formatValue(range.lo), unit);
    const high = withUnit(formatValue(range.hi), unit);
    return `${text} ${t('charts:summary.range', { low, high })}`;
  });
}
