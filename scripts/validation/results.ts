/**
 * What the targets ask for (a {@link RunSpec}) and what they get back ({@link RunResults}): per run, every
 * seed's hourly metric series, read as a {@link MetricBand} (mean, min–max band, each seed's own series).
 *
 * A metric the engine does not record yet is absent from its series; asking for it throws
 * {@link MetricNotModelledError}, which the checks turn into a FAIL with that reason (never a pass).
 */
import { pointwiseStats } from './series';

/** One scenario a target needs: a preset with parameter overrides, run for `days` (seeds come from the CLI). */
export interface RunSpec {
  /** Preset id (workers/model/presets.ts). */
  readonly preset: string;
  /** Overrides on top of the preset, by parameter id (workers/model/params.ts). */
  readonly overrides: Readonly<Record<string, string | number | boolean>>;
  /** Model days from the first session. */
  readonly days: number;
  /**
   * The untreated control of this scenario: the same block, condition and seeds, never needled (as the untreated
   * side of a split-face trial). Absent: treated.
   */
  readonly untreated?: true;
}

export function runSpec(
  preset: string,
  overrides: RunSpec['overrides'],
  days: number,
  options: { untreated?: boolean } = {},
): RunSpec {
  return options.untreated === true ? { preset, overrides, days, untreated: true } : { preset, overrides, days };
}

/** Stable, readable identity of a spec, e.g. `reference needle_length_mm=0.5 · 42 d`. */
export function specKey(spec: RunSpec): string {
  return `${scenarioLabel(spec)} · ${spec.days} d`;
}

/** The scenario without its duration, e.g. `reference needle_length_mm=0.5`, `reference untreated`. */
export function scenarioLabel(spec: RunSpec): string {
  const overrides = Object.keys(spec.overrides)
    .sort()
    .map((id) => `${id}=${String(spec.overrides[id])}`);
  return [spec.preset, ...overrides, ...(spec.untreated ? ['untreated'] : [])].join(' ');
}

/** One seed's numeric series by metric key, `t_h` included (the `phase` strings are dropped). */
export type SeedSeries = Readonly<Record<string, readonly number[]>>;

/** One metric of one run across seeds. */
export interface MetricBand {
  /** Model hours of each sample. */
  readonly t: readonly number[];
  /** Pointwise mean over seeds: what the targets are judged on. */
  readonly mean: readonly number[];
  readonly min: readonly number[];
  readonly max: readonly number[];
  /** Each seed's own series (for the spread of a measurement across seeds). */
  readonly perSeed: readonly (readonly number[])[];
}

export class MetricNotModelledError extends Error {
  override name = 'MetricNotModelledError';
  constructor(readonly metric: string) {
    super(`metric ${metric} not modelled yet`);
  }
}

export class RunResults {
  private readonly seedsByKey: ReadonlyMap<string, readonly SeedSeries[]>;

  constructor(entries: Iterable<readonly [RunSpec, readonly SeedSeries[]]>) {
    this.seedsByKey = new Map(Array.from(entries, ([spec, seeds]) => [specKey(spec), seeds] as const));
  }

  /** The metric across seeds; throws MetricNotModelledError if any seed lacks it. */
  metric(spec: RunSpec, key: string): MetricBand {
    const seeds = this.seeds(spec);
    const perSeed = seeds.map((s) => s[key]);
    if (perSeed.some((series) => series === undefined)) throw new MetricNotModelledError(key);
    const series = perSeed as (readonly number[])[];
    const stats = pointwiseStats(series);
    const t = seeds[0]!.t_h!.slice(0, stats.mean.length);
    return { t, ...stats, perSeed: series.map((s) => s.slice(0, t.length)) };
  }

  /** Metric keys every seed of the run recorded. */
  metricKeys(spec: RunSpec): string[] {
    const seeds = this.seeds(spec);
    return Object.keys(seeds[0]!).filter((key) => seeds.every((s) => s[key] !== undefined));
  }

  private seeds(spec: RunSpec): readonly SeedSeries[] {
    const seeds = this.seedsByKey.get(specKey(spec));
    if (!seeds || seeds.length === 0) throw new Error(`run '${specKey(spec)}' was not run`);
    return seeds;
  }
}
