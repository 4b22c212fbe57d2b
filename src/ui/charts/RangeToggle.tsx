/** Which stretch of time the charts show: the first day, the first week, or all so far (timeAxis.ts says why). */
import { useTranslation } from 'react-i18next';
import { TIME_RANGES } from './timeAxis';
import type { TimeRange } from './timeAxis';

export function RangeToggle({ value, onChange }: { value: TimeRange; onChange(range: TimeRange): void }) {
  const { t } = useTranslation('charts');
  return (
    <div className="chart-range" role="group" aria-label={t('rangeGroup')}>
      {TIME_RANGES.map((r) => (
        <button key={r} type="button" aria-pressed={r === value} onClick={() => onChange(r)}>
          {t(`ranges.${r}`)}
        </button>
      ))}
    </div>
  );
}
