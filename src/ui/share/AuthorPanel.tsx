/**
 * Educator mode: author a scenario for a class. The Treatment and Patient tabs do the editing; here the educator
 * locks settings, chooses how the link opens (student or patient mode, at the start or paused at a moment) and
 * copies a share link, or opens the Embed dialog for the iframe code of a course page (EmbedDialog.tsx). Links are
 * written by writeShareQuery, the one table of link options, from the stores' current state; the model time is taken
 * when the educator asks for it.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentShareState } from '../../scenario/scenarioCodec';
import type { SimClient } from '../../sim/simClient';
import { useScenarioStore } from '../../state/scenarioStore';
import { useViewStore } from '../../state/viewStore';
import { useAuthorStore } from './authorStore';
import { CopyBox } from './CopyBox';
import { authoredShareState, OPEN_MODES, shareUrl } from './embedCode';
import { EmbedDialog } from './EmbedDialog';
import { LockChecklist } from './LockChecklist';
import { OpenMoment } from './OpenMoment';
import { scenarioSummary } from './scenarioSummary';
import './share.css';

export function AuthorPanel({ client }: { client: SimClient }) {
  const { t } = useTranslation('embed');
  // Subscribed so the link follows every change of scenario or view (user actions: a few re-renders at most).
  const scenario = useScenarioStore();
  useViewStore((s) => s.overlay);
  useViewStore((s) => s.cameraRequest);
  useViewStore((s) => s.tierChoice);
  useViewStore((s) => s.cutFraction);
  const { openMode, pausedAtH, setOpenMode, setPausedAtH } = useAuthorStore();
  const headingId = useId();
  const [embedOpen, setEmbedOpen] = useState(false);
  const embedButtonRef = useRef<HTMLButtonElement>(null);

  const nowH = () => client.frames.latest?.timeH ?? 0;
  const link = (at: number | null) =>
    shareUrl(window.location.href, authoredShareState(currentShareState(client, false), { openMode, pausedAtH: at }));
  const shown = link(pausedAtH);
  /** Copying takes the moment on screen now when the link opens paused (the run may have moved on). */
  const fresh = () => {
    if (pausedAtH === null) return shown;
    const at = nowH();
    setPausedAtH(at);
    return link(at);
  };
  const closeEmbed = () => {
    setEmbedOpen(false);
    embedButtonRef.current?.focus();
  };

  return (
    <section className="author-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('author.title')}</h2>

      <h3>{t('author.buildHeading')}</h3>
      <p className="author-hint">{t('author.build')}</p>
      <p className="author-summary">
        <strong>{t('author.now')}</strong> {scenarioSummary(scenario, false)} ·{' '}
        {t(`author.compare.${scenario.compare}`)}
      </p>

      <h3>{t('author.lockHeading')}</h3>
      <LockChecklist />

      <h3>{t('author.opensHeading')}</h3>
      <fieldset className="author-modes">
        <legend>{t('author.opensIn')}</legend>
        {OPEN_MODES.map((mode) => (
          <label key={mode} className="author-choice">
            <input
              type="radio"
              name="author-open-mode"
              value={mode}
              checked={openMode === mode}
              onChange={() => setOpenMode(mode)}
            />
            <span>{t(`author.modes.${mode}`)}</span>
          </label>
        ))}
      </fieldset>
      <OpenMoment pausedAtH={pausedAtH} onChange={setPausedAtH} nowH={nowH} />

      <h3>{t('author.shareHeading')}</h3>
      <CopyBox label={t('author.linkLabel')} buttonLabel={t('author.copyLink')} text={shown} prepare={() => fresh()} />
      <div className="author-embed">
        <button ref={embedButtonRef} type="button" aria-haspopup="dialog" onClick={() => setEmbedOpen(true)}>
          {t('author.embed')}
        </button>
        <p className="author-hint">{t('author.embedHint')}</p>
      </div>
      <p className="author-hint">{t('author.shareNote')}</p>
      <EmbedDialog client={client} open={embedOpen} onClose={closeEmbed} />
    </section>
  );
}
