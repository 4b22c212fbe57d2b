/**
 * Back to the start for the next patient: the link's scenario and view, the link's language, model time 0 and
 * playing, panels remounted (first tab, scroll at the top, dialogs closed).
 */
import { launch } from '../app/launchOptions';
import { matchLocale, setLocale } from '../i18n';
import type { SimClient } from '../sim/simClient';
import { usePlaybackStore } from '../state/playbackStore';
import { useScenarioStore } from '../state/scenarioStore';
import { useViewStore } from '../state/viewStore';
import { useKioskStore } from './kioskStore';

export function resetToStart(client: SimClient | null): void {
  const s = launch.state;
  const scenario = useScenarioStore.getState();
  const changed =
    JSON.stringify([scenario.seed, scenario.preset, scenario.overrides, scenario.compare, scenario.overridesB]) !==
    JSON.stringify([s.seed, s.preset, s.params, s.compare, s.paramsB]);
  // Changed settings re-run the model: that run opens at 0. Otherwise the running model is taken back to 0.
  usePlaybackStore.getState().setNextRunAt(changed ? 0 : null);
  useScenarioStore.getState().load({
    mode: s.mode,
    seed: s.seed,
    preset: s.preset,
    overrides: s.params,
    compare: s.compare,
    overridesB: s.paramsB,
    locked: s.lock,
    speed: s.speed,
  });
  const view = useViewStore.getState();
  view.selectCell(null);
  view.setOverlay(s.overlay);
  view.setCutFraction(s.cut);
  view.requestCamera(s.camera);
  // The link's language, not a remembered choice of the previous patient.
  setLocale(s.locale === 'auto' ? matchLocale(navigator.languages) : s.locale);
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  useKioskStore.getState().bumpReset();
  usePlaybackStore.getState().setPlaying(true);
  if (client && !changed) {
    void client.api
      .seek(0)
      .then(() => client.api.setSpeed(s.speed))
      .then(() => client.api.play())
      .catch(() => undefined);
  }
}
