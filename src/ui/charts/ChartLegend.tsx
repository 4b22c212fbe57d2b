/** A chart's legend in text: each series' name beside a short sample of its line (colour and dash pattern). */
import { useTranslation } from 'react-i18next';

export interface LegendItem {
  label: string;
  color: string;
  dash: readonly number[];
}

/** Sample line size, CSS px. */
const SWATCH_W = 28;
const SWATCH_H = 10;

export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  const { t } = useTranslation('charts');
  return (
    <ul className="chart-legend" aria-label={t('legendLabel')}>
      {items.map((item) => (
        <li key={item.label}>
          <svg width={SWATCH_W} height={SWATCH_H} aria-hidden="true" focusable="false">
            <line
              x1={1}
              x2={SWATCH_W - 1}
              y1={SWATCH_H / 2}
              y2={SWATCH_H / 2}
              stroke={item.color}
              strokeWidth={2.5}
              strokeDasharray={item.dash.length > 0 ? item.dash.join(' ') : undefined}
            />
          </svg>
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
