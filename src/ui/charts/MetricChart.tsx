/**
 * One metric chart: a <figure> whose caption holds the title, what is measured, the legend in text and (for screen
 * readers) the current value, the peak and when; the uPlot canvas with the seeds' band; and a table toggle.
 * Text changes only with the metrics (about once a second), never per animation frame.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { t } from '../../i18n';
import type { MetricsSnapshot } from '../../sim/metricsFeed';
import type { ChartDef } from './chartDefs';
import { metricUnit } from './chartDefs';
import { columnOf, bandOf, drawnRows, metricChartData, tableHours } from './chartData';
import type { BandSource, Column } from './chartData';
import { metricChartOptions } from './chartOptions';
import { chartDescription, chartTitle, seriesLabel, seriesShort, unitInWords } from './chartStrings';
import { summaries } from './chartSummary';
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

export function MetricChart({ def, main, band, endH, cursor, seedCount }: MetricChartProps) {
  const language = useTranslation('charts').i18n.language;
  const unit = def.series[0] ? metricUnit(def.series[0].key) : '';
  const keys = useMemo(() => def.series.map((s) => s.key), [def]);
  // A new chart for a new language: the axis label and number formats are read while the options are built.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const options = useMemo(() => metricChartOptions(def, unit), [def, unit, language]);
  const data = useMemo(() => metricChartData(keys, main, band, endH), [keys, main, band, endH]);
  // Text is rebuilt on each render (with new metrics, about once a second; or a new language): a few sentences.
  const sayings = summaries(def, unit, main, band);
  const legend = def.series.map((s) => ({ label: seriesLabel(s), color: s.color, dash: s.dash }));
  const [tableOpen, setTableOpen] = useState(false);
  const id = useId();
  const tableId = `${id}-table`;

  return (
    <figure className="chart">
      <figcaption>
        <h3 className="chart-title">{chartTitle(def)}</h3>
        <p className="chart-description">{chartDescription(def)}</p>
        <ChartLegend items={legend} />
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
    return { label: seriesShort(s), values, lo, hi };
  });
  return (
    <>
      <ChartTable
        id={id}
        caption={t('charts:table.caption', { title: chartTitle(def), unit: unitInWords(unit) })}
        hours={tableHours(endH, rows)}
        columns={columns}
      />
      {band && band.rows > 0 && <p className="chart-note">{t('charts:table.rangeNote', { count: seedCount })}</p>}
    </>
  );
}
