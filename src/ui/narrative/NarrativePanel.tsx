/**
 * "What is happening now": follows the newest frame (phase, time, the cells on screen, the surface) and explains it —
 * plain words in patient mode; cell types, signals, numbers and rule names in student and educator modes. The text
 * is chosen by pure functions (narrativeText.ts); this component only samples the model about once a second and
 * re-renders when the text would change. Screen readers hear the phase changes only (a polite live region), not
 * every update.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SURFACE } from '../../../workers/protocol';
import { formatNumber } from '../../i18n';
import { CellSwatch } from '../../look/CellSwatch';
import type { SimClient } from '../../sim/simClient';
import { useScenarioStore } from '../../state/scenarioStore';
import { countCells } from './cellStory';
import { formatMetric, metricLabel } from './metricText';
import { narrativeContent, whenText } from './narrativeText';
import type { NarrativeContent } from './narrativeText';
import { narrativeModeOf } from './narrativeTypes';
import type { NarrativeMode } from './narrativeTypes';
import type { MetricKey } from '../../../workers/model/metrics';
import './narrative.css';
import { isPhase } from '../../../workers/model/phases';

/** How often the panel samples the newest frame, ms: the text changes with the biology, never faster than this. */
export const NARRATIVE_REFRESH_MS = 1000;

/** For formatting the numbers' time (no session suffix). */
const NO_SESSIONS = { done: 0, total: 0, sinceH: null, nextAtH: null };

interface NumberRow {
  key: string;
  label: string;
  value: string;
}

interface NarrativeView {
  content: NarrativeContent;
  /** Student mode: the hour the numbers are from (the newest metric row at or before the frame), or null. */
  numbersAtH: number | null;
  numbers: NumberRow[];
}

/** The newest metric row at or before `timeH` (the feed polls once a second, so it may lag the frame a little). */
function numbersAt(
  client: SimClient,
  keys: readonly MetricKey[],
  timeH: number,
): Pick<NarrativeView, 'numbersAtH' | 'numbers'> {
  const snapshot = client.metrics.snapshot();
  const row = Math.min(Math.floor(timeH + 1e-9), snapshot.length - 1);
  if (row < 0) return { numbersAtH: null, numbers: [] };
  const numbers = keys.map((key) => {
    const value = snapshot.columns.get(key)?.[row] ?? Number.NaN;
    return { key, label: metricLabel(key), value: formatMetric(key, value) };
  });
  return { numbersAtH: row, numbers };
}

function readView(client: SimClient, mode: NarrativeMode): NarrativeView | null {
  const frame = client.frames.latest;
  if (!frame || !isPhase(frame.phase)) return null;
  const content = narrativeContent({
    mode,
    phase: frame.phase,
    timeH: frame.timeH,
    counts: countCells(frame.census),
    surface: { barrier: frame.surface[SURFACE.barrier] ?? 1, patency: frame.surface[SURFACE.patency] ?? 0 },
    sessionTimesH: client.info.sessionTimesH,
  });
  const numbers = content.student ? numbersAt(client, content.student.numbers, frame.timeH) : null;
  return { content, numbersAtH: numbers?.numbersAtH ?? null, numbers: numbers?.numbers ?? [] };
}

export function NarrativePanel({ client }: { client: SimClient }) {
  const { t, i18n } = useTranslation('narrative');
  const language = i18n.language;
  const mode = narrativeModeOf(useScenarioStore((s) => s.mode));
  const [view, setView] = useState<NarrativeView | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const headingId = useId();

  // Re-read on a new client, mode or language (the text is built in the active language; a switch announces nothing).
  useEffect(() => {
    let shownKey = '';
    let shownPhase: string | null = null;
    const update = () => {
      const next = readView(client, mode);
      if (!next) return;
      const key = JSON.stringify(next);
      if (key === shownKey) return;
      shownKey = key;
      setView(next);
      // Announce phase changes only; the first reading is what the user opened, not a change.
      if (shownPhase !== null && next.content.phase !== shownPhase) setAnnouncement(next.content.announcement);
      shownPhase = next.content.phase;
    };
    const first = setTimeout(update, 0);
    const timer = setInterval(update, NARRATIVE_REFRESH_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [client, mode, language]);

  const liveRegion = (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {announcement}
    </p>
  );
  if (!view) {
    return (
      <section className="narrative" aria-label={t('panel.label')}>
        <p className="narrative-muted">{t('panel.waiting')}</p>
        {liveRegion}
      </section>
    );
  }
  const { content } = view;
  return (
    <section className="narrative" aria-labelledby={headingId} data-phase={content.phase} data-stage={content.stage}>
      <p className="narrative-when">{content.when}</p>
      <h2 id={headingId} className="narrative-title">
        <span className="narrative-phase">{content.phaseTitle}</span>
        <span className="narrative-stage">{content.title}</span>
      </h2>
      {content.now.map((text) => (
        <p key={text}>{text}</p>
      ))}

      <h3>{t(`panel.cellsHeading.${mode}`)}</h3>
      <p className="narrative-muted">{content.dominant}</p>
      <ul className="narrative-cells">
        {content.cells.map((line) => (
          <li key={line.id}>
            <CellSwatch kind={line.kind} state={line.state} size={24} />
            <span>{line.text}</span>
          </li>
        ))}
      </ul>

      <h3>{t(`panel.nextHeading.${mode}`)}</h3>
      {content.next.map((text) => (
        <p key={text}>{text}</p>
      ))}

      {content.student && <StudentDetails client={client} view={view} />}

      <p className="narrative-caveat">{t(`panel.caveat.${mode}`)}</p>
      {liveRegion}
    </section>
  );
}

function StudentDetails({ client, view }: { client: SimClient; view: NarrativeView }) {
  const { t } = useTranslation('narrative');
  const student = view.content.student!;
  const rules = student.rules.flatMap((name) => {
    const rule = client.info.rules.find((r) => r.name === name);
    return rule ? [{ name, text: t('panel.ruleCadence', { name, hours: formatNumber(rule.everyHours, 2) }) }] : [];
  });
  return (
    <>
      <h3>{t('panel.signalsHeading')}</h3>
      <p>{student.signals}</p>

      <h3>{t('panel.numbersHeading')}</h3>
      {view.numbersAtH === null ? (
        <p className="narrative-muted">{t('panel.numbersNone')}</p>
      ) : (
        <>
          <p className="narrative-muted">
            {t('panel.numbersAt', { when: whenText('student', view.numbersAtH, NO_SESSIONS) })}
          </p>
          <dl className="narrative-numbers">
            {view.numbers.map((n) => (
              <div key={n.key}>
                <dt>{n.label}</dt>
                <dd>{n.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}

      <h3>{t('panel.rulesHeading')}</h3>
      <ul className="narrative-rules">
        {rules.map((r) => (
          <li key={r.name}>{r.text}</li>
        ))}
      </ul>

      <h3>{t('panel.simplifiedHeading')}</h3>
      <p>{student.simplified}</p>
    </>
  );
}
