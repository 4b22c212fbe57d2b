/**
 * One parameter: label, id, the run's value with its unit (marked when it differs from the default), default,
 * allowed range or options, evidence level, description and source. Memoised: a search re-renders only the list,
 * not the ~120 entries, whose props do not change while the run does not.
 */
import { memo } from 'react';
import { formatAllowed } from '../../../workers/protocol';
import type { ParamDef, ParamValue } from '../../../workers/protocol';
import { EvidenceBadge } from './EvidenceBadge';
import { isChanged, mentionsClaim } from './evidenceModel';
import { EVIDENCE_TEXT } from './evidenceText';
import { unitNote, valueText } from './paramText';

export const ParamEntry = memo(function ParamEntry({ def, value }: { def: ParamDef; value: ParamValue | undefined }) {
  const changed = isChanged(def, value);
  const note = unitNote(def);
  const claim = mentionsClaim(def.description) || mentionsClaim(def.source);
  return (
    <li className="ev-param" data-changed={changed || undefined}>
      <div className="ev-param-head">
        <h4>{def.label}</h4>
        <EvidenceBadge level={def.evidence} />
      </div>
      <code className="ev-id">{def.id}</code>
      <dl className="ev-values">
        <dt>{EVIDENCE_TEXT.value}</dt>
        <dd>
          {value === undefined ? '—' : valueText(def, value, true)}
          {changed && <span className="ev-changed"> {EVIDENCE_TEXT.changed}</span>}
        </dd>
        <dt>{EVIDENCE_TEXT.defaultValue}</dt>
        <dd>{valueText(def, def.default as ParamValue, true)}</dd>
        <dt>{EVIDENCE_TEXT.allowed}</dt>
        <dd>
          {formatAllowed(def)}
          {note !== null && <span className="ev-unit-note"> · {note}</span>}
        </dd>
      </dl>
      <p className="ev-desc">{def.description}</p>
      <p className="ev-source">
        <span className="ev-source-label">{EVIDENCE_TEXT.source}:</span> {def.source}
      </p>
      {claim && (
        <p className="ev-claim">
          <span className="ev-claim-badge">{EVIDENCE_TEXT.claimBadge}</span> {EVIDENCE_TEXT.claimNote}
        </p>
      )}
    </li>
  );
});
