/**
 * Educator mode: author a scenario for a class. The Treatment and Patient tabs do the editing; here the educator
 * locks settings, chooses how the link opens (student or patient mode, at the start or paused at a moment) and
 * copies a share link or the embed code for a course page. Links are written by writeShareQuery, the one table of
 * link options, from the stores' current state; the model time is taken when the educator asks for it.
 */
import { useId } from 'react';
import { currentShareState } from '../../app/currentShareState';
import type { SimClient } from '../../sim/simClient';
import { useScenarioStore } from '../../state/scenarioStore';
import type { CompareMode } from '../../state/scenarioStore';
import { useViewStore } from '../../state/viewStore';
import { useAuthorStore } from './authorStore';
import { CopyBox } from './CopyBox';
import { authoredShareState, embedSnippet, OPEN_MODES, shareUrl } from './embedCode';
import type { OpenMode } from './embedCode';
import { LockChecklist } from './LockChecklist';
import { formatModelTime } from './modelTime';
import { scenarioSummary } from './scenarioSummary';
import './share.css';

const TEXT = {
  title: 'Author a scenario',
  buildHeading: '1 · Build the scenario',
  build:
    'Set the treatment and the patient in the Treatment and Patient tabs, and the view in the 3D stage. The link ' +
    'carries all of it: settings, seed, comparison, camera, overlay and cut (the render quality is left to each ' +
    'device).',
  now: 'Now:',
  compare: {
    off: 'no comparison',
    untreated: 'compared with the same skin untreated',
    custom: 'compared with a variant (B)',
  } satisfies Record<CompareMode, string>,
  lockHeading: '2 · Lock settings',
  opensHeading: '3 · How the link opens',
  opensIn: 'Opens in',
  modes: {
    student: 'Student mode — explore, predict, change the unlocked settings',
    patient: 'Patient mode — plain words, what to expect, aftercare',
  } satisfies Record<OpenMode, string>,
  paused: 'Open paused at a moment of the run',
  pausedAt: (time: string) => `Opens paused at ${time} after the first session.`,
  fromStart: 'Opens at the start of the run and plays.',
  useNow: 'Use the current moment',
  shareHeading: '4 · Share',
  linkLabel: 'Share link',
  copyLink: 'Copy share link',
  embedLabel: 'Embed code (for a course page or LMS)',
  copyEmbed: 'Copy embed code',
  shareNote:
    'The link points at this copy of HealSim; nothing is uploaded. Everyone who opens it starts the same run: the ' +
    'same settings and the same seed.',
};

export function AuthorPanel({ client }: { client: SimClient }) {
  // Subscribed so the link follows every change of scenario or view (user actions: a few re-renders at most).
  const scenario = useScenarioStore();
  useViewStore((s) => s.overlay);
  useViewStore((s) => s.cameraRequest);
  useViewStore((s) => s.tierChoice);
  useViewStore((s) => s.cutFraction);
  const { openMode, pausedAtH, setOpenMode, setPausedAtH } = useAuthorStore();
  const headingId = useId();

  const nowH = () => client.frames.latest?.timeH ?? 0;
  const links = (at: number | null) => {
    const state = authoredShareState(currentShareState(client, false), { openMode, pausedAtH: at });
    const url = shareUrl(window.location.href, state);
    return { url, embed: embedSnippet(url) };
  };
  const shown = links(pausedAtH);
  /** Copying takes the moment on screen now when the link opens paused (the run may have moved on). */
  const fresh = () => {
    if (pausedAtH === null) return shown;
    const at = nowH();
    setPausedAtH(at);
    return links(at);
  };

  return (
    <section className="author-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{TEXT.title}</h2>

      <h3>{TEXT.buildHeading}</h3>
      <p className="author-hint">{TEXT.build}</p>
      <p className="author-summary">
        <strong>{TEXT.now}</strong> {scenarioSummary(scenario, false)} · {TEXT.compare[scenario.compare]}
      </p>

      <h3>{TEXT.lockHeading}</h3>
      <LockChecklist />

      <h3>{TEXT.opensHeading}</h3>
      <fieldset className="author-modes">
        <legend>{TEXT.opensIn}</legend>
        {OPEN_MODES.map((mode) => (
          <label key={mode} className="author-choice">
            <input
              type="radio"
              name="author-open-mode"
              value={mode}
              checked={openMode === mode}
              onChange={() => setOpenMode(mode)}
            />
            <span>{TEXT.modes[mode]}</span>
          </label>
        ))}
      </fieldset>
      <label className="author-choice">
        <input
          type="checkbox"
          checked={pausedAtH !== null}
          onChange={(e) => setPausedAtH(e.currentTarget.checked ? nowH() : null)}
        />
        <span>{TEXT.paused}</span>
      </label>
      <div className="author-moment">
        <p className="author-hint">{pausedAtH === null ? TEXT.fromStart : TEXT.pausedAt(formatModelTime(pausedAtH))}</p>
        {pausedAtH !== null && (
          <button type="button" onClick={() => setPausedAtH(nowH())}>
            {TEXT.useNow}
          </button>
        )}
      </div>

      <h3>{TEXT.shareHeading}</h3>
      <CopyBox label={TEXT.linkLabel} buttonLabel={TEXT.copyLink} text={shown.url} prepare={() => fresh().url} />
      <CopyBox
        label={TEXT.embedLabel}
        buttonLabel={TEXT.copyEmbed}
        text={shown.embed}
        prepare={() => fresh().embed}
        rows={7}
      />
      <p className="author-hint">{TEXT.shareNote}</p>
    </section>
  );
}
