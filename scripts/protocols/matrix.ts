/**
 * The protocol matrix: protocols over the input space the app offers, generated from the parameter schema
 * (workers/model/params.ts: ranges and options are read there, never restated here) and run as a sweep design.
 *
 * - Protocol grid (device, site and patient at the reference): sessions × interval × needle length. Levels are the
 *   schema's bounds plus the protocols of the trials (EVIDENCE §2d): 3 and 6 sessions (Harris 2015 median; El-Domyati
 *   2015, Alam 2014), 7, 14 and 28-day intervals (Dhurat 2013; Alam 2014; Harris 2015) and 1.0 and 1.5 mm needles
 *   (the default is the acne-scar median, Harris 2015).
 * - Factors: every other device option (at the schema's most passes) and body site, and every patient-section
 *   parameter (booleans switched on, numbers at both schema bounds), each under the stress protocols, the
 *   acne-scar course and one session; and one pen session at the most passes.
 * - `small` (CI): the extremes only: most sessions weekly at the longest needle, 6 × 14 d, one session at the
 *   shortest needle, and each device, body site and patient factor once under the acne-scar course (3 × 28 d).
 *
 * Every run lasts until FOLLOW_UP_DAYS after the last session: "assess ≥ 3 months after the last session"
 * (Minutilli 2024) and micro-wounds show no residual fibrosis at 3 months (Laubach 2006).
 */
import type { ParamDef, ParamValue } from '../../workers/model/params';
import { DEFAULTS, PARAM_BY_ID, PARAM_SCHEMA, offeredOptions } from '../../workers/model/params';
import type { SweepRow } from '../sweep/design';

export const FOLLOW_UP_DAYS = 90;
export const MATRIX_SIZES = ['small', 'full'] as const;
export type MatrixSize = (typeof MATRIX_SIZES)[number];

/** Trial protocols (EVIDENCE §2d) used as interior levels of the grid. */
const TRIAL_SESSIONS = [3, 6];
const TRIAL_INTERVALS_DAYS = [7, 14, 28];
const TRIAL_NEEDLES_MM = [1];
/** The acne-scar course (Harris 2015: 3 sessions, 4 weeks apart) under which the small matrix varies factors. */
const COURSE = { sessions: 3, interval_days: 28 };

export interface Protocol {
  /** Stable id, e.g. `s12-i7-n2.5` or `s3-i28-n1.5+smoker=true`. */
  readonly id: string;
  /** In words, e.g. `12 × 7 d, 2.5 mm pen · smoker`. */
  readonly label: string;
  /** Parameters that differ from the defaults. */
  readonly changes: Readonly<Record<string, ParamValue>>;
  readonly days: number;
  /** Drawn in the report's curves. */
  readonly extreme: boolean;
}

const SESSIONS = PARAM_BY_ID.sessions;
const INTERVAL = PARAM_BY_ID.interval_days;
const NEEDLE = PARAM_BY_ID.needle_length_mm;

function levels(def: { min: number; max: number }, trial: readonly number[], include: number[] = []): number[] {
  return [...new Set([def.min, ...trial, ...include, def.max])]
    .filter((v) => v >= def.min && v <= def.max)
    .sort((a, b) => a - b);
}

function protocolDays(sessions: number, intervalDays: number): number {
  return (sessions - 1) * intervalDays + FOLLOW_UP_DAYS;
}

function protocol(
  sessions: number,
  intervalDays: number,
  needleMm: number,
  factor: Readonly<Record<string, ParamValue>> = {},
  extreme = false,
): Protocol {
  const all: Record<string, ParamValue> = {
    sessions,
    interval_days: intervalDays,
    needle_length_mm: needleMm,
    ...factor,
  };
  const changes = Object.fromEntries(
    Object.entries(all).filter(([id, v]) => (DEFAULTS as Record<string, ParamValue>)[id] !== v),
  );
  const factorText = Object.entries(factor).map(([id, v]) => `${id}=${String(v)}`);
  const device = String(factor.device ?? DEFAULTS.device);
  const id = [`s${sessions}-i${sessions > 1 ? intervalDays : 0}-n${needleMm}`, ...factorText].join('+');
  const course = sessions > 1 ? `${sessions} × ${intervalDays} d` : '1 session';
  const label = [`${course}, ${needleMm} mm ${device}`, ...factorText.filter((t) => !t.startsWith('device='))].join(
    ' · ',
  );
  return { id, label, changes, days: protocolDays(sessions, intervalDays), extreme };
}

/** The factors besides the protocol: other devices, body sites and every patient parameter that acts on biology. */
export function factorLevels(): Record<string, ParamValue>[] {
  const out: Record<string, ParamValue>[] = [];
  const enumLevels = (def: ParamDef) =>
    // Offered option values are valid values of their parameter (the schema declares them); options not modelled
    // yet (conditions whose tissue is not built) are rejected by validation and so left out.
    def.kind === 'enum'
      ? offeredOptions(def)
          .map((o) => o.value as ParamValue)
          .filter((v) => v !== def.default)
      : [];
  // Other devices at the most passes the app offers: one roller pass makes ~15 holes/cm² (Singh & Yadav 2016),
  // none in a 1 mm² block, so a one-pass roller run would check nothing.
  for (const value of enumLevels(PARAM_BY_ID.device)) out.push({ device: value, passes: PARAM_BY_ID.passes.max });
  for (const def of PARAM_SCHEMA as readonly ParamDef[]) {
    // 'safety' patient entries only feed the safety notes (their descriptions say so): no biology to check.
    if (def.group !== 'patient' || def.section !== 'patient') continue;
    if (def.kind === 'enum') for (const value of enumLevels(def)) out.push({ [def.id]: value });
    else if (def.kind === 'boolean') out.push({ [def.id]: !def.default });
    else for (const value of [def.min, def.max]) if (value !== def.default) out.push({ [def.id]: value });
  }
  return out;
}

export function protocolMatrix(size: MatrixSize): Protocol[] {
  const maxSessions = SESSIONS.max;
  const weekly = TRIAL_INTERVALS_DAYS[0]!;
  const stress = [
    protocol(maxSessions, weekly, NEEDLE.max, {}, true),
    protocol(6, 14, NEEDLE.default, {}, true),
    protocol(1, INTERVAL.default, NEEDLE.min, {}, true),
  ];
  if (size === 'small') {
    const factors = factorLevels().map((f) => protocol(COURSE.sessions, COURSE.interval_days, NEEDLE.default, f));
    return dedupe([...stress, protocol(COURSE.sessions, COURSE.interval_days, NEEDLE.default), ...factors]);
  }
  const grid: Protocol[] = [];
  for (const needle of levels(NEEDLE, TRIAL_NEEDLES_MM, [NEEDLE.default])) {
    for (const sessions of levels(SESSIONS, TRIAL_SESSIONS)) {
      const intervals = sessions === 1 ? [INTERVAL.default] : levels(INTERVAL, TRIAL_INTERVALS_DAYS);
      for (const interval of intervals) {
        const extreme =
          (sessions === maxSessions &&
            (interval === INTERVAL.min || interval === INTERVAL.max) &&
            needle === NEEDLE.max) ||
          (sessions === 1 && needle === NEEDLE.max);
        grid.push(protocol(sessions, interval, needle, {}, extreme));
      }
    }
  }
  const factors = factorLevels().flatMap((f) => [
    protocol(maxSessions, weekly, NEEDLE.max, f),
    protocol(6, 14, NEEDLE.default, f),
    protocol(COURSE.sessions, COURSE.interval_days, NEEDLE.default, f),
    protocol(1, INTERVAL.default, NEEDLE.default, f),
  ]);
  const mostPasses = protocol(1, INTERVAL.default, NEEDLE.default, { passes: PARAM_BY_ID.passes.max }, true);
  return dedupe([...stress, ...grid, mostPasses, ...factors]);
}

function dedupe(protocols: Protocol[]): Protocol[] {
  const seen = new Map<string, Protocol>();
  for (const p of protocols) {
    const previous = seen.get(p.id);
    seen.set(p.id, previous ? { ...previous, extreme: previous.extreme || p.extreme } : p);
  }
  return [...seen.values()];
}

/** The matrix as sweep rows, one per protocol and seed. */
export function matrixRows(protocols: readonly Protocol[], seeds: readonly number[]): SweepRow[] {
  return protocols
    .flatMap((p) => seeds.map((seed) => ({ id: p.id, seed, days: p.days, changes: p.changes })))
    .map((row, index) => ({ ...row, index }));
}
