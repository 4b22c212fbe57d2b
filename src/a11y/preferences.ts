/**
 * Accessibility preferences: reduced motion, contrast profile and single-key shortcuts. Each is a choice the user
 * can make ('auto' follows the device's own setting) and a resolved value the app uses:
 *  - reduced motion → viewStore.reducedMotion (what the scene reads) and <html data-motion="reduce|full">;
 *  - contrast → <html data-contrast="high|normal"> (contrast.css);
 *  - single-key shortcuts → whether the page-wide letter keys work (WCAG 2.1.4: they can be turned off).
 *
 * Where a choice comes from, strongest first: the link's option (`reducedMotion=on|off`, `contrast=high|normal`;
 * src/app/launchOptions.ts), the user's last change in the menu on this device (localStorage — written only when
 * the user changes something, never by just opening the app), else 'auto'. Nothing leaves the device.
 */
import { create } from 'zustand';
import { launch } from '../scenario/launchOptions';
import { useViewStore } from '../state/viewStore';

export type MotionChoice = 'auto' | 'on' | 'off';
export type ContrastChoice = 'auto' | 'normal' | 'high';

export const MOTION_CHOICES: readonly MotionChoice[] = ['auto', 'on', 'off'];
export const CONTRAST_CHOICES: readonly ContrastChoice[] = ['auto', 'normal', 'high'];

export interface A11yChoices {
  motion: MotionChoice;
  contrast: ContrastChoice;
  singleKeyShortcuts: boolean;
}

/** What the device says (CSS media features), kept current while the page is open. */
export interface DeviceSettings {
  /** prefers-reduced-motion: reduce */
  reducedMotion: boolean;
  /** prefers-contrast: more */
  moreContrast: boolean;
  /** forced-colors: active (Windows high-contrast themes) */
  forcedColors: boolean;
}

export const DEFAULT_CHOICES: A11yChoices = { motion: 'auto', contrast: 'auto', singleKeyShortcuts: true };

/** localStorage key of the remembered choices (JSON). */
const STORAGE_KEY = 'healsim.a11y';

export function resolveReducedMotion(choice: MotionChoice, device: DeviceSettings): boolean {
  return choice === 'auto' ? device.reducedMotion : choice === 'on';
}

export function resolveHighContrast(choice: ContrastChoice, device: DeviceSettings): boolean {
  return choice === 'auto' ? device.moreContrast || device.forcedColors : choice === 'high';
}

/** Reads remembered choices, ignoring anything malformed or unknown (an old or hand-edited value). */
export function parseSavedChoices(text: string | null): Partial<A11yChoices> {
  if (text === null) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const out: Partial<A11yChoices> = {};
  if (MOTION_CHOICES.includes(r.motion as MotionChoice)) out.motion = r.motion as MotionChoice;
  if (CONTRAST_CHOICES.includes(r.contrast as ContrastChoice)) out.contrast = r.contrast as ContrastChoice;
  if (typeof r.singleKeyShortcuts === 'boolean') out.singleKeyShortcuts = r.singleKeyShortcuts;
  return out;
}

/** The choices the app opens with: the link's explicit options win over what was remembered. */
export function initialChoices(
  fromLink: { reducedMotion: MotionChoice; contrast: ContrastChoice },
  saved: Partial<A11yChoices>,
): A11yChoices {
  return {
    motion: fromLink.reducedMotion !== 'auto' ? fromLink.reducedMotion : (saved.motion ?? DEFAULT_CHOICES.motion),
    contrast: fromLink.contrast !== 'auto' ? fromLink.contrast : (saved.contrast ?? DEFAULT_CHOICES.contrast),
    singleKeyShortcuts: saved.singleKeyShortcuts ?? DEFAULT_CHOICES.singleKeyShortcuts,
  };
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Sandboxed iframes and blocked cookies throw: then nothing is remembered.
    return null;
  }
}

function media(query: string): MediaQueryList | null {
  return typeof matchMedia === 'function' ? matchMedia(query) : null;
}

const QUERIES = {
  reducedMotion: '(prefers-reduced-motion: reduce)',
  moreContrast: '(prefers-contrast: more)',
  forcedColors: '(forced-colors: active)',
} as const satisfies Record<keyof DeviceSettings, string>;

function readDevice(): DeviceSettings {
  return {
    reducedMotion: media(QUERIES.reducedMotion)?.matches ?? false,
    moreContrast: media(QUERIES.moreContrast)?.matches ?? false,
    forcedColors: media(QUERIES.forcedColors)?.matches ?? false,
  };
}

export interface A11yState extends A11yChoices {
  device: DeviceSettings;
  setMotion(choice: MotionChoice): void;
  setContrast(choice: ContrastChoice): void;
  setSingleKeyShortcuts(on: boolean): void;
}

function remember(choices: A11yChoices): void {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(choices));
  } catch {
    // Quota or privacy mode: the choice holds for this visit only.
  }
}

function choicesOf(s: A11yState): A11yChoices {
  return { motion: s.motion, contrast: s.contrast, singleKeyShortcuts: s.singleKeyShortcuts };
}

export const useA11yStore = create<A11yState>()((set, get) => ({
  ...initialChoices(launch.state, parseSavedChoices(storage()?.getItem(STORAGE_KEY) ?? null)),
  device: readDevice(),
  // Setters are the user's changes (the menu): they are remembered.
  setMotion: (motion) => {
    set({ motion });
    remember(choicesOf(get()));
  },
  setContrast: (contrast) => {
    set({ contrast });
    remember(choicesOf(get()));
  },
  setSingleKeyShortcuts: (singleKeyShortcuts) => {
    set({ singleKeyShortcuts });
    remember(choicesOf(get()));
  },
}));

/** Pushes the resolved values to the view store and the document (idempotent). */
function apply(s: A11yState): void {
  const reduced = resolveReducedMotion(s.motion, s.device);
  if (useViewStore.getState().reducedMotion !== reduced) useViewStore.getState().setReducedMotion(reduced);
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  root.dataset.motion = reduced ? 'reduce' : 'full';
  root.dataset.contrast = resolveHighContrast(s.contrast, s.device) ? 'high' : 'normal';
}

/**
 * Applied once at load (before the first render, so nothing flashes) and on every change of a choice or of the
 * device's settings. Only in a browser: unit tests import the pure functions above without side effects.
 */
if (typeof window !== 'undefined') {
  apply(useA11yStore.getState());
  useA11yStore.subscribe(apply);
  for (const key of Object.keys(QUERIES) as (keyof DeviceSettings)[]) {
    media(QUERIES[key])?.addEventListener('change', (e) => {
      useA11yStore.setState((s) => ({ device: { ...s.device, [key]: e.matches } }));
    });
  }
}
