/** An evidence level as a labelled badge (the text says the level; colour only repeats it). */
import type { EvidenceLevel } from '../../../workers/protocol';
import { LEVEL_TEXT } from './evidenceText';

export function EvidenceBadge({ level }: { level: EvidenceLevel }) {
  return <span className={`ev-badge ev-badge-${level}`}>{LEVEL_TEXT[level].label}</span>;
}
