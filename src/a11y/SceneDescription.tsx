/**
 * The 3D view for screen readers: a visually hidden region (landmark "Description of the 3D view") saying what is
 * shown, the treatment, model time, phase and key numbers — refreshed every DESCRIPTION_REFRESH_MS at most (and
 * at once when the phase changes), from the newest frame on a timer, never per frame — plus a separate polite
 * live region that announces phase changes (throttled and held back while the user scrubs: phaseAnnouncer.ts).
 * Also makes its client the one the page-wide shortcuts act on (it is rendered for the primary scene only).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimClient } from '../sim/simClient';
import { usePlaybackStore } from '../state/playbackStore';
import { useViewStore } from '../state/viewStore';
import { registerActiveClient } from './activeScene';
import { PhaseAnnouncer } from './phaseAnnouncer';
import { describeScene, phaseAnnouncement } from './sceneText';
import type { SceneFacts } from './sceneText';

/** Longest the description may lag the scene, ms (a reader reads it on request; fresher only costs work). */
const DESCRIPTION_REFRESH_MS = 5_000;
/** How often the phase on screen is checked for the live region, ms. */
const PHASE_CHECK_MS = 500;

/** Value of a metric column at the hour shown (the newest row when the feed lags the frames), or null. */
function metricAt(client: SimClient, keys: readonly string[], timeH: number): number | null {
  const snapshot = client.metrics.snapshot();
  if (snapshot.length === 0) return null;
  const row = Math.min(snapshot.length - 1, Math.max(0, Math.floor(timeH + 1e-9)));
  let sum = 0;
  for (const key of keys) {
    const v = snapshot.columns.get(key)?.[row];
    if (v === undefined || !Number.isFinite(v)) return null;
    sum += v;
  }
  return sum;
}

function gatherFacts(client: SimClient): SceneFacts | null {
  const frame = client.frames.latest;
  if (!frame) return null;
  const { info } = client;
  const view = useViewStore.getState();
  return {
    blockWidthMm: info.domainUm.x / 1000,
    blockDepthMm: info.domainUm.z / 1000,
    device: info.device,
    needleLengthMm: info.needleLengthMm,
    untreated: info.untreated,
    sessionTimesH: info.sessionTimesH,
    timeH: frame.timeH,
    phase: frame.phase,
    playing: usePlaybackStore.getState().playing,
    cells: frame.count,
    channels: frame.channelCount,
    neutrophils: metricAt(client, ['neutrophils'], frame.timeH),
    macrophages: metricAt(client, ['macrophages_m1', 'macrophages_m2'], frame.timeH),
    fibroblasts: metricAt(client, ['fibroblasts', 'myofibroblasts'], frame.timeH),
    barrier: metricAt(client, ['barrier'], frame.timeH),
    camera: view.cameraRequest.preset,
    cutFraction: view.cutFraction,
    overlay: view.overlay,
  };
}

export function SceneDescription({ client }: { client: SimClient }) {
  const { t, i18n } = useTranslation('a11y');
  const language = i18n.language;
  const [description, setDescription] = useState('');
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => registerActiveClient(client), [client]);

  useEffect(() => {
    const announcer = new PhaseAnnouncer();
    let describedAt = Number.NEGATIVE_INFINITY;
    let describedPhase = '';
    const tick = () => {
      const frame = client.frames.latest;
      if (!frame) return;
      const now = performance.now();
      const changed = announcer.observe(frame.phase, now);
      if (changed !== null) setAnnouncement(phaseAnnouncement(changed, frame.timeH));
      if (now - describedAt < DESCRIPTION_REFRESH_MS && frame.phase === describedPhase) return;
      const facts = gatherFacts(client);
      if (!facts) return;
      describedAt = now;
      describedPhase = frame.phase;
      // Same text: React bails out of the update, so nothing re-renders.
      setDescription(describeScene(facts).join(' '));
    };
    tick();
    const timer = setInterval(tick, PHASE_CHECK_MS);
    return () => clearInterval(timer);
    // The language: rebuild the text at once in the new one.
  }, [client, language]);

  return (
    <>
      <section className="visually-hidden" aria-label={t('scene.regionLabel')}>
        <p>{description || t('scene.waiting')}</p>
      </section>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </>
  );
}
