/**
 * The ensemble behind the charts' shaded ranges: the main run's scenario re-run with a few other seeds, each in its
 * own headless worker (headlessRun.ts), so a chart can show how much of a curve is the biology and how much is the
 * luck of one random block. The band is min–max per hour over these runs and the main run (chartData.ts).
 *
 * One ensemble per SimClient, kept in a WeakMap: the charts tab is mounted only while visible, and switching tabs
 * must neither lose nor restart the work. The ensemble stops itself (terminating its workers) once its client is
 * disposed — new parameters make a new client — which it notices on its once-a-second tick.
 *
 * Scheduling, on a 2-core tablet where the main run needs a core of its own:
 *  - it starts only after the main run has shown frames for a few seconds (its worker start and first seek first);
 *  - at most max(1, cores − 2) runs at a time: sequential on a 2-core machine;
 *  - horizons in stages (a week, 4 weeks, 90 days, then the whole timeline), one at a time: every seed finishes a
 *    stage before any goes further, so the first week's band appears after 3 week-long runs instead of 3 full ones,
 *    and the next stage starts only once the main run has reached half of the current one (nobody pays for six
 *    months unseen). The band needs every seed, so staging beats running one seed to the end at a time.
 *    Going to the next stage re-runs a seed from t = 0 (a headless run cannot be resumed); with stages ≥ 2× apart
 *    that costs at most ~1.7× a straight run, and the previous rows stay on the chart until the new run passes them.
 *  - paused while the page is hidden (document.hidden): the run in flight is cancelled — its rows so far are kept —
 *    and restarted from t = 0 when the page is visible again (same seed: deterministic, the same rows come back).
 */
import type { InitOptions } from '../../workers/protocol';
import { startHeadlessRun, twinOptions } from './headlessRun';
import type { HeadlessProgress, HeadlessRun } from './headlessRun';
import type { SimClient } from './simClient';

/**
 * Extra seeds besides the main run's: 3, so a band spans 4 runs. Why: 4 values already show the spread of a
 * stochastic curve (its min–max grows slowly with more seeds), while each extra seed is one more full run competing
 * with the main run for a tablet’s second core; 3 week-long runs took ~15–40 s on a busy 2-core machine.
 */
export const ENSEMBLE_EXTRA_SEEDS = 3;

/** Wait after the main run's first frame before starting: its worker start and first seek go first. */
export const ENSEMBLE_START_DELAY_MS = 3000;

/** How often the ensemble checks the main run (alive, how far) and schedules work; also its notify throttle. */
export const ENSEMBLE_TICK_MS = 1000;

/**
 * Horizon stages, model hours: the first week (inflammation, re-epithelialisation), 4 weeks (a session's
 * proliferation; the usual interval between sessions), 90 days (remodelling milestones). The whole timeline
 * (last session + 180 days, as the timeline's span) is the last stage.
 */
export const ENSEMBLE_STAGES_H: readonly number[] = [7 * 24, 28 * 24, 90 * 24];

/** The timeline's span after the last session (src/ui/Timeline.tsx): the ensemble never goes past it. */
export const ENSEMBLE_SPAN_AFTER_LAST_SESSION_H = 180 * 24;

/** The next stage starts once the main run has reached this fraction of the current horizon. */
export const ENSEMBLE_EXTEND_AT = 0.5;

const SEED_MODULUS = 2 ** 32;

/** The extra seeds: the main seed + 1 … + n, wrapped into 0 … 2³² − 1 (deterministic: a share link gets the same band). */
export function ensembleSeeds(mainSeed: number, n = ENSEMBLE_EXTRA_SEEDS): number[] {
  const seeds: number[] = [];
  for (let i = 1; i <= n; i++) seeds.push((mainSeed + i) % SEED_MODULUS);
  return seeds;
}

/** Runs at a time: leave a core for the main run and one for the page, at least one. */
export function ensembleConcurrency(hardwareConcurrency: number | undefined): number {
  return Math.max(1, Math.floor(hardwareConcurrency ?? 2) - 2);
}

/**
 * The horizon to work towards once every seed has reached `currentH`: the first stage to begin with; then the next
 * stage (one at a time, capped at the span) once the main run has reached ENSEMBLE_EXTEND_AT of the current one,
 * else the current one. One stage at a time even when the main run is far ahead (opened at day 90): the first
 * week's band then comes in seconds instead of after three 90-day runs.
 */
export function ensembleHorizon(currentH: number, mainTimeH: number, spanH: number): number {
  const stages = [...ENSEMBLE_STAGES_H.filter((s) => s < spanH), spanH];
  if (currentH > 0 && mainTimeH < currentH * ENSEMBLE_EXTEND_AT) return currentH;
  return stages.find((s) => s > currentH) ?? currentH;
}

export type EnsembleState = 'waiting' | 'running' | 'paused' | 'done' | 'failed' | 'stopped';

export interface EnsembleRunView {
  seed: number;
  /** Rows held (row i = model hour i); the columns may hold more, not yet reported. */
  rows: number;
  /** Numeric columns by metric key (never `phase`). */
  columns: Readonly<Record<string, readonly number[]>>;
}

export interface EnsembleSnapshot {
  /** 'waiting' before the start; 'done' when the current horizon is reached by every seed. */
  state: EnsembleState;
  /** Seeds in the band, the main run's first. */
  seeds: readonly number[];
  runs: readonly EnsembleRunView[];
  /** The stage being worked towards, model hours. */
  horizonH: number;
  /** Rows every extra run holds: the band can be drawn up to here. */
  rows: number;
  /** Runs that finished the current stage (progress: `completed` of `runs.length`). */
  completed: number;
  /** Why it failed ('failed' only). */
  error: string | null;
  version: number;
}

/** What the ensemble needs of the main run's client (a fake in tests). */
export interface EnsembleHost {
  /** Only read to see whether the client was disposed (isReleased). */
  readonly api: { readonly status: unknown };
  readonly frames: { readonly latest: { readonly timeH: number } | null; readonly received: number };
  readonly info: Pick<SimClient['info'], 'seed' | 'params' | 'untreated' | 'sessionTimesH'>;
}

export interface EnsembleDeps {
  startRun(options: InitOptions, untilH: number, onProgress: (p: HeadlessProgress) => void): HeadlessRun;
  concurrency: number;
  now(): number;
  /** Page visibility: hidden pauses the ensemble. */
  isHidden(): boolean;
  onVisibilityChange(listener: () => void): () => void;
}

function browserDeps(): EnsembleDeps {
  return {
    startRun: (options, untilH, onProgress) => startHeadlessRun(options, untilH, onProgress),
    concurrency: ensembleConcurrency(typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency),
    now: () => performance.now(),
    isHidden: () => typeof document !== 'undefined' && document.hidden,
    onVisibilityChange(listener) {
      if (typeof document === 'undefined') return () => {};
      document.addEventListener('visibilitychange', listener);
      return () => document.removeEventListener('visibilitychange', listener);
    },
  };
}

/**
 * Whether the client was disposed: a released Comlink proxy throws on any property access (no message is sent).
 * A call in flight to a terminated worker would never settle, so this is checked synchronously.
 */
function isReleased(host: EnsembleHost): boolean {
  try {
    return typeof host.api.status !== 'function';
  } catch {
    return true;
  }
}

interface SeedRun {
  seed: number;
  /** Hours this seed has completed (all of them; a stage re-run keeps the old rows until it passes them). */
  hours: number;
  rows: number;
  columns: Record<string, number[]>;
  active: HeadlessRun | null;
}

export class Ensemble {
  private readonly runs: SeedRun[];
  private readonly seeds: number[];
  private readonly listeners = new Set<() => void>();
  private readonly spanH: number;
  private state: EnsembleState = 'waiting';
  private horizonH = 0;
  private error: string | null = null;
  private firstFrameAt: number | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private notifyTimer: ReturnType<typeof setTimeout> | null = null;
  private lastNotify = -Infinity;
  private snapshotCache: EnsembleSnapshot;
  private readonly stopVisibility: () => void;

  constructor(
    private readonly host: EnsembleHost,
    private readonly deps: EnsembleDeps = browserDeps(),
  ) {
    const extra = ensembleSeeds(host.info.seed);
    this.seeds = [host.info.seed, ...extra];
    this.runs = extra.map((seed) => ({ seed, hours: 0, rows: 0, columns: {}, active: null }));
    this.spanH = Math.max(0, ...host.info.sessionTimesH) + ENSEMBLE_SPAN_AFTER_LAST_SESSION_H;
    this.snapshotCache = this.makeSnapshot(0);
    this.stopVisibility = deps.onVisibilityChange(() => this.tick());
    this.timer = setInterval(() => this.tick(), ENSEMBLE_TICK_MS);
    this.tick();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = (): EnsembleSnapshot => this.snapshotCache;

  /** Cancels every run and stops for good (also done by itself when the client goes away). */
  dispose(): void {
    if (this.state === 'stopped') return;
    this.cancelActive();
    if (this.timer !== null) clearInterval(this.timer);
    if (this.notifyTimer !== null) clearTimeout(this.notifyTimer);
    this.timer = null;
    this.notifyTimer = null;
    this.stopVisibility();
    this.setState('stopped');
    this.emit();
    this.listeners.clear();
  }

  /** Checks the main run and starts whatever may run now. Called by the timer, on visibility and when a run ends. */
  private tick(): void {
    if (this.state === 'stopped' || this.state === 'failed') return;
    if (isReleased(this.host)) {
      this.dispose();
      return;
    }
    const frame = this.host.frames.latest;
    if (this.firstFrameAt === null) {
      if (this.host.frames.received === 0 || frame === null) return;
      this.firstFrameAt = this.deps.now();
    }
    if (this.deps.now() - this.firstFrameAt < ENSEMBLE_START_DELAY_MS) return;
    if (this.deps.isHidden()) {
      if (this.cancelActive() || this.state === 'running') this.setState('paused');
      return;
    }
    // Strict stages: a further horizon only once every seed has reached the current one.
    if (this.runs.every((r) => r.hours >= this.horizonH)) {
      this.horizonH = ensembleHorizon(this.horizonH, frame?.timeH ?? 0, this.spanH);
    }
    this.schedule();
  }

  private schedule(): void {
    let active = this.runs.filter((r) => r.active !== null).length;
    // Every seed finishes the current stage before any starts the next: the band needs them all.
    for (const run of this.runs) {
      if (active >= this.deps.concurrency) break;
      if (run.active !== null || run.hours >= this.horizonH) continue;
      this.start(run);
      active++;
    }
    const next: EnsembleState = active > 0 ? 'running' : 'done';
    if (next !== this.state) this.setState(next);
  }

  private start(run: SeedRun): void {
    const options = twinOptions(this.host.info, { seed: run.seed });
    const untilH = this.horizonH;
    const handle = this.deps.startRun(options, untilH, (progress) => {
      if (run.active !== handle || progress.hours <= run.hours) return;
      run.hours = progress.hours;
      run.columns = numericColumns(progress.rows);
      run.rows = (progress.rows.t_h ?? []).length;
      this.changed();
    });
    run.active = handle;
    handle.done.then(
      (result) => {
        if (run.active !== handle) return;
        run.active = null;
        run.hours = Math.max(run.hours, result.hours);
        run.columns = numericColumns(result.rows);
        run.rows = (result.rows.t_h ?? []).length;
        this.changed();
        this.tick();
      },
      (error: unknown) => {
        // Cancelled by us (page hidden, disposed): nothing to report.
        if (run.active !== handle) return;
        run.active = null;
        this.cancelActive();
        this.error = error instanceof Error ? error.message : String(error);
        this.setState('failed');
        this.emit();
      },
    );
  }

  /** Cancels the runs in flight (their rows so far stay). Returns whether any was running. */
  private cancelActive(): boolean {
    let any = false;
    for (const run of this.runs) {
      const handle = run.active;
      if (handle === null) continue;
      run.active = null;
      handle.cancel();
      any = true;
    }
    return any;
  }

  private setState(state: EnsembleState): void {
    this.state = state;
    this.changed();
  }

  /** Listeners hear at most one change per tick interval (progress comes per model day, several a second). */
  private changed(): void {
    if (this.notifyTimer !== null) return;
    const wait = this.lastNotify + ENSEMBLE_TICK_MS - this.deps.now();
    if (wait <= 0 || this.state === 'stopped') {
      this.emit();
      return;
    }
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = null;
      this.emit();
    }, wait);
  }

  private emit(): void {
    this.lastNotify = this.deps.now();
    this.snapshotCache = this.makeSnapshot(this.snapshotCache.version + 1);
    for (const listener of this.listeners) listener();
  }

  private makeSnapshot(version: number): EnsembleSnapshot {
    return {
      state: this.state,
      seeds: this.seeds,
      runs: this.runs.map((r) => ({ seed: r.seed, rows: r.rows, columns: r.columns })),
      horizonH: this.horizonH,
      rows: Math.min(...this.runs.map((r) => r.rows)),
      completed: this.runs.filter((r) => r.hours >= this.horizonH && this.horizonH > 0).length,
      error: this.error,
      version,
    };
  }
}

function numericColumns(rows: HeadlessProgress['rows']): Record<string, number[]> {
  const columns: Record<string, number[]> = {};
  for (const [key, values] of Object.entries(rows)) if (key !== 'phase') columns[key] = values as number[];
  return columns;
}

const ensembles = new WeakMap<object, Ensemble>();

/**
 * The ensemble of a client, started on first use and kept while the client lives (so a tab switch keeps it). It
 * stops by itself when the client is disposed; the WeakMap then lets both go.
 */
export function ensembleFor(client: SimClient): Ensemble {
  let ensemble = ensembles.get(client);
  if (!ensemble) {
    ensemble = new Ensemble(client);
    ensembles.set(client, ensemble);
  }
  return ensemble;
}
