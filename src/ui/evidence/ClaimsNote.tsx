/** Marketing claims met in the literature, each labelled as such, with what the model uses instead. */
import { CLAIMS, EVIDENCE_TEXT } from './evidenceText';

export function ClaimsNote() {
  return (
    <details className="ev-claims">
      <summary>{EVIDENCE_TEXT.claimsTitle}</summary>
      <p>{EVIDENCE_TEXT.claimsIntro}</p>
      <ul>
        {CLAIMS.map(({ claim, instead }) => (
          <li key={claim}>
            <span className="ev-claim-badge">{EVIDENCE_TEXT.claimBadge}</span>{' '}
            <span className="ev-claim-text">{claim}</span> {instead}
          </li>
        ))}
      </ul>
    </details>
  );
}
