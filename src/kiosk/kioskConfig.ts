/**
 * The consult-room kiosk's settings, from the launch URL (src/scenario/shareState.ts declares and validates them):
 * `kiosk=1`, `clinic`, `logo`, `accent`, `attract` (seconds), `idle` (minutes).
 *
 * What the kiosk does with time:
 *  - after `attract` seconds without a touch, key or click, a calm "touch to explore" overlay appears over the view
 *    (the view keeps doing what it did: a clinician who paused mid-explanation loses nothing by one touch);
 *  - after `idle` minutes without input, everything returns to the start — the scenario of the link, model time 0,
 *    the first panel tab, the link's language, the default camera — so the next patient never sees the previous
 *    one's settings; the overlay stays and the run loops from the start (the attract loop) until someone touches.
 */
import type { AppOptions } from '../scenario/shareState';

export interface KioskConfig {
  enabled: boolean;
  clinic: string;
  logo: string | null;
  accent: string | null;
  /** Text colour readable on the accent (WCAG contrast against black vs white). */
  accentText: string | null;
  attractMs: number;
  idleMs: number;
}

/**
 * The attract loop replays the first four weeks (inflammation, proliferation, early remodeling: the part a patient
 * asks about), then starts over. Calibrated by eye: long enough to show every phase, short enough to loop within
 * a few minutes at the default speed.
 */
export const ATTRACT_LOOP_END_H = 28 * 24;

function channel(hex: string): number {
  const c = Number.parseInt(hex, 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of #rgb / #rrggbb. */
export function relativeLuminance(colour: string): number {
  let hex = colour.replace('#', '');
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
  return 0.2126 * channel(hex.slice(0, 2)) + 0.7152 * channel(hex.slice(2, 4)) + 0.0722 * channel(hex.slice(4, 6));
}

/** Black or white, whichever contrasts more with the colour (WCAG contrast ratio). */
export function readableTextOn(colour: string): '#000000' | '#ffffff' {
  const l = relativeLuminance(colour);
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

export function kioskConfig(
  options: Pick<AppOptions, 'kiosk' | 'clinic' | 'logo' | 'accent' | 'attract' | 'idle'>,
): KioskConfig {
  const idleMs = options.idle * 60_000;
  return {
    enabled: options.kiosk,
    clinic: options.clinic,
    logo: options.logo,
    accent: options.accent,
    accentText: options.accent ? readableTextOn(options.accent) : null,
    // The overlay never comes later than the reset.
    attractMs: Math.min(options.attract * 1000, idleMs),
    idleMs,
  };
}
