/** The share state of what is on screen now: the scenario and view stores, the model time and the play state. */
import { useScenarioStore } from '../state/scenarioStore';
import { usePlaybackStore } from '../state/playbackStore';
import { useViewStore } from '../state/viewStore';
import type { SimClient } from '../sim/simClient';
import { SHARE_FORMAT_VERSION, writeShareQuery } from './shareState';
import type { ShareState } from './shareState';
import { launch } from './launchOptions';

export function currentShareState(client: SimClient | null, includeTime = true): ShareState {
  const s = useScenarioStore.getState();
  const v = useViewStore.getState();
  const timeH = client?.frames.latest?.timeH ?? null;
  return {
    // Embedding and device options stay what the page was opened with (never written into share links).
    ...launch.state,
    v: SHARE_FORMAT_VERSION,
    mode: s.mode,
    seed: s.seed,
    preset: s.preset,
    t: includeTime ? timeH : null,
    play: includeTime && timeH !== null ? false : usePlaybackStore.getState().playing,
    speed: s.speed,
    compare: s.compare,
    lock: [...s.locked],
    overlay: v.overlay,
    camera: v.cameraRequest.preset,
    tier: v.tierChoice,
    cut: Math.round(v.cutFraction * 1000) / 1000,
    params: { ...s.overrides },
    paramsB: s.compare === 'custom' ? { ...s.overridesB } : {},
  };
}

/** An absolute link to this app that opens the current state (paused at the current model time). */
export function currentShareUrl(client: SimClient | null): string {
  const url = new URL(window.location.href);
  url.search = writeShareQuery(currentShareState(client));
  url.hash = '';
  return url.toString();
}
