/** Marketing claims met in the literature, each labelled as such, with what the model uses instead. */
import { useTranslation } from 'react-i18next';
import { claims } from './evidenceText';

export function ClaimsNote() {
  const { t } = useTranslation('evidence');
  return (
    <details className="ev-claims">
      <summary>{t('claims.title')}</summary>
      <p>{t('claims.intro')}</p>
      <ul>
        {claims().map(({ key, claim, instead }) => (
          <li key={key}>
            <span className="ev-claim-badge">{t('claims.badge')}</span> <span className="ev-claim-text">{claim}</span>{' '}
            {instead}
          </li>
        ))}
      </ul>
    </details>
  );
}
