/**
 * One parameter: label, id, the run's value with its unit (marked when it differs from the default), default,
 * allowed range or options, evidence level, description and source, and, where the Morris screen found the results
 * most sensitive to it, a mark naming those outputs with the parameter's rank for each. Memoised: a search
 * re-renders only the list, not the ~120 entries, whose props do not change while the run does not (a language
 * switch re-renders each one through useTranslation).
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParamDef, ParamValue } from '../../../workers/protocol';
import { paramDescription, paramLabel } from '../../i18n/modelLabels';
import { allowedText } from '../../i18n/allowedText';
import { formatNumber } from '../../i18n';
import { EvidenceBadge } from './EvidenceBadge';
import { isChanged, mentionsClaim } from './evidenceModel';
import { sensitivityOutputLabel } from './evidenceText';
import { unitNote, valueText } from './paramText';
import type { SensitivityMark } from './sensitivity';

export interface ParamEntryProps {
  def: ParamDef;
  value: ParamValue | undefined;
  /** The outputs the results are most sensitive to this parameter for (sensitivity.ts); none: no mark. */
  sensitivity?: readonly SensitivityMark[] | undefined;
}

export const ParamEntry = memo(function ParamEntry({ def, value, sensitivity }: ParamEntryProps) {
  const { t } = useTranslation('evidence');
  const sensitive = sensitivity !== undefined && sensitivity.length > 0;
  const changed = isChanged(def, value);
  const note = unitNote(def);
  const claim = mentionsClaim(def.description) || mentionsClaim(def.source);
  return (
    <li className="ev-param" data-changed={changed || undefined} data-sensitive={sensitive || undefined}>
      <div className="ev-param-head">
        <h4>{paramLabel(def)}</h4>
        <EvidenceBadge level={def.evidence} />
      </div>
      <code className="ev-id">{def.id}</code>
      {sensitive && (
        <div className="ev-sensitive">
          {/* The mark is its words (the colour only repeats them), then the outputs, each with the rank. */}
          <span className="ev-sensitive-badge">{t('sensitivity.badge')}</span>
          <ul className="ev-sensitive-outputs">
            {sensitivity.map((mark) => {
              const label = sensitivityOutputLabel(mark.output, mark.description);
              return (
                <li key={mark.output}>
                  <bdi lang={label.english ? 'en' : undefined}>{label.text}</bdi>{' '}
                  <span className="ev-rank">{t('sensitivity.rank', { rank: formatNumber(mark.rank) })}</span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <dl className="ev-values">
        <dt>{t('param.value')}</dt>
        <dd>
          {value === undefined ? t('param.noValue') : valueText(def, value, true)}
          {changed && <span className="ev-changed"> {t('param.changed')}</span>}
        </dd>
        <dt>{t('param.default')}</dt>
        <dd>{valueText(def, def.default as ParamValue, true)}</dd>
        <dt>{t('param.allowed')}</dt>
        <dd>
          {allowedText(def)}
          {note !== null && <span className="ev-unit-note"> · {note}</span>}
        </dd>
      </dl>
      <p className="ev-desc">{paramDescription(def)}</p>
      <p className="ev-source">
        <span className="ev-source-label">{t('param.source')}</span>{' '}
        {/* Sources are cited as written, in English: isolated so right-to-left text around them cannot reorder them. */}
        <bdi lang="en">{def.source}</bdi>
      </p>
      {claim && (
        <p className="ev-claim">
          <span className="ev-claim-badge">{t('claims.badge')}</span> {t('claims.note')}
        </p>
      )}
    </li>
  );
});
