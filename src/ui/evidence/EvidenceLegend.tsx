/** What the four evidence levels mean, with how many parameters have each. */
import { useTranslation } from 'react-i18next';
import { EVIDENCE_LEVELS } from '../../../workers/protocol';
import type { EvidenceLevel } from '../../../workers/protocol';
import { formatNumber } from '../../i18n';
import { EvidenceBadge } from './EvidenceBadge';
import { levelMeaning } from './evidenceText';

export function EvidenceLegend({ counts }: { counts: Record<EvidenceLevel, number> }) {
  const { t } = useTranslation('evidence');
  return (
    <section className="ev-legend" aria-label={t('legend.title')}>
      <h3>{t('legend.title')}</h3>
      <dl>
        {EVIDENCE_LEVELS.map((level) => (
          <div key={level} className="ev-legend-row">
            <dt>
              <EvidenceBadge level={level} /> <span className="ev-count">({formatNumber(counts[level])})</span>
            </dt>
            <dd>{levelMeaning(level)}</dd>
          </div>
        ))}
      </dl>
      <p className="ev-note">{t('legend.userInputs')}</p>
    </section>
  );
}
