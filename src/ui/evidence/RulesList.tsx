/** The model's rules (its systems), in the order they run each step, with how often each runs. */
import type { SimInfo } from '../../../workers/protocol';
import { formatCadence } from './evidenceModel';
import { EVIDENCE_TEXT } from './evidenceText';

export function RulesList({ rules }: { rules: SimInfo['rules'] }) {
  return (
    <details className="ev-section ev-rules">
      <summary>
        <h3>{EVIDENCE_TEXT.rulesTitle(rules.length)}</h3>
      </summary>
      <p className="ev-note">{EVIDENCE_TEXT.rulesIntro}</p>
      <ol>
        {rules.map((rule) => (
          <li key={rule.name}>
            <span className="ev-rule-name">{rule.name}</span>{' '}
            <span className="ev-cadence">{formatCadence(rule.everyHours)}</span>
            <p>{rule.description}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}
