/**
 * The app's URL: ONE declared table of options (PhET-style query parameters), each with a parser that returns a
 * value or an error, plus every model parameter by its schema id (`needle_length_mm=2`) and, for comparison side
 * B, `b.<id>`. A share link is this URL with the values that differ from the defaults; opening it restores the
 * same scenario, seed, mode, view and model time, so a worker lands on the identical state (same metrics at the
 * same hour). A bad or stale value never blanks the page: it falls back to the default and adds a notice naming
 * the option, the value and what was used instead.
 *
 *   v         link format version                                              1 (newer: parsed as far as possible)
 *   mode      who the app is for                                               patient | student | educator
 *   seed      random seed of the run                                           integer 0–4294967295, default 1
 *   preset    scenario preset id (the parameters below change it)             a preset id, default 'reference'
 *   t         model hours to open at (the app seeks there and pauses)          number ≥ 0 (0.1 h steps)
 *   play      start playing (1) or paused (0)                                   0 | 1, default 1 (0 when t is set)
 *   speed     model hours per second while playing                             0.1–720, default 6
 *   compare   second scenario beside the first                                 off | untreated | custom
 *   lock      parameters an educator locked (comma-separated ids)              parameter ids
 *   overlay   field shown on the heat-map slice                                none | one of OVERLAY_FIELDS
 *   camera    camera preset                                                    overview | surface | cross-section | channel
 *   tier      render tier                                                      auto | low | medium | high
 *   cut       cut-away position across the block                               0–1
 *   <param>   any model parameter by id (the schema validates it)              its unit, range or options
 *   b.<param> a parameter of comparison side B                                 as above
 *
 * Embedding and device options (read from the URL but never written into share links — they belong to the page
 * that embeds HealSim or to the device, not to the scenario; the address bar keeps them as they were):
 *   locale        language                                                     auto | en | es | ar | en-XA
 *   autoplay      same as play (the name embedders expect)                     0 | 1
 *   controls      which controls show                                          full | timeline | none
 *   reducedMotion reduced motion                                               auto | on | off
 *   contrast      colour profile                                               auto | normal | high
 *   kiosk         consult-room kiosk                                           0 | 1
 *   clinic        clinic name shown in kiosk mode                              text, ≤ 60 characters
 *   logo          clinic logo (same-origin path or data:image URL)             e.g. clinic-logo.png
 *   accent        accent colour                                                #rgb or #rrggbb
 *   idle          kiosk: minutes without input before reset to the start        0.5–120, default 5
 *   attract       kiosk: seconds without input before the attract loop          10–600, default 60
 *   allowOrigin   parent origins allowed to send postMessage commands           comma-separated origins
 *
 * Every error is a Notice (a locale key and values), turned into text in the active language when shown.
 */
import { OVERLAY_FIELDS } from '../../workers/protocol';
import type { OverlayField } from '../../workers/protocol';
import {
  PARAM_IDS,
  formatParamValue,
  isParamId,
  isPresetId,
  parseParamValue,
  PRESET_IDS,
} from '../../workers/protocol';
import type { ParamId, ParamValue } from '../../workers/protocol';
import { APP_MODES, COMPARE_MODES, DEFAULT_SPEED_H_PER_S } from '../state/scenarioStore';
import type { AppMode, CompareMode, Overrides } from '../state/scenarioStore';
import { CAMERA_PRESETS, TIER_CHOICES } from '../state/viewStore';
import type { CameraPreset, TierChoice } from '../state/viewStore';
import { isLocale, LOCALES, t } from '../i18n';
import type { Locale } from '../i18n';
import { paramErrorText } from '../i18n/modelLabels';

/** Current link format. Bump when an option changes meaning; parse older versions with a migration. */
export const SHARE_FORMAT_VERSION = 1;
/** Prefix of comparison side B's parameters. */
const B_PREFIX = 'b.';

export interface AppOptions {
  v: number;
  mode: AppMode;
  seed: number;
  preset: string;
  t: number | null;
  play: boolean;
  speed: number;
  compare: CompareMode;
  lock: ParamId[];
  overlay: OverlayField | null;
  camera: CameraPreset;
  tier: TierChoice;
  cut: number;
  locale: Locale | 'auto';
  autoplay: boolean | null;
  controls: ControlsChoice;
  reducedMotion: 'auto' | 'on' | 'off';
  contrast: 'auto' | 'normal' | 'high';
  kiosk: boolean;
  clinic: string;
  logo: string | null;
  accent: string | null;
  idle: number;
  attract: number;
  /** null: commands from any parent are accepted; a list (possibly empty): only these origins. */
  allowOrigin: string[] | null;
}

/** full: everything; timeline: the 3D view and the timeline (no side panel); none: the 3D view only. */
export const CONTROLS_CHOICES = ['full', 'timeline', 'none'] as const;
export type ControlsChoice = (typeof CONTROLS_CHOICES)[number];

/** A message for the user: a locale key (namespace app, under notice./optionError.) and its values. */
export interface Notice {
  key: string;
  values?: Record<string, string | number | Notice>;
}

/** A notice in the active language (nested notices are translated first). */
export function noticeText(notice: Notice): string {
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(notice.values ?? {})) values[k] = typeof v === 'object' ? noticeText(v) : v;
  return t(`app:${notice.key}`, values);
}

/** Everything a URL describes (a share link writes the scenario part; embedding options stay with the page). */
export interface ShareState extends AppOptions {
  /** Side A's parameter values that differ from the preset's. */
  params: Overrides;
  /** Side B's changes on top of A (compare = custom). */
  paramsB: Overrides;
}

type Parse<T> = (raw: string) => { ok: true; value: T } | { ok: false; error: Notice };

function oneOf<T extends string>(values: readonly T[]): Parse<T> {
  return (raw) =>
    (values as readonly string[]).includes(raw)
      ? { ok: true, value: raw as T }
      : { ok: false, error: { key: 'optionError.oneOf', values: { list: values.join(', ') } } };
}

function numberIn(min: number, max: number, integer = false): Parse<number> {
  return (raw) => {
    const v = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) {
      return {
        ok: false,
        error: { key: integer ? 'optionError.integer' : 'optionError.number', values: { min, max } },
      };
    }
    return { ok: true, value: v };
  };
}

const zeroOrOne: Parse<boolean> = (raw) =>
  raw === '1' || raw === '0'
    ? { ok: true, value: raw === '1' }
    : { ok: false, error: { key: 'optionError.zeroOrOne' } };

/** A web origin as a browser writes it (scheme://host[:port]), nothing after it. */
function parseOrigin(raw: string): string | null {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin === raw.replace(/\/$/, '') ? url.origin : null;
  } catch {
    return null;
  }
}

/** Whether text has control characters (line breaks, escapes): not allowed in a one-line clinic name. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Clinic branding text: plain, short, no control characters. */
const CLINIC_MAX_CHARS = 60;
/** A same-origin relative path to an image (no scheme, no '//', no '..'), or an inline data:image URL. */
const LOGO_PATH = /^(?!\/\/)(?!.*\.\.)[\w\-./]+\.(png|svg|webp|jpg|jpeg)$/i;
const DATA_IMAGE = /^data:image\/(png|svg\+xml|webp|jpeg);base64,[A-Za-z0-9+/=]+$/;
const HEX_COLOUR = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

interface OptionDef<T> {
  fallback: T;
  /** Used instead of the fallback when a value is given but bad (allowOrigin fails closed). */
  onError?: T;
  /** false: read from the URL but never written into share links (embedding and device options). */
  share?: boolean;
  parse: Parse<T>;
  /** Text for a link (inverse of parse). */
  write?: (value: T) => string;
  /** One line for docs and the embed dialog. */
  doc: string;
}

/** The app options, declared once: parsed from the URL, written into share links, documented in docs/embedding.md. */
export const APP_OPTIONS: { [K in keyof AppOptions]: OptionDef<AppOptions[K]> } = {
  v: { fallback: SHARE_FORMAT_VERSION, parse: numberIn(1, 1000, true), doc: 'link format version' },
  mode: { fallback: 'student', parse: oneOf(APP_MODES), doc: 'who the app is for: patient, student or educator' },
  seed: { fallback: 1, parse: numberIn(0, 0xffffffff, true), doc: 'random seed of the run' },
  preset: {
    fallback: 'reference',
    parse: (raw) => (isPresetId(raw) ? { ok: true, value: raw } : oneOf(PRESET_IDS)(raw)),
    doc: 'scenario preset',
  },
  t: {
    fallback: null,
    parse: numberIn(0, 24 * 365 * 2),
    write: (t) => (t === null ? '' : String(Math.round(t * 10) / 10)),
    doc: 'model hours to open at (paused there unless play=1)',
  },
  play: {
    fallback: true,
    parse: zeroOrOne,
    write: (play) => (play ? '1' : '0'),
    doc: 'start playing (1) or paused (0)',
  },
  speed: { fallback: DEFAULT_SPEED_H_PER_S, parse: numberIn(0.1, 720), doc: 'model hours per second while playing' },
  compare: { fallback: 'off', parse: oneOf(COMPARE_MODES), doc: 'second scenario: off, untreated or custom (b.<id>)' },
  lock: {
    fallback: [],
    parse: (raw) => {
      const ids = raw.split(',').filter((id) => id !== '');
      const unknown = ids.filter((id) => !isParamId(id));
      return unknown.length > 0
        ? { ok: false, error: { key: 'optionError.unknownParams', values: { ids: unknown.join(', ') } } }
        : { ok: true, value: ids as ParamId[] };
    },
    write: (ids) => ids.join(','),
    doc: 'parameters locked by an educator (comma-separated ids)',
  },
  overlay: {
    fallback: null,
    parse: (raw) => {
      if (raw === 'none') return { ok: true, value: null };
      return oneOf(['none', ...OVERLAY_FIELDS] as const)(raw) as ReturnType<Parse<OverlayField>>;
    },
    write: (o) => o ?? 'none',
    doc: 'field on the heat-map slice',
  },
  camera: {
    fallback: 'overview',
    parse: oneOf(CAMERA_PRESETS),
    doc: 'camera preset',
  },
  tier: { fallback: 'auto', parse: oneOf(TIER_CHOICES), doc: 'render tier' },
  cut: { fallback: 0.5, parse: numberIn(0, 1), doc: 'cut-away position across the block (0 front … 1 back)' },
  locale: {
    fallback: 'auto',
    share: false,
    parse: (raw) => (raw === 'auto' || isLocale(raw) ? { ok: true, value: raw } : oneOf(['auto', ...LOCALES])(raw)),
    doc: 'language: auto (the browser’s), en, es, ar (right-to-left) or en-XA (pseudo-locale for layout tests)',
  },
  autoplay: {
    fallback: null,
    share: false,
    parse: zeroOrOne,
    write: (v) => (v ? '1' : '0'),
    doc: 'same as play: start playing (1) or paused (0)',
  },
  controls: {
    fallback: 'full',
    share: false,
    parse: oneOf(CONTROLS_CHOICES),
    doc: 'full (everything), timeline (3D view and timeline, no side panel) or none (3D view only)',
  },
  reducedMotion: {
    fallback: 'auto',
    share: false,
    parse: (raw) =>
      raw === '1'
        ? { ok: true, value: 'on' }
        : raw === '0'
          ? { ok: true, value: 'off' }
          : oneOf(['auto', 'on', 'off'] as const)(raw),
    doc: 'reduced motion: auto (the device setting), on or off',
  },
  contrast: {
    fallback: 'auto',
    share: false,
    parse: oneOf(['auto', 'normal', 'high'] as const),
    doc: 'colour profile: auto (the device setting), normal or high contrast',
  },
  kiosk: {
    fallback: false,
    share: false,
    parse: zeroOrOne,
    write: (v) => (v ? '1' : '0'),
    doc: 'consult-room kiosk (1)',
  },
  clinic: {
    fallback: '',
    share: false,
    parse: (raw) =>
      raw.length <= CLINIC_MAX_CHARS && !hasControlCharacters(raw)
        ? { ok: true, value: raw.trim() }
        : { ok: false, error: { key: 'optionError.text', values: { max: CLINIC_MAX_CHARS } } },
    doc: `kiosk: clinic name in the header (plain text, at most ${CLINIC_MAX_CHARS} characters)`,
  },
  logo: {
    fallback: null,
    share: false,
    parse: (raw) =>
      LOGO_PATH.test(raw) || DATA_IMAGE.test(raw)
        ? { ok: true, value: raw }
        : { ok: false, error: { key: 'optionError.logo' } },
    write: (v) => v ?? '',
    doc: 'kiosk: clinic logo — an image path next to the app (e.g. clinic-logo.png) or a data:image URL; never another site',
  },
  accent: {
    fallback: null,
    share: false,
    parse: (raw) =>
      HEX_COLOUR.test(raw)
        ? { ok: true, value: raw.toLowerCase() }
        : { ok: false, error: { key: 'optionError.colour' } },
    write: (v) => v ?? '',
    doc: 'accent colour (#rgb or #rrggbb; URL-encode # as %23)',
  },
  idle: {
    fallback: 5,
    share: false,
    parse: numberIn(0.5, 120),
    doc: 'kiosk: minutes without input before it resets to the start',
  },
  attract: {
    fallback: 60,
    share: false,
    parse: numberIn(10, 600),
    doc: 'kiosk: seconds without input before the attract loop plays',
  },
  allowOrigin: {
    fallback: null,
    onError: [],
    share: false,
    parse: (raw) => {
      const list = raw
        .split(',')
        .map((o) => o.trim())
        .filter((o) => o !== '');
      const bad = list.filter((o) => parseOrigin(o) === null);
      if (list.length === 0 || bad.length > 0) {
        return { ok: false, error: { key: 'optionError.origins', values: { bad: bad.join(', ') || raw } } };
      }
      return { ok: true, value: list.map((o) => parseOrigin(o)!) };
    },
    write: (v) => (v ?? []).join(','),
    doc: 'postMessage: parent origins allowed to send commands (comma-separated, e.g. https://course.example.edu); replies and events go only to them (a page of any other origin gets only a refusal). A bad value accepts no commands at all.',
  },
};

export interface ParsedShareState {
  state: ShareState;
  /** One message per bad or unknown value, naming it and the fallback used. */
  notices: Notice[];
}

/** Reads a URL query. Never throws; bad values fall back to defaults with a notice. */
export function parseShareState(search: string): ParsedShareState {
  const query = new URLSearchParams(search);
  const notices: Notice[] = [];
  const options = {} as Record<string, unknown>;
  for (const key of Object.keys(APP_OPTIONS) as (keyof AppOptions)[]) {
    const def = APP_OPTIONS[key] as OptionDef<unknown>;
    options[key] = def.fallback;
    const raw = query.get(key);
    if (raw === null) continue;
    const result = def.parse(raw);
    if (result.ok) {
      options[key] = result.value;
      continue;
    }
    const used = def.onError !== undefined ? def.onError : def.fallback;
    options[key] = used;
    notices.push({
      key: 'notice.badOption',
      values: { option: key, raw, problem: result.error, used: describe(used) },
    });
  }
  const state = { ...(options as unknown as AppOptions), params: {} as Overrides, paramsB: {} as Overrides };
  if (state.v > SHARE_FORMAT_VERSION) {
    notices.push({ key: 'notice.newerLink', values: { version: state.v } });
  }
  // A consult-room kiosk is for patients unless the link says otherwise.
  if (state.kiosk && query.get('mode') === null) state.mode = 'patient';
  // Opening at a time shows that moment: paused unless play=1 (or autoplay=1) is asked for explicitly.
  if (state.autoplay !== null && query.get('play') === null) state.play = state.autoplay;
  else if (state.t !== null && query.get('play') === null) state.play = false;
  for (const [key, raw] of query) {
    if (Object.hasOwn(APP_OPTIONS, key)) continue;
    const sideB = key.startsWith(B_PREFIX);
    const id = sideB ? key.slice(B_PREFIX.length) : key;
    if (!isParamId(id)) {
      notices.push({ key: 'notice.unknownOption', values: { option: key } });
      continue;
    }
    const parsed = parseParamValue(id, raw);
    if (!parsed.ok) {
      notices.push({ key: 'notice.badParam', values: { problem: paramErrorText(parsed.error) } });
      continue;
    }
    (sideB ? state.paramsB : state.params)[id] = parsed.value;
  }
  return { state, notices };
}

/** The options that are read from the URL but never written into share links (kept as they are by useUrlSync). */
export const EMBEDDING_KEYS: readonly string[] = (Object.keys(APP_OPTIONS) as (keyof AppOptions)[]).filter(
  (key) => APP_OPTIONS[key].share === false,
);

function describe(value: unknown): string {
  if (value === null) return 'none';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(',');
  return String(value);
}

/** The query string (no '?') of a share link: only the values that differ from the defaults, in a stable order. */
export function writeShareQuery(state: ShareState): string {
  const query = new URLSearchParams();
  for (const key of Object.keys(APP_OPTIONS) as (keyof AppOptions)[]) {
    const def = APP_OPTIONS[key] as OptionDef<unknown>;
    if (key === 'v' || def.share === false) continue;
    const value = state[key];
    // play's default depends on t (paused at a given time, playing otherwise): written only when it differs.
    const implied = key === 'play' ? state.t === null : def.fallback;
    if (sameValue(value, implied)) continue;
    query.set(key, def.write ? def.write(value) : String(value));
  }
  for (const [prefix, values] of [
    ['', state.params],
    [B_PREFIX, state.paramsB],
  ] as const) {
    for (const id of PARAM_IDS) {
      const value = values[id];
      if (value !== undefined) query.set(prefix + id, formatParamValue(value as ParamValue));
    }
  }
  query.set('v', String(SHARE_FORMAT_VERSION));
  return query.toString();
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return Object.is(a, b);
}
