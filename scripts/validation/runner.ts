/**
 * Runs what the targets need, each simulation once.
 *
 * Sharing: every RunSpec × seed is resolved to its full parameter set; specs that resolve to the same
 * parameters and seed (e.g. `reference` and `reference needle_length_mm=1.5`, or the same scenario read at 7
 * and at 180 days) share ONE simulation, run for the longest duration asked. Shorter specs read the first part
 * of its series — identical to a shorter run, because the engine is deterministic in model time — so a target's
 * result does not depend on which other targets were selected. Finished series are cached for the process.
 *
 * Cost: all validation runs use a fixed 1 mm² block and, by default, the low quality tier (see
 * VALIDATION_BLOCK_WIDTH_UM, DEFAULT_QUALITY). Independent simulations run in parallel worker threads.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { tsxWorker } from '../lib/tsxWorker';
import type { Params } from '../../workers/model/params';
import { resolvePreset } from '../../workers/model/presets';
import type { RunSpec, SeedSeries } from './results';
import { RunResults, scenarioLabel, specKey } from './results';
import { simulateSeries } from './simulateRun';
import type { WorkerJob, WorkerMessage } from './simWorker';

export const QUALITIES = ['low', 'medium', 'high'] as const;
export type Quality = (typeof QUALITIES)[number];

/**
 * Default tier for validation: 'low' (25 µm voxels, 4 cells per fibroblast agent) runs ~2× faster than the
 * app's default 'medium'; the targets are block-scale time courses, which the coarse tier resolves. Check a
 * borderline result with `--quality medium`.
 */
export const DEFAULT_QUALITY: Quality = 'low';
/** Block edge for every validation run: 1 mm², pinned so that a change of the app default does not move results. */
export const VALIDATION_BLOCK_WIDTH_UM = 1000;
export const DEFAULT_SEEDS = 3;

export function defaultJobs(): number {
  return availableParallelism();
}

/** Overrides every validation run gets on top of its own. */
export function validationOverrides(quality: Quality): Record<string, string | number> {
  return { quality, block_width_um: VALIDATION_BLOCK_WIDTH_UM };
}

/** One simulation to run. */
export interface SimulationJob {
  /** Identity: the resolved parameters, whether it is the untreated control, and the seed. */
  key: string;
  label: string;
  params: Params;
  /** Never needled (the control of a split-face comparison). */
  untreated: boolean;
  seed: number;
  hours: number;
}

export interface Plan {
  jobs: SimulationJob[];
  /** Which job serves each spec × seed. */
  entries: { spec: RunSpec; seed: number; jobKey: string }[];
}

/** The spec's full parameter set at the validation tier; throws on an invalid spec (a bug in a target). */
export function resolveRun(spec: RunSpec, quality: Quality): Params {
  const resolved = resolvePreset(spec.preset, { ...validationOverrides(quality), ...spec.overrides });
  if (!resolved.ok) {
    throw new Error(`run '${specKey(spec)}' is invalid: ${resolved.errors.map((e) => e.message).join('; ')}`);
  }
  return resolved.params;
}

function paramsKey(params: Params): string {
  const record = params as Readonly<Record<string, unknown>>;
  return JSON.stringify(
    Object.keys(record)
      .sort()
      .map((id) => [id, record[id]]),
  );
}

export function planSimulations(specs: readonly RunSpec[], seeds: readonly number[], quality: Quality): Plan {
  const jobs = new Map<string, SimulationJob>();
  const entries: Plan['entries'] = [];
  const unique = new Map(specs.map((spec) => [specKey(spec), spec]));
  for (const spec of unique.values()) {
    const params = resolveRun(spec, quality);
    const untreated = spec.untreated === true;
    for (const seed of seeds) {
      const key = `${paramsKey(params)}${untreated ? '#untreated' : ''}#${seed}`;
      const hours = spec.days * 24;
      const job = jobs.get(key);
      if (job) job.hours = Math.max(job.hours, hours);
      else jobs.set(key, { key, label: scenarioLabel(spec), params, untreated, seed, hours });
      entries.push({ spec, seed, jobKey: key });
    }
  }
  return { jobs: [...jobs.values()], entries };
}

export interface RunOptions {
  seeds: readonly number[];
  quality: Quality;
  /** Simulations run at once (1 = in this thread). */
  jobs: number;
  /** Progress lines (the CLI sends them to stderr). */
  log: (line: string) => void;
}

/** Finished series by job key, for the life of the process. */
const finished = new Map<string, { hours: number; series: SeedSeries }>();

/** Runs every spec × seed (sharing simulations) and returns the results the targets read. */
export async function runValidation(specs: readonly RunSpec[], options: RunOptions): Promise<RunResults> {
  const plan = planSimulations(specs, options.seeds, options.quality);
  await runJobs(plan.jobs, options);
  const seedsBySpec = new Map<string, { spec: RunSpec; seeds: SeedSeries[] }>();
  for (const { spec, jobKey } of plan.entries) {
    const entry = seedsBySpec.get(specKey(spec)) ?? { spec, seeds: [] };
    entry.seeds.push(firstHours(finished.get(jobKey)!.series, spec.days * 24));
    seedsBySpec.set(specKey(spec), entry);
  }
  return new RunResults(Array.from(seedsBySpec.values(), ({ spec, seeds }) => [spec, seeds] as const));
}

/** The samples up to and including `hours`. */
export function firstHours(series: SeedSeries, hours: number): SeedSeries {
  const t = series.t_h ?? [];
  let n = 0;
  while (n < t.length && t[n]! <= hours + 1e-9) n++;
  return Object.fromEntries(Object.entries(series).map(([key, values]) => [key, values.slice(0, n)]));
}

async function runJobs(jobs: readonly SimulationJob[], options: RunOptions): Promise<void> {
  const pending = jobs.filter((job) => (finished.get(job.key)?.hours ?? -1) < job.hours);
  // Longest first, so the parallel lanes finish close together.
  const queue = [...pending].sort((a, b) => b.hours - a.hours);
  const progress = new ProgressLog([...queue], options);
  const lanes = Math.max(1, Math.min(options.jobs, queue.length));
  await Promise.all(Array.from({ length: lanes }, () => runLane(queue, lanes > 1, progress)));
  progress.finish();
}

async function runLane(queue: SimulationJob[], inWorker: boolean, progress: ProgressLog): Promise<void> {
  const worker = inWorker && queue.length > 0 ? new SimulationWorker() : undefined;
  try {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const started = Date.now();
      const onProgress = (doneH: number) => progress.partial(job!, doneH);
      const series = worker
        ? await worker.run(job, onProgress)
        : simulateSeries(job.params, job.seed, job.hours, onProgress, { untreated: job.untreated });
      finished.set(job.key, { hours: job.hours, series });
      progress.done(job, Date.now() - started);
    }
  } finally {
    await worker?.close();
  }
}

/** A worker thread that runs simulations one at a time (simWorker.ts, with tsx registered in the thread). */
class SimulationWorker {
  private readonly worker: Worker;

  constructor() {
    this.worker = tsxWorker(new URL('./simWorker.ts', import.meta.url));
  }

  run(job: SimulationJob, onProgress: (doneH: number) => void): Promise<SeedSeries> {
    return new Promise((resolve, reject) => {
      const cleanup = () => {
        this.worker.off('message', onMessage);
        this.worker.off('error', onError);
      };
      const onError = (error: Error) => {
        cleanup();
        reject(error);
      };
      const onMessage = (message: WorkerMessage) => {
        if (message.type === 'progress') return onProgress(message.doneH);
        cleanup();
        if (message.type === 'done') resolve(message.series);
        else reject(new Error(`simulation '${job.label}' seed ${job.seed} failed: ${message.message}`));
      };
      this.worker.on('message', onMessage);
      this.worker.on('error', onError);
      const message = { params: job.params, untreated: job.untreated, seed: job.seed, hours: job.hours };
      this.worker.postMessage(message satisfies WorkerJob);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/** Progress lines: what runs, what finished, how long it took. */
class ProgressLog {
  private readonly started = Date.now();
  private readonly totalHours: number;
  private doneHours = 0;
  private doneJobs = 0;

  constructor(
    private readonly jobs: readonly SimulationJob[],
    private readonly options: RunOptions,
  ) {
    this.totalHours = jobs.reduce((sum, job) => sum + job.hours, 0);
    const lanes = Math.min(options.jobs, jobs.length);
    options.log(
      `validate: ${jobs.length} simulations, ${this.totalHours} model hours (quality ${options.quality}, block ` +
        `${VALIDATION_BLOCK_WIDTH_UM} µm, seeds ${options.seeds.join(', ')}, ${lanes} in parallel)`,
    );
  }

  partial(job: SimulationJob, doneH: number): void {
    this.options.log(`        … ${describe(job)}: day ${doneH / 24} of ${job.hours / 24}`);
  }

  done(job: SimulationJob, ms: number): void {
    this.doneJobs++;
    this.doneHours += job.hours;
    const share = Math.round((100 * this.doneHours) / this.totalHours);
    this.options.log(
      `[${this.doneJobs}/${this.jobs.length}] ${describe(job)} — ${seconds(ms)} ` +
        `(elapsed ${seconds(Date.now() - this.started)}, ${share} % of model hours)`,
    );
  }

  finish(): void {
    if (this.jobs.length > 0) this.options.log(`validate: simulations done in ${seconds(Date.now() - this.started)}`);
  }
}

function describe(job: SimulationJob): string {
  return `${job.label} · seed ${job.seed} · ${job.hours / 24} d`;
}

function seconds(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 120 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}
