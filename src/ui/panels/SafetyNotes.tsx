/**
 * Contraindications and cautions for side A's patient and treatment (rules and wording: safetyNotes.ts). Each is
 * a note with a plain heading: why guidance flags it, what the simulation can and cannot show, who decides.
 * No applicable note: nothing is rendered.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSideParams } from './useSideParams';
import { safetyNotes } from './safetyNotes';
import type { SafetyNote } from './safetyNotes';
import './panels.css';

export function SafetyNotes() {
  const { t } = useTranslation('safety'); // also re-renders the notes (built in the active language) on a switch
  const resolved = useSideParams('a');
  const notes = resolved.ok ? safetyNotes(resolved.params) : [];
  if (notes.length === 0) return null;
  return (
    <section className="safety-notes" aria-label={t('region')}>
      {notes.map((note) => (
        <SafetyNoteCard key={note.id} note={note} />
      ))}
    </section>
  );
}

function SafetyNoteCard({ note }: { note: SafetyNote }) {
  const { t } = useTranslation('safety');
  const headingId = useId();
  return (
    <div
      className="safety-note"
      role="note"
      aria-labelledby={headingId}
      data-note={note.id}
      data-severity={note.severity}
    >
      <h3 id={headingId}>
        <span className="safety-kind">
          {t(`severity.${note.severity}`)}
          <span className="visually-hidden">: </span>
        </span>
        <span className="safety-heading">{note.heading}</span>
      </h3>
      <p>{note.why}</p>
      <p>{note.model}</p>
      <p>{note.decision}</p>
      <p className="safety-source">{t('source', { source: note.source })}</p>
    </div>
  );
}
