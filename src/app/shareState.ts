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
import type { CameraPreset, TierChoice } from '../state/viewStore';

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
}

/** Everything a URL describes. */
export interface ShareState extends AppOptions {
  /** Side A's parameter values that differ from the preset's. */
  params: Overrides;
  /** Side B's changes on top of A (compare = custom). */
  paramsB: Overrides;
}

type Parse<T> = (raw: string) => { ok: true; value: T } | { ok: false; error: string };

function oneOf<T extends string>(values: readonly T[]): Parse<T> {
  return (raw) =>
    (values as readonly string[]).includes(raw)
      ? { ok: true, value: raw as T }
      : { ok: false, error: `must be one of ${values.join(', ')}` };
}

function numberIn(min: number, max: number, integer = false): Parse<number> {
  return (raw) => {
    const v = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) {
      return { ok: false, error: `must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}` };
    }
    return { ok: true, value: v };
  };
}

interface OptionDef<T> {
  fallback: T;
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
    parse: (raw) =>
      isPresetId(raw) ? { ok: true, value: raw } : { ok: false, error: `must be one of ${PRESET_IDS.join(', ')}` },
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
    parse: (raw) =>
      raw === '1' || raw === '0' ? { ok: true, value: raw === '1' } : { ok: false, error: 'must be 0 or 1' },
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
        ? { ok: false, error: `names no parameter: ${unknown.join(', ')}` }
        : { ok: true, value: ids as ParamId[] };
    },
    write: (ids) => ids.join(','),
    doc: 'parameters locked by an educator (comma-separated ids)',
  },
  overlay: {
    fallback: null,
    parse: (raw) => {
      if (raw === 'none') return { ok: true, value: null };
      const r = oneOf(OVERLAY_FIELDS)(raw);
      return r.ok ? r : { ok: false, error: `must be none or one of ${OVERLAY_FIELDS.join(', ')}` };
    },
    write: (o) => o ?? 'none',
    doc: 'field on the heat-map slice',
  },
  camera: {
    fallback: 'overview',
    parse: oneOf(['overview', 'surface', 'cross-section', 'channel'] as const),
    doc: 'camera preset',
  },
  tier: { fallback: 'auto', parse: oneOf(['auto', 'low', 'medium', 'high'] as const), doc: 'render tier' },
  cut: { fallback: 0.5, parse: numberIn(0, 1), doc: 'cut-away position across the block (0 front … 1 back)' },
};

export interface ParsedShareState {
  state: ShareState;
  /** One message per bad or unknown value, naming it and the fallback used. */
  notices: string[];
}

/** Reads a URL query. Never throws; bad values fall back to defaults with a notice. */
export function parseShareState(search: string): ParsedShareState {
  const query = new URLSearchParams(search);
  const notices: string[] = [];
  const options = {} as Record<string, unknown>;
  for (const key of Object.keys(APP_OPTIONS) as (keyof AppOptions)[]) {
    const def = APP_OPTIONS[key] as OptionDef<unknown>;
    options[key] = def.fallback;
    const raw = query.get(key);
    if (raw === null) continue;
    const result = def.parse(raw);
    if (result.ok) options[key] = result.value;
    else notices.push(`Link option "${key}=${raw}" ${result.error}; using ${describe(def.fallback)}.`);
  }
  const state = { ...(options as unknown as AppOptions), params: {} as Overrides, paramsB: {} as Overrides };
  if (state.v > SHARE_FORMAT_VERSION) {
    notices.push(`This link was made by a newer HealSim (format ${state.v}); some settings may not apply.`);
  }
  // Opening at a time shows that moment: paused unless play=1 is asked for explicitly.
  if (state.t !== null && query.get('play') === null) state.play = false;
  for (const [key, raw] of query) {
    if (Object.hasOwn(APP_OPTIONS, key) || RESERVED_KEYS.has(key)) continue;
    const sideB = key.startsWith(B_PREFIX);
    const id = sideB ? key.slice(B_PREFIX.length) : key;
    if (!isParamId(id)) {
      notices.push(`Link option "${key}" is not known to this version of HealSim; ignored.`);
      continue;
    }
    const parsed = parseParamValue(id, raw);
    if (!parsed.ok) {
      notices.push(`Link value ${parsed.error.message}; using the preset's value.`);
      continue;
    }
    (sideB ? state.paramsB : state.params)[id] = parsed.value;
  }
  return { state, notices };
}

/**
 * Keys other modules own (issue 7's embedding options read them from the same query); the share parser leaves
 * them alone instead of calling them unknown.
 */
export const EMBEDDING_KEYS: readonly string[] = [
  'locale',
  'kiosk',
  'controls',
  'reducedMotion',
  'contrast',
  'autoplay',
  'allowOrigin',
];
const RESERVED_KEYS = new Set(EMBEDDING_KEYS);

function describe(value: unknown): string {
  if (value === null) return 'none';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(',');
  return String(value);
}

/** The query string (no '?') of a share link: only the values that differ from the defaults, in a stable order. */
export function writeShareQuery(state: ShareState): string {
  const query = new URLSearchParams();
  for (const key of Object.keys(APP_OPTIONS) as (keyof AppOptions)[]) {
    if (key === 'v') continue;
    const def = APP_OPTIONS[key] as OptionDef<unknown>;
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
