/**
 * Compare: one measure of scenario A and B over time — A and B, and below them A − B — with the same caption,
 * summary and table as the metric charts. B is the untreated control or the variant (scenario store's compare).
 */
import { useId, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimClient } from '../../sim/simClient';
import { useScenarioStore } from '../../state/scenarioStore';
import { CHARTED_SERIES, CHARTS, metricUnit } from './chartDefs';
import { differenceData, formatValue, largestMagnitude, tableHours, withUnit } from './chartData';
import type { Column } from './chartData';
import { deltaChartOptions, DIFFERENCE_STYLE, pairChartOptions } from './chartOptions';
import { chartTitle, formatHours, seriesLabel, unitInWords } from './chartStrings';
import { ChartLegend } from './ChartLegend';
import { ChartTable, TableToggle } from './ChartTable';
import type { TimeCursorHub } from './timeCursor';
import { CHART_HEIGHT_PX, UPlotChart } from './UPlotChart';
import { windowEndH } from './timeAxis';
import type { TimeRange } from './timeAxis';

/** Collagen III first: what changes most in the weeks a comparison is usually watched. */
const DEFAULT_KEY = 'collagen_iii_tz';

/** The A − B chart is lower: one line around zero. */
const DELTA_HEIGHT_PX = Math.round(CHART_HEIGHT_PX * 0.7);

export function DifferenceChart({
  client,
  clientB,
  range,
  cursor,
}: {
  client: SimClient;
  clientB: SimClient;
  range: TimeRange;
  cursor: TimeCursorHub;
}) {
  const { t, i18n } = useTranslation('charts');
  const lineA = t('difference.lineA');
  const lineB = t('difference.lineB');
  const lineDelta = t('difference.lineDelta');
  const a = useSyncExternalStore(client.metrics.subscribe, client.metrics.snapshot);
  const b = useSyncExternalStore(clientB.metrics.subscribe, clientB.metrics.snapshot);
  const compare = useScenarioStore((s) => s.compare);
  const [key, setKey] = useState(DEFAULT_KEY);
  const [tableOpen, setTableOpen] = useState(false);
  const id = useId();
  const series = CHARTED_SERIES.find((s) => s.key === key) ?? CHARTED_SERIES[0]!;
  const unit = metricUnit(series.key);
  // A new chart for a new language: the axis label and number formats are read while the options are built.
  const language = i18n.language;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const pairOptions = useMemo(() => pairChartOptions(unit, [lineA, lineB]), [unit, lineA, lineB, language]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const deltaOptions = useMemo(() => deltaChartOptions(unit, lineDelta), [unit, lineDelta, language]);
  const endH = windowEndH(range, Math.min(a.length, b.length));
  const data = useMemo(() => differenceData(series.key, a, b, endH), [series.key, a, b, endH]);
  const [hours, colA, colB, delta] = data as [Column, Column, Column, Column];
  const pairData = useMemo(() => [hours, colA, colB], [hours, colA, colB]);
  const deltaData = useMemo(() => [hours, delta], [hours, delta]);
  const last = delta.length - 1;
  const largest = largestMagnitude(delta);
  const summary =
    last >= 0 && largest
      ? t('difference.summary', {
          a: withUnit(formatValue(colA[last] ?? Number.NaN), unit),
          b: withUnit(formatValue(colB[last] ?? Number.NaN), unit),
          delta: withUnit(formatValue(delta[last] ?? Number.NaN), unit),
          at: formatHours(last),
          largest: withUnit(formatValue(largest.value), unit),
          largestAt: formatHours(largest.hour),
        })
      : t('difference.waiting');
  const legend = [
    { label: lineA, ...DIFFERENCE_STYLE.a },
    { label: lineB, ...DIFFERENCE_STYLE.b },
    { label: lineDelta, ...DIFFERENCE_STYLE.delta },
  ];
  const whatIsB = compare === 'custom' ? t('difference.bCustom') : t('difference.bUntreated');
  const title = t('difference.title', { measure: seriesLabel(series) });

  return (
    <figure className="chart chart-difference">
      <figcaption>
        <h3 className="chart-title">{title}</h3>
        <p className="chart-description">{whatIsB}</p>
        <ChartLegend items={legend} />
        <p className="visually-hidden">{summary}</p>
      </figcaption>
      <div className="chart-field">
        <label htmlFor={`${id}-metric`}>{t('difference.metric')}</label>
        <select id={`${id}-metric`} value={series.key} onChange={(e) => setKey(e.currentTarget.value)}>
          {CHARTS.map((chart) => (
            <optgroup key={chart.id} label={chartTitle(chart)}>
              {chart.series.map((s) => (
                <option key={s.key} value={s.key}>
                  {seriesLabel(s)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <UPlotChart options={pairOptions} data={pairData} xMaxH={endH} cursor={cursor} />
      <UPlotChart options={deltaOptions} data={deltaData} xMaxH={endH} cursor={cursor} height={DELTA_HEIGHT_PX} />
      <TableToggle open={tableOpen} controls={`${id}-table`} onToggle={() => setTableOpen((open) => !open)} />
      {tableOpen && (
        <ChartTable
          id={`${id}-table`}
          caption={t('table.caption', { title, unit: unitInWords(unit) })}
          hours={tableHours(endH, colA.length)}
          columns={[
            { label: lineA, values: colA },
            { label: lineB, values: colB },
            { label: lineDelta, values: delta },
          ]}
        />
      )}
    </figure>
  );
}
