/**
 * Links and embed code an educator hands out (pure: no DOM, unit-tested). The query is always written by
 * writeShareQuery (src/app/shareState.ts), the one table of link options, never by hand.
 */
import { writeShareQuery } from '../../app/shareState';
import type { ShareState } from '../../app/shareState';
import type { AppMode } from '../../state/scenarioStore';

/** Modes a handed-out link can open in (educator mode is for authoring, not for the class). */
export type OpenMode = Exclude<AppMode, 'educator'>;
export const OPEN_MODES: readonly OpenMode[] = ['student', 'patient'];

export interface AuthorChoices {
  openMode: OpenMode;
  /** Open paused at this model time, h; null opens at the start and plays. */
  pausedAtH: number | null;
}

/**
 * The scenario on screen, as the link should open it for students or patients. The render tier goes back to 'auto':
 * it suits the educator's device, not the class's (auto measures each device's frame times).
 */
export function authoredShareState(current: ShareState, choices: AuthorChoices): ShareState {
  const paused = choices.pausedAtH !== null;
  return {
    ...current,
    mode: choices.openMode,
    tier: 'auto',
    t: paused ? choices.pausedAtH : null,
    play: !paused,
    lock: [...current.lock],
    params: { ...current.params },
    paramsB: { ...current.paramsB },
  };
}

/** An absolute link: `base` (the app's own address) with the state as its query; any old query or hash dropped. */
export function shareUrl(base: string, state: ShareState): string {
  const url = new URL(base);
  url.search = writeShareQuery(state);
  url.hash = '';
  return url.toString();
}

/** The iframe's fixed attributes: accessible title, full width, a height that fits the stage and panel. */
export const EMBED_TITLE = 'HealSim — skin healing after micro-needling';
export const EMBED_HEIGHT_PX = 640;

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The <iframe> snippet for a course page or LMS. */
export function embedSnippet(url: string): string {
  return (
    `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(EMBED_TITLE)}" width="100%" ` +
    `height="${EMBED_HEIGHT_PX}" allow="fullscreen" loading="lazy" style="border:0"></iframe>`
  );
}
