/**
 * What the page-wide shortcuts do, through the same stores, APIs and controls the UI uses:
 *  - play / pause: the playback store (intent) and the worker's play / pause, as the timeline's button does;
 *  - a day back / forward: a Page Down / Page Up press on the timeline's slider, so the step goes through the
 *    slider's one seek queue (one seek in flight, newest target wins) and its thumb and value text follow; without a
 *    timeline (the link option controls=none hides it) a direct seek, one at a time;
 *  - focus moves: to the timeline's slider, the selected panel tab, the 3D view.
 * The DOM hooks (selectors) are listed once here; test/e2e/a11y.spec.ts exercises each of them.
 */
import type { SimClient } from '../sim/simClient';
import { usePlaybackStore } from '../state/playbackStore';

/** One day, model hours: the J / L step (the same as the slider's Page Up / Page Down). */
export const DAY_STEP_H = 24;

const SELECTORS = {
  timelineSlider: '.dock [role="slider"]',
  selectedTab: '.side-panel [role="tab"][aria-selected="true"]',
  sceneCanvas: '.stage canvas',
} as const;

export function togglePlayback(client: SimClient): void {
  const next = !usePlaybackStore.getState().playing;
  usePlaybackStore.getState().setPlaying(next);
  void (next ? client.api.play() : client.api.pause()).catch(() => undefined);
}

/** A direct seek is under way (no timeline): further presses wait for it rather than race it in the worker. */
let directSeekBusy = false;

/** Moves model time a day back (-1) or forward (+1). */
export function stepDay(client: SimClient, direction: -1 | 1): void {
  const slider = document.querySelector<HTMLElement>(SELECTORS.timelineSlider);
  if (slider) {
    const key = direction > 0 ? 'PageUp' : 'PageDown';
    slider.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    return;
  }
  const now = client.frames.latest?.timeH;
  if (now === undefined || directSeekBusy) return;
  directSeekBusy = true;
  void client.api
    .seek(Math.max(0, now + direction * DAY_STEP_H))
    .catch(() => undefined)
    .finally(() => {
      directSeekBusy = false;
    });
}

/** Focuses the first element matching the selector; returns whether there was one. */
function focusFirst(selector: string): boolean {
  const el = document.querySelector<HTMLElement>(selector);
  el?.focus();
  return el !== null;
}

export const focusTimeline = () => focusFirst(SELECTORS.timelineSlider);
export const focusPanelTabs = () => focusFirst(SELECTORS.selectedTab);
export const focusScene = () => focusFirst(SELECTORS.sceneCanvas);
