/**
 * Compare: one measure of scenario A and B over time — A and B, and below them A − B — with the same caption,
 * summary and table as the metric charts. B is the untreated control or the variant (scenario store's compare).
 */
import { useId, useMemo, useState, useSyncExternalStore } from 'react';
import type { SimClient } from '../../sim/simClient';
import { useScenarioStore } from '../../state/scenarioStore';
import { CHARTED_SERIES, CHARTS, metricUnit } from './chartDefs';
import { differenceData, formatValue, largestMagnitude, tableHours, withUnit } from './chartData';
import type { Column } from './chartData';
import { deltaChartOptions, DIFFERENCE_STYLE, pairChartOptions } from './chartOptions';
import { CHART_STRINGS, formatHours } from './chartStrings';
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

const LINE_LABELS = [CHART_STRINGS.differenceA, CHART_STRINGS.differenceBLine, CHART_STRINGS.differenceDelta] as const;

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
  const a = useSyncExternalStore(client.metrics.subscribe, client.metrics.snapshot);
  const b = useSyncExternalStore(clientB.metrics.subscribe, clientB.metrics.snapshot);
  const compare = useScenarioStore((s) => s.compare);
  const [key, setKey] = useState(DEFAULT_KEY);
  const [tableOpen, setTableOpen] = useState(false);
  const id = useId();
  const series = CHARTED_SERIES.find((s) => s.key === key) ?? CHARTED_SERIES[0]!;
  const unit = metricUnit(series.key);
  const pairOptions = useMemo(() => pairChartOptions(unit, [LINE_LABELS[0], LINE_LABELS[1]]), [unit]);
  const deltaOptions = useMemo(() => deltaChartOptions(unit, LINE_LABELS[2]), [unit]);
  const endH = windowEndH(range, Math.min(a.length, b.length));
  const data = useMemo(() => differenceData(series.key, a, b, endH), [series.key, a, b, endH]);
  const [hours, colA, colB, delta] = data as [Column, Column, Column, Column];
  const pairData = useMemo(() => [hours, colA, colB], [hours, colA, colB]);
  const deltaData = useMemo(() => [hours, delta], [hours, delta]);
  const last = delta.length - 1;
  const largest = largestMagnitude(delta);
  const summary =
    last >= 0 && largest
      ? CHART_STRINGS.differenceSummary(
          withUnit(formatValue(colA[last] ?? Number.NaN), unit),
          withUnit(formatValue(colB[last] ?? Number.NaN), unit),
          withUnit(formatValue(delta[last] ?? Number.NaN), unit),
          formatHours(last),
          withUnit(formatValue(largest.value), unit),
          formatHours(largest.hour),
        )
      : CHART_STRINGS.differenceWaiting;
  const legend = [
    { label: LINE_LABELS[0], ...DIFFERENCE_STYLE.a },
    { label: LINE_LABELS[1], ...DIFFERENCE_STYLE.b },
    { label: LINE_LABELS[2], ...DIFFERENCE_STYLE.delta },
  ];
  const whatIsB = compare === 'custom' ? CHART_STRINGS.differenceB.custom : CHART_STRINGS.differenceB.untreated;

  return (
    <figure className="chart chart-difference">
      <figcaption>
        <h3 className="chart-title">{CHART_STRINGS.differenceTitle(series.label)}</h3>
        <p className="chart-description">{whatIsB}</p>
        <ChartLegend items={legend} />
        <p className="visually-hidden">{summary}</p>
      </figcaption>
      <div className="chart-field">
        <label htmlFor={`${id}-metric`}>{CHART_STRINGS.differenceMetric}</label>
        <select id={`${id}-metric`} value={series.key} onChange={(e) => setKey(e.currentTarget.value)}>
          {CHARTS.map((chart) => (
            <optgroup key={chart.id} label={chart.title}>
              {chart.series.map((s) => (
                <option key={s.key} value={s.key}>
                  {s.label}
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
          caption={CHART_STRINGS.tableCaption(CHART_STRINGS.differenceTitle(series.label), unit)}
          hours={tableHours(endH, colA.length)}
          columns={[
            { label: LINE_LABELS[0], values: colA },
            { label: LINE_LABELS[1], values: colB },
            { label: LINE_LABELS[2], values: delta },
          ]}
        />
      )}
    </figure>
  );
}
