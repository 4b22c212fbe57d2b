/**
 * Links and embed code an educator hands out (pure: no DOM, unit-tested). The query is always written from the one
 * table of URL options (src/scenario/shareState.ts: writeShareQuery, and APP_OPTIONS for the embedding options), never
 * by hand.
 */
import { APP_OPTIONS, writeShareQuery } from '../../scenario/shareState';
import type { ControlsChoice, Notice, ShareState } from '../../scenario/shareState';
import type { Locale } from '../../i18n';
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

/** The iframe's default title (English; the embed dialog writes it in the embed's language) and default height. */
export const EMBED_TITLE = 'HealSim — skin healing after micro-needling';
export const EMBED_HEIGHT_PX = 640;
/** Smallest and largest iframe sizes the embed dialog accepts, CSS px (below the minimum the app's controls crowd). */
export const EMBED_MIN_WIDTH_PX = 320;
export const EMBED_MIN_HEIGHT_PX = 360;
export const EMBED_MAX_PX = 4000;
/** Least height of a responsive 16:9 embed, CSS px: a narrow column still gets room for the timeline and panel. */
export const EMBED_RESPONSIVE_MIN_HEIGHT_PX = 480;

/**
 * How big the iframe is: the page's full width at a height (the default), the full width at 16:9 (its height
 * follows the width, never under EMBED_RESPONSIVE_MIN_HEIGHT_PX), or a fixed width and height.
 */
export type EmbedSize =
  { kind: 'fullWidth'; height: number } | { kind: 'responsive' } | { kind: 'fixed'; width: number; height: number };
export const DEFAULT_EMBED_SIZE: EmbedSize = { kind: 'fullWidth', height: EMBED_HEIGHT_PX };

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function clampPx(value: number, min: number): number {
  return Math.round(Math.min(EMBED_MAX_PX, Math.max(min, Number.isFinite(value) ? value : min)));
}

/** The iframe's width, height and style attribute values for a size. */
function sizeAttributes(size: EmbedSize): { width: string; height: string; style: string } {
  switch (size.kind) {
    case 'fullWidth':
      return { width: '100%', height: String(clampPx(size.height, EMBED_MIN_HEIGHT_PX)), style: 'border:0' };
    case 'responsive':
      return {
        width: '100%',
        height: String(EMBED_RESPONSIVE_MIN_HEIGHT_PX),
        style: `border:0;height:auto;aspect-ratio:16/9;min-height:${EMBED_RESPONSIVE_MIN_HEIGHT_PX}px`,
      };
    case 'fixed':
      return {
        width: String(clampPx(size.width, EMBED_MIN_WIDTH_PX)),
        height: String(clampPx(size.height, EMBED_MIN_HEIGHT_PX)),
        style: 'border:0',
      };
  }
}

export interface SnippetOptions {
  size?: EmbedSize;
  /** The iframe's accessible name (default EMBED_TITLE). */
  title?: string;
}

/**
 * The <iframe> snippet for a course page or LMS. No sandbox (the model runs in a Web Worker, which a sandbox without
 * allow-scripts allow-same-origin would block); no referrer is sent (the course page's address stays private);
 * fullscreen and clipboard writes allowed (the app's "Copy link" works inside the frame).
 */
export function embedSnippet(url: string, options: SnippetOptions = {}): string {
  const { width, height, style } = sizeAttributes(options.size ?? DEFAULT_EMBED_SIZE);
  return (
    `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(options.title ?? EMBED_TITLE)}" ` +
    `width="${width}" height="${height}" loading="lazy" allow="fullscreen; clipboard-write" ` +
    `referrerpolicy="no-referrer" style="${style}"></iframe>`
  );
}

/** The page's embedding choices (URL options never written into share links: they belong to the host page). */
export interface EmbedChoices {
  controls: ControlsChoice;
  locale: Locale | 'auto';
  /** null: as the link implies (plays from the start; paused when it opens at a moment). */
  autoplay: boolean | null;
  /** Parent origins allowed to drive the app with postMessage; null: any. */
  allowOrigin: readonly string[] | null;
}

export const DEFAULT_EMBED_CHOICES: EmbedChoices = {
  controls: 'full',
  locale: 'auto',
  autoplay: null,
  allowOrigin: null,
};

/** The iframe's address: the share link of `state` plus the embedding options that differ from their defaults. */
export function embedUrl(base: string, state: ShareState, choices: EmbedChoices): string {
  const url = new URL(shareUrl(base, state));
  if (choices.controls !== APP_OPTIONS.controls.fallback) url.searchParams.set('controls', choices.controls);
  if (choices.locale !== APP_OPTIONS.locale.fallback) url.searchParams.set('locale', choices.locale);
  if (choices.autoplay !== null && choices.autoplay !== state.play) {
    url.searchParams.set('autoplay', choices.autoplay ? '1' : '0');
  }
  if (choices.allowOrigin !== null && choices.allowOrigin.length > 0) {
    url.searchParams.set('allowOrigin', choices.allowOrigin.join(','));
  }
  return url.toString();
}

/** Reads the allowOrigin field as the URL option would: null when empty, the origins, or the problem. */
export function parseAllowOrigin(
  text: string,
): { ok: true; value: readonly string[] | null } | { ok: false; error: Notice } {
  if (text.trim() === '') return { ok: true, value: null };
  const parsed = APP_OPTIONS.allowOrigin.parse(text);
  return parsed.ok ? { ok: true, value: parsed.value ?? null } : parsed;
}
