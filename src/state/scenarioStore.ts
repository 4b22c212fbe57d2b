/**
 * The scenario the user is exploring (pmndrs/zustand): which preset, which parameter values differ from it, the
 * seed, the app mode and the comparison. Everything a share link carries besides the view (viewStore.ts) and the
 * model time (the worker's). The resolved parameter set is derived, never stored: `resolveSide` validates it with
 * the schema, so a bad value can never reach a worker.
 */
import { paramErrorText } from '../i18n/modelLabels';
import { create } from 'zustand';
import { resolvePreset } from '../../workers/protocol';
import { DEFAULT_SPEED_H_PER_S } from '../../workers/model/playback';
import type { ParamId, ParamValue, Params } from '../../workers/protocol';

export const APP_MODES = ['patient', 'student', 'educator'] as const;
export type AppMode = (typeof APP_MODES)[number];

/**
 * Compare: 'off'; 'untreated' (B = A without needling: a control block, sessions = 0); 'custom' (B = A with B's own
 * changes on top).
 */
export const COMPARE_MODES = ['off', 'untreated', 'custom'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];

export type Overrides = Partial<Record<ParamId, ParamValue>>;

export { DEFAULT_SPEED_H_PER_S };
/** Speeds the timeline offers, model hours per second (1 h/s … ~a month per 5 s). */
export const SPEEDS_H_PER_S: readonly number[] = [1, 6, 24, 72, 168];

export interface ScenarioState {
  mode: AppMode;
  seed: number;
  preset: string;
  /** Values that differ from the preset's (the user's changes). */
  overrides: Overrides;
  compare: CompareMode;
  /** B's changes on top of A's parameters (compare = 'custom'). */
  overridesB: Overrides;
  /** Parameter ids an educator locked: shown, not editable, in patient and student modes. */
  locked: readonly ParamId[];
  speed: number;
  setMode(mode: AppMode): void;
  setSeed(seed: number): void;
  /** Chooses a preset and clears the changes made on the previous one. */
  setPreset(preset: string): void;
  setParam(id: ParamId, value: ParamValue): void;
  setParamB(id: ParamId, value: ParamValue): void;
  resetParams(): void;
  setCompare(compare: CompareMode): void;
  setLocked(ids: readonly ParamId[]): void;
  setSpeed(speed: number): void;
  /** Replaces the whole scenario at once (a share link, an embedder's setState). */
  load(next: Partial<Pick<ScenarioState, ScenarioField>>): void;
}

export type ScenarioField = 'mode' | 'seed' | 'preset' | 'overrides' | 'compare' | 'overridesB' | 'locked' | 'speed';

export const useScenarioStore = create<ScenarioState>()((set) => ({
  mode: 'student',
  seed: 1,
  preset: 'reference',
  overrides: {},
  compare: 'off',
  overridesB: {},
  locked: [],
  speed: DEFAULT_SPEED_H_PER_S,
  setMode: (mode) => set({ mode }),
  setSeed: (seed) => set({ seed }),
  setPreset: (preset) => set({ preset, overrides: {} }),
  setParam: (id, value) => set((s) => ({ overrides: withValue(s.preset, s.overrides, id, value) })),
  setParamB: (id, value) => set((s) => ({ overridesB: { ...s.overridesB, [id]: value } })),
  resetParams: () => set({ overrides: {}, overridesB: {} }),
  setCompare: (compare) => set({ compare }),
  setLocked: (locked) => set({ locked: [...locked] }),
  setSpeed: (speed) => set({ speed }),
  load: (next) => set(next),
}));

/** `overrides` with id set to value, dropping the entry when it equals the preset's own value (short links). */
function withValue(preset: string, overrides: Overrides, id: ParamId, value: ParamValue): Overrides {
  const next: Overrides = { ...overrides, [id]: value };
  const base = resolvePreset(preset);
  if (base.ok && Object.is(base.params[id], value)) delete next[id];
  return next;
}

/** Which side of a comparison. */
export type Side = 'a' | 'b';

/** The validated parameters of side A or B, or the errors (shown as a notice; the worker never sees them). */
export function resolveSide(
  s: Pick<ScenarioState, 'preset' | 'overrides' | 'compare' | 'overridesB'>,
  side: Side,
): { ok: true; params: Params } | { ok: false; message: string } {
  // An untreated B has A's parameters: "never needled" is the run's `untreated` option, not a parameter value
  // (sessions: 0 would be below the schema's minimum and refused).
  const overrides: Record<string, unknown> =
    side === 'a' || s.compare === 'untreated' ? s.overrides : { ...s.overrides, ...s.overridesB };
  const r = resolvePreset(s.preset, overrides);
  return r.ok ? r : { ok: false, message: r.errors.map(paramErrorText).join('; ') };
}
