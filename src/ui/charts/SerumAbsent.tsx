/** The serum chart's place when the scenario applies none: its caption and why there is nothing to draw. */
import { useTranslation } from 'react-i18next';
import type { ChartDef } from './chartDefs';
import { chartTitle } from './chartStrings';

export function SerumAbsent({ def }: { def: ChartDef }) {
  const { t } = useTranslation('charts');
  return (
    <figure className="chart chart-absent">
      <figcaption>
        <h3 className="chart-title">{chartTitle(def)}</h3>
        <p className="chart-description">{t('noSerum')}</p>
      </figcaption>
    </figure>
  );
}
