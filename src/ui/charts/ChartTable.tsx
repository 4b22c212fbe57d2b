/**
 * A chart's numbers as an HTML table (rows every 3 h, daily or weekly: chartData.tableHours), for screen readers and
 * anyone who wants the values. Band ranges, where computed, follow each value in brackets.
 */
import { useTranslation } from 'react-i18next';
import type { Column } from './chartData';
import { formatValue } from './chartData';
import { formatDay } from './chartStrings';

/** One column; the unit, shared by every column of a chart, is in the caption. */
export interface TableColumn {
  label: string;
  values: Column;
  lo?: Column;
  hi?: Column;
}

/** A value, and below it the seeds' range in brackets where computed (two short lines keep the columns narrow). */
function Cell({ column, row }: { column: TableColumn; row: number }) {
  const { t } = useTranslation('charts');
  const v = column.values[row];
  if (v === null || v === undefined) return <td>–</td>;
  const lo = column.lo?.[row];
  const hi = column.hi?.[row];
  const range =
    lo === null || lo === undefined || hi === null || hi === undefined
      ? null
      : t('table.range', { low: formatValue(lo), high: formatValue(hi) });
  return (
    <td>
      {formatValue(v)}
      {range && <span className="chart-table-range">{range}</span>}
    </td>
  );
}

export function ChartTable({
  id,
  caption,
  hours,
  columns,
}: {
  id: string;
  caption: string;
  hours: readonly number[];
  columns: readonly TableColumn[];
}) {
  const { t } = useTranslation('charts');
  return (
    // A scroll region of its own if a phone is too narrow for the columns, so the panel never scrolls sideways.
    <div className="chart-table-wrap" id={id} role="region" aria-label={caption} tabIndex={0}>
      <table className="chart-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.time')}</th>
            {columns.map((c) => (
              <th scope="col" key={c.label}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {hours.map((h) => (
            <tr key={h}>
              <th scope="row">{formatDay(h)}</th>
              {columns.map((c) => (
                <Cell key={c.label} column={c} row={h} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The button that shows or hides a chart's table (aria-expanded; controls the table while it is shown). */
export function TableToggle({ open, controls, onToggle }: { open: boolean; controls: string; onToggle(): void }) {
  const { t } = useTranslation('charts');
  return (
    <button
      type="button"
      className="chart-table-toggle"
      aria-expanded={open}
      aria-controls={open ? controls : undefined}
      onClick={onToggle}
    >
      {open ? t('table.hide') : t('table.show')}
    </button>
  );
}
