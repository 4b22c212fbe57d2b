/** Which stretch of time the charts show: the first day, the first week, or all so far (timeAxis.ts says why). */
import { CHART_STRINGS } from './chartStrings';
import { TIME_RANGES } from './timeAxis';
import type { TimeRange } from './timeAxis';

export function RangeToggle({ value, onChange }: { value: TimeRange; onChange(range: TimeRange): void }) {
  return (
    <div className="chart-range" role="group" aria-label={CHART_STRINGS.rangeGroup}>
      {TIME_RANGES.map((r) => (
        <button key={r} type="button" aria-pressed={r === value} onClick={() => onChange(r)}>
          {CHART_STRINGS.ranges[r]}
        </button>
      ))}
    </div>
  );
}
