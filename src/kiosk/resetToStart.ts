/**
 * Back to the start for the next patient: the link's scenario and view, the link's language, model time 0 and
 * playing, panels remounted (first tab, scroll at the top, dialogs closed).
 */
import { launch } from '../scenario/launchOptions';
import { applyShareState, scenarioDiffers } from '../scenario/scenarioCodec';
import type { SimClient } from '../sim/simClient';
import { usePlaybackStore } from '../state/playbackStore';
import { useKioskStore } from './kioskStore';

export function resetToStart(client: SimClient | null): void {
  const s = launch.state;
  const changed = scenarioDiffers(s);
  // Changed settings re-run the model: that run opens at 0. Otherwise the running model is taken back to 0.
  usePlaybackStore.getState().setNextRunAt(changed ? 0 : null);
  applyShareState(s, 'reset');
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  useKioskStore.getState().bumpReset();
  if (client && !changed) {
    void client.api
      .seek(0)
      .then(() => client.api.setSpeed(s.speed))
      .then(() => client.api.play())
      .catch(() => undefined);
  }
}
