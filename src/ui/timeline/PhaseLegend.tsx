/**
 * Legend of the phase bands: a swatch and the phase's name for each, plus the hatched "not simulated yet". Baseline
 * is listed only where it can appear (untreated skin, or hours before a session).
 */
import { useTranslation } from 'react-i18next';
import { phaseLabel } from './timelineText';
import { PHASES } from '../../../workers/model/phases';
import { PHASE_COLORS } from '../../look/colors';

export function PhaseLegend({ showBaseline }: { showBaseline: boolean }) {
  const { t } = useTranslation('timeline');
  const phases = PHASES.filter((p) => showBaseline || p !== 'baseline');
  return (
    <ul className="tl-legend" aria-label={t('legendLabel')}>
      {phases.map((p) => (
        <li key={p}>
          <span className="tl-swatch" style={{ background: PHASE_COLORS[p] }} aria-hidden="true" />
          {phaseLabel(p)}
        </li>
      ))}
      <li>
        <span className="tl-swatch tl-swatch-unknown" aria-hidden="true" />
        {t('notSimulated')}
      </li>
    </ul>
  );
}
