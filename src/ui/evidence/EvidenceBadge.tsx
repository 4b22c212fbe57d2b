/** An evidence level as a labelled badge (the text says the level; colour only repeats it). */
import { useTranslation } from 'react-i18next';
import type { EvidenceLevel } from '../../../workers/protocol';
import { levelLabel } from './evidenceText';

export function EvidenceBadge({ level }: { level: EvidenceLevel }) {
  useTranslation('evidence'); // re-render on a language switch (the entries around it are memoised)
  return <span className={`ev-badge ev-badge-${level}`}>{levelLabel(level)}</span>;
}
