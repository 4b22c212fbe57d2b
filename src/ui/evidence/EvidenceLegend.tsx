/** What the four evidence levels mean, with how many parameters have each. */
import { EVIDENCE_LEVELS } from '../../../workers/protocol';
import type { EvidenceLevel } from '../../../workers/protocol';
import { EvidenceBadge } from './EvidenceBadge';
import { EVIDENCE_TEXT, LEVEL_TEXT } from './evidenceText';

export function EvidenceLegend({ counts }: { counts: Record<EvidenceLevel, number> }) {
  return (
    <section className="ev-legend" aria-label={EVIDENCE_TEXT.legendTitle}>
      <h3>{EVIDENCE_TEXT.legendTitle}</h3>
      <dl>
        {EVIDENCE_LEVELS.map((level) => (
          <div key={level} className="ev-legend-row">
            <dt>
              <EvidenceBadge level={level} /> <span className="ev-count">({counts[level]})</span>
            </dt>
            <dd>{LEVEL_TEXT[level].meaning}</dd>
          </div>
        ))}
      </dl>
      <p className="ev-note">{EVIDENCE_TEXT.legendUserInputs}</p>
    </section>
  );
}
