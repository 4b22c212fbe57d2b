/**
 * One metric chart: a <figure> whose caption holds the title, what is measured, the legend in text and (for screen
 * readers) the current value, the peak and when; the uPlot canvas with the seeds' band; and a table toggle.
 * Text changes only with the metrics (about once a second), never per animation frame.
 */
import { useId, useMemo, useState } from 'react';
import type { MetricsSnapshot } from '../../sim/metricsFeed';
import type { ChartDef } from './chartDefs';
import { metricUnit } from './chartDefs';
import {
  bandAt,
  columnOf,
  bandOf,
  drawnRows,
  formatValue,
  metricChartData,
  summarize,
  tableHours,
  withUnit,
} from './chartData';
import type { BandSource, Column } from './chartData';
import { metricChartOptions } from './chartOptions';
import { CHART_STRINGS, formatHours } from './chartStrings';
import { ChartLegend } from './ChartLegend';
import { ChartTable, TableToggle } from './ChartTable';
import type { TableColumn } from './ChartTable';
import type { TimeCursorHub } from './timeCursor';
import { UPlotChart } from './UPlotChart';

export interface MetricChartProps {
  def: ChartDef;
  main: MetricsSnapshot;
  band: BandSource | null;
  /** End of the window shown, h. */
  endH: number;
  cursor: TimeCursorHub;
  /** Runs in the band, the main run included (for the table's note). */
  seedCount: number;
}

/** "Neutrophils: 420 cells/mm² at day 1, 3 h; highest …" for each series. */
function summaries(def: ChartDef, unit: string, main: MetricsSnapshot, band: BandSource | null): string[] {
  return def.series.map((s) => {
    const summary = summarize(main.columns.get(s.key) ?? [], main.length);
    if (!summary) return CHART_STRINGS.summaryNone(s.label);
    const text = CHART_STRINGS.summary(
      s.label,
      withUnit(formatValue(summary.now), unit),
      formatHours(summary.nowH),
      withUnit(formatValue(summary.peak), unit),
      formatHours(summary.peakH),
    );
    const range = bandAt(s.key, main, band, summary.nowH);
    if (!range) return text;
    const low = withUnit(formatValue(range.lo), unit);
    const high = withUnit(formatValue(range.hi), unit);
    return `${text} ${CHART_STRINGS.summaryRange(low, high)}`;
  });
}

export function MetricChart({ def, main, band, endH, cursor, seedCount }: MetricChartProps) {
  const unit = metricUnit(def.series[0]?.key ?? '');
  const keys = useMemo(() => def.series.map((s) => s.key), [def]);
  const options = useMemo(() => metricChartOptions(def, unit), [def, unit]);
  const data = useMemo(() => metricChartData(keys, main, band, endH), [keys, main, band, endH]);
  const sayings = useMemo(() => summaries(def, unit, main, band), [def, unit, main, band]);
  const [tableOpen, setTableOpen] = useState(false);
  const id = useId();
  const tableId = `${id}-table`;

  return (
    <figure className="chart">
      <figcaption>
        <h3 className="chart-title">{def.title}</h3>
        <p className="chart-description">{def.description}</p>
        <ChartLegend items={def.series} />
        <p className="visually-hidden">{sayings.join(' ')}</p>
      </figcaption>
      <UPlotChart options={options} data={data} xMaxH={endH} cursor={cursor} />
      <TableToggle open={tableOpen} controls={tableId} onToggle={() => setTableOpen((open) => !open)} />
      {tableOpen && (
        <MetricTable id={tableId} def={def} unit={unit} main={main} band={band} endH={endH} seedCount={seedCount} />
      )}
    </figure>
  );
}

function MetricTable({
  id,
  def,
  unit,
  main,
  band,
  endH,
  seedCount,
}: Omit<MetricChartProps, 'cursor'> & { id: string; unit: string }) {
  const rows = drawnRows(main, endH);
  const columns: TableColumn[] = def.series.map((s) => {
    const { lo, hi } = bandOf(s.key, main, band, rows);
    const values: Column = columnOf(main, s.key, rows);
    return { label: s.short ?? s.label, values, lo, hi };
  });
  return (
    <>
      <ChartTable
        id={id}
        caption={CHART_STRINGS.tableCaption(def.title, unit)}
        hours={tableHours(endH, rows)}
        columns={columns}
      />
      {band && band.rows > 0 && <p className="chart-note">{CHART_STRINGS.tableRangeNote(seedCount)}</p>}
    </>
  );
}
