/** The model's rules (its systems), in the order they run each step, with how often each runs. */
import { useTranslation } from 'react-i18next';
import type { SimInfo } from '../../../workers/protocol';
import { formatCadence } from './evidenceModel';
import { ruleDescription, ruleName } from './evidenceText';

export function RulesList({ rules }: { rules: SimInfo['rules'] }) {
  const { t } = useTranslation('evidence');
  return (
    <details className="ev-section ev-rules">
      <summary>
        <h3>{t('rules.title', { count: rules.length })}</h3>
      </summary>
      <p className="ev-note">{t('rules.intro')}</p>
      <ol>
        {rules.map((rule) => (
          <li key={rule.name}>
            <span className="ev-rule-name">{ruleName(rule)}</span>{' '}
            <span className="ev-cadence">{formatCadence(rule.everyHours)}</span>
            <p>{ruleDescription(rule)}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}
