/**
 * URL options of the view, declared in one table with validation (PhET-style query parameters). Issue 7 folds
 * these into the full embedding schema; the shape stays: each option has a parser that returns a value or an
 * error message, and a bad value falls back to the default with a notice.
 *
 *   t         model hours to open at (the app seeks there and pauses)          number ≥ 0
 *   play      start playing (1) or paused (0)                                   0 | 1, default 1 (0 when t is set)
 *   seed      random seed of the run                                           integer 0–4294967295, default 1
 *   preset    scenario preset id                                               default 'reference'
 *   overlay   field shown on the heat-map slice                                one of OVERLAY_FIELDS | none
 *   camera    camera preset                                                    overview | surface | cross-section | channel
 *   tier      render tier                                                      auto | low | medium | high
 *   cut       cut-away position across the block                               0–1
 *   quality   the model's grid (a model parameter)                             low | medium | high
 */
import { OVERLAY_FIELDS } from '../../workers/protocol';
import type { OverlayField } from '../../workers/protocol';
import type { CameraPreset, TierChoice } from '../state/viewStore';

export interface ViewParams {
  t: number | null;
  play: boolean;
  seed: number;
  preset: string;
  overlay: OverlayField | null;
  camera: CameraPreset;
  tier: TierChoice;
  cut: number;
  quality: 'low' | 'medium' | 'high' | null;
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

const SCHEMA: { [K in keyof ViewParams]: { fallback: ViewParams[K]; parse: Parse<ViewParams[K]> } } = {
  t: { fallback: null, parse: numberIn(0, 24 * 365 * 2) },
  play: {
    fallback: true,
    parse: (raw) =>
      raw === '1' || raw === '0' ? { ok: true, value: raw === '1' } : { ok: false, error: 'must be 0 or 1' },
  },
  seed: { fallback: 1, parse: numberIn(0, 0xffffffff, true) },
  preset: {
    fallback: 'reference',
    parse: (raw) =>
      /^[a-z0-9_-]{1,40}$/.test(raw) ? { ok: true, value: raw } : { ok: false, error: 'is not a preset id' },
  },
  overlay: {
    fallback: null,
    parse: (raw) => {
      if (raw === 'none') return { ok: true, value: null };
      const r = oneOf(OVERLAY_FIELDS)(raw);
      return r.ok ? r : { ok: false, error: `must be none or one of ${OVERLAY_FIELDS.join(', ')}` };
    },
  },
  camera: { fallback: 'overview', parse: oneOf(['overview', 'surface', 'cross-section', 'channel'] as const) },
  tier: { fallback: 'auto', parse: oneOf(['auto', 'low', 'medium', 'high'] as const) },
  cut: { fallback: 0.5, parse: numberIn(0, 1) },
  quality: { fallback: null, parse: oneOf(['low', 'medium', 'high'] as const) },
};

export interface ParsedViewParams {
  params: ViewParams;
  /** One message per bad value, naming the option, the value and the fallback used. */
  notices: string[];
}

export function parseViewParams(search: string): ParsedViewParams {
  const query = new URLSearchParams(search);
  const notices: string[] = [];
  const params = {} as Record<string, unknown>;
  for (const key of Object.keys(SCHEMA) as (keyof ViewParams)[]) {
    const entry = SCHEMA[key];
    const raw = query.get(key);
    params[key] = entry.fallback;
    if (raw === null) continue;
    const result = entry.parse(raw);
    if (result.ok) params[key] = result.value;
    else notices.push(`URL option "${key}=${raw}" ${result.error}; using ${String(entry.fallback)}.`);
  }
  const parsed = params as unknown as ViewParams;
  // Opening at a time shows that moment: paused unless play=1 is asked for explicitly.
  if (parsed.t !== null && query.get('play') === null) parsed.play = false;
  return { params: parsed, notices };
}
