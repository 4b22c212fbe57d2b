/**
 * The timeline dock under the stage: play / pause, speed, the model clock, milestone jumps, and the time slider
 * with phase bands, session markers and day labels, then the phase legend. It drives side A only; side B (a
 * comparison) follows A's time by itself (useFollower.ts), so `follower` is never played or seeked here.
 * Shortcut: K plays / pauses while focus is in the dock (Space stays with the focused button, as usual). The key is
 * the same letter in every language (it is named so in the play button's hint).
 */
import { useMemo } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimClient } from '../../sim/simClient';
import { LatestSeek } from './latestSeek';
import { MilestoneJumps } from './MilestoneJumps';
import { PhaseLegend } from './PhaseLegend';
import { PlayPauseButton } from './PlayPauseButton';
import { SpeedSelect } from './SpeedSelect';
import { makeTimeScale, timelineEndH } from './timeScale';
import { TimeReadout } from './TimeReadout';
import { TimeScrubber } from './TimeScrubber';
import { usePlayToggle } from './usePlayToggle';
import './timeline.css';

/** Whether a key press belongs to a text field (the shortcut must not steal typing). */
function isTextEntry(target: EventTarget): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement)
  );
}

// `follower` is part of the dock's contract (the lead may show B's state here later); B is driven elsewhere.
export function TimelineDock({ client }: { client: SimClient; follower: SimClient | null }) {
  const { t } = useTranslation('timeline');
  const { playing, toggle } = usePlayToggle(client);
  const seeker = useMemo(
    () =>
      new LatestSeek(
        (hours) => client.api.seek(hours),
        () => client.frames.latest?.timeH ?? null,
      ),
    [client],
  );
  const sessionTimesH = client.info.sessionTimesH;
  const scale = useMemo(() => makeTimeScale(timelineEndH(sessionTimesH)), [sessionTimesH]);
  const showBaseline = sessionTimesH.length === 0 || Math.min(...sessionTimesH) > 0;

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'k' && e.key !== 'K') return;
    if (e.altKey || e.ctrlKey || e.metaKey || isTextEntry(e.target)) return;
    e.preventDefault();
    toggle();
  };

  return (
    <section className="tl-dock" aria-label={t('dockLabel')} onKeyDown={onKeyDown}>
      <div className="tl-grid">
        <div className="tl-controls">
          <PlayPauseButton playing={playing} onToggle={toggle} />
          <SpeedSelect client={client} />
        </div>
        <TimeReadout client={client} seeker={seeker} />
        <MilestoneJumps endH={scale.endH} onJump={(h) => seeker.request(h)} />
        <TimeScrubber client={client} seeker={seeker} scale={scale} />
        <PhaseLegend showBaseline={showBaseline} />
      </div>
    </section>
  );
}
