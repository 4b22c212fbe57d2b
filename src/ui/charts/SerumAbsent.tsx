/** The serum chart's place when the scenario applies none: its caption and why there is nothing to draw. */
import type { ChartDef } from './chartDefs';
import { CHART_STRINGS } from './chartStrings';

export function SerumAbsent({ def }: { def: ChartDef }) {
  return (
    <figure className="chart chart-absent">
      <figcaption>
        <h3 className="chart-title">{def.title}</h3>
        <p className="chart-description">{CHART_STRINGS.noSerum}</p>
      </figcaption>
    </figure>
  );
}
