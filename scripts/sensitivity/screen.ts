/**
 * The Morris screen end to end: factors (parameters.ts) → trajectory design (design.ts) → sweep rows (one per
 * design point, all with the same simulation seed, so an effect is the parameter's and not seed noise) → the
 * outputs of every run (outputs.ts) → μ*, μ and σ per parameter and output (effects.ts), ranked by μ*.
 */
import type { ParamValue } from '../../workers/model/params';
import type { SweepRow } from '../sweep/design';
import type { SweepRecord } from '../sweep/output';
import type { MorrisDesign } from './design';
import { elementaryEffects } from './effects';
import type { ScreenOutput } from './outputs';
import { outputValue } from './outputs';
import type { Factor } from './parameters';
import { factorValue } from './parameters';

export const SENSITIVITY_VERSION = 1;

export interface RankedEffect {
  readonly param: string;
  readonly muStar: number;
  readonly mu: number;
  readonly sigma: number;
}

export interface SensitivityResult {
  readonly version: typeof SENSITIVITY_VERSION;
  readonly engine: string;
  readonly method: string;
  /** Design seed (trajectories) and simulation seed (every run). */
  readonly seed: number;
  readonly runSeed: number;
  readonly trajectories: number;
  readonly levels: number;
  readonly delta: number;
  readonly days: number;
  /** Overrides under every run (quality, block width). */
  readonly base: Readonly<Record<string, ParamValue>>;
  readonly runs: number;
  readonly failedRuns: number;
  readonly factors: readonly Factor[];
  /** Output key → parameters ranked by μ* (largest first). */
  readonly metrics: Readonly<
    Record<string, { readonly description: string; readonly ranking: readonly RankedEffect[] }>
  >;
}

export function pointId(trajectory: number, point: number): string {
  return `t${trajectory}-p${point}`;
}

/** The design as sweep rows: each point's factor values as parameter changes. */
export function screenRows(
  design: MorrisDesign,
  factors: readonly Factor[],
  days: number,
  runSeed: number,
): SweepRow[] {
  const rows: SweepRow[] = [];
  design.trajectories.forEach((trajectory, t) => {
    trajectory.points.forEach((point, j) => {
      const changes: Record<string, ParamValue> = {};
      factors.forEach((factor, i) => (changes[factor.id] = factorValue(factor, point[i]!)));
      rows.push({ index: rows.length, id: pointId(t, j), seed: runSeed, days, changes });
    });
  });
  return rows;
}

export function screenResult(
  design: MorrisDesign,
  factors: readonly Factor[],
  records: readonly SweepRecord[],
  outputs: readonly ScreenOutput[],
  info: Pick<SensitivityResult, 'engine' | 'runSeed' | 'days' | 'base'>,
): SensitivityResult {
  const byId = new Map(records.map((r) => [r.id, r]));
  const metrics: Record<string, { description: string; ranking: RankedEffect[] }> = {};
  for (const output of outputs) {
    const values = design.trajectories.map((trajectory, t) =>
      trajectory.points.map((_, j) => {
        const record = byId.get(pointId(t, j));
        return record?.ok ? outputValue(record.summary, output) : Number.NaN;
      }),
    );
    const effects = elementaryEffects(design, values);
    const ranking = factors
      .map((factor, i) => ({
        param: factor.id,
        muStar: round(effects[i]!.muStar),
        mu: round(effects[i]!.mu),
        sigma: round(effects[i]!.sigma),
      }))
      .sort(
        (a, b) =>
          (Number.isNaN(b.muStar) ? -1 : b.muStar) - (Number.isNaN(a.muStar) ? -1 : a.muStar) ||
          a.param.localeCompare(b.param),
      );
    metrics[output.key] = { description: output.description, ranking };
  }
  return {
    version: SENSITIVITY_VERSION,
    ...info,
    method:
      'Morris elementary effects (trajectory design, Campolongo 2007): μ* = mean |effect|, σ = SD of effects; an ' +
      'effect is the output change for one factor moving up by Δ of its range (log axis for log-scale parameters)',
    seed: design.seed,
    trajectories: design.r,
    levels: design.p,
    delta: design.delta,
    runs: records.length,
    failedRuns: records.filter((r) => !r.ok).length,
    factors,
    metrics,
  };
}

/** 4 significant digits (JSON: NaN becomes null). */
function round(v: number): number {
  return Number.isFinite(v) ? Number(v.toPrecision(4)) : Number.NaN;
}
