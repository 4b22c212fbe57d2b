/**
 * Needle density of the chosen device: the expected punctures per cm² per pass as a one-line summary, and the
 * device's density settings (needles, and what spreads them) behind it, open on demand so the panel stays short.
 */
import { useTranslation } from 'react-i18next';
import type { ParamId, Params } from '../../../workers/protocol';
import { ParamControl } from './ParamControl';
import { formatDensity, puncturesPerCm2PerPass } from './punctureDensity';
import type { ControlPropsFor } from './useControlProps';

export interface DensityDetailsProps {
  params: Params;
  ids: readonly ParamId[];
  controlProps: ControlPropsFor;
}

export function DensityDetails({ params, ids, controlProps }: DensityDetailsProps) {
  const { t } = useTranslation('panels');
  if (ids.length === 0) return null;
  return (
    <details className="param-details">
      <summary>
        <span className="param-details-title">{t('density.title')}</span>
        <span className="param-details-reading">
          {t('density.reading', { density: formatDensity(puncturesPerCm2PerPass(params)) })}
        </span>
      </summary>
      {ids.map((id) => (
        <ParamControl key={id} {...controlProps(id)} />
      ))}
    </details>
  );
}
