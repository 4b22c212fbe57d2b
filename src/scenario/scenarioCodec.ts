/**
 * The one codec between a scenario as a link describes it (ShareState: shareState.ts parses and writes the URL) and
 * the app's stores: `applyShareState` puts a link into the stores (at launch, and when a kiosk resets to the link),
 * `currentShareState` reads what is on screen back into a link. A new URL option is added to ShareState and to both
 * directions here, nowhere else.
 */
import { useScenarioStore } from '../state/scenarioStore';
import { usePlaybackStore } from '../state/playbackStore';
import { useViewStore } from '../state/viewStore';
import type { SimClient } from '../sim/simClient';
import { matchLocale, setLocale } from '../i18n';
import { SHARE_FORMAT_VERSION, writeShareQuery } from './shareState';
import type { ShareState } from './shareState';
import { launch } from './launchOptions';

/** The share state of what is on screen now: the scenario and view stores, the model time and the play state. */
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

/**
 * Puts a link's scenario, view and language into the stores. `launch`: the page opening (also its render tier and
 * play state); otherwise a reset to the link (kiosk): nothing selected, playing from the start.
 */
export function applyShareState(state: ShareState, occasion: 'launch' | 'reset'): void {
  useScenarioStore.getState().load({
    mode: state.mode,
    seed: state.seed,
    preset: state.preset,
    overrides: state.params,
    compare: state.compare,
    overridesB: state.paramsB,
    locked: state.lock,
    speed: state.speed,
  });
  const view = useViewStore.getState();
  if (occasion === 'reset') view.selectCell(null);
  view.setOverlay(state.overlay);
  view.setCutFraction(state.cut);
  if (occasion === 'launch') view.setTierChoice(state.tier);
  view.requestCamera(state.camera);
  // The link's language, not a remembered choice of the previous patient.
  if (occasion === 'reset') setLocale(state.locale === 'auto' ? matchLocale(navigator.languages) : state.locale);
  usePlaybackStore.getState().setPlaying(occasion === 'launch' ? state.play : true);
}

/** Whether the stores' scenario (what the model runs) differs from a link's. */
export function scenarioDiffers(state: ShareState): boolean {
  const s = useScenarioStore.getState();
  return (
    JSON.stringify([s.seed, s.preset, s.overrides, s.compare, s.overridesB]) !==
    JSON.stringify([state.seed, state.preset, state.params, state.compare, state.paramsB])
  );
}
