import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  Ensemble,
  ENSEMBLE_START_DELAY_MS,
  ENSEMBLE_TICK_MS,
  ensembleConcurrency,
  ensembleHorizon,
  ensembleSeeds,
} from '../../src/sim/ensemble';
import type { EnsembleDeps, EnsembleHost } from '../../src/sim/ensemble';
import type { HeadlessProgress, HeadlessRun } from '../../src/sim/headlessRun';
import type { InitOptions, Params } from '../../workers/protocol';

describe('ensemble helpers', () => {
  it('derives the extra seeds from the main seed, wrapping at 2³²', () => {
    expect(ensembleSeeds(1)).toEqual([2, 3, 4]);
    expect(ensembleSeeds(0xffffffff)).toEqual([0, 1, 2]);
    expect(ensembleSeeds(7, 1)).toEqual([8]);
  });

  it('leaves two cores to the page and the main run, at least one run', () => {
    expect(ensembleConcurrency(2)).toBe(1);
    expect(ensembleConcurrency(undefined)).toBe(1);
    expect(ensembleConcurrency(4)).toBe(2);
    expect(ensembleConcurrency(16)).toBe(14);
  });

  it('grows the horizon one stage at a time, once the main run is half-way, never past the span', () => {
    const span = 180 * 24;
    expect(ensembleHorizon(0, 0, span)).toBe(168);
    // Far ahead: still the first week first.
    expect(ensembleHorizon(0, 99_999, span)).toBe(168);
    expect(ensembleHorizon(168, 83, span)).toBe(168);
    expect(ensembleHorizon(168, 84, span)).toBe(672);
    expect(ensembleHorizon(168, 5000, span)).toBe(672);
    expect(ensembleHorizon(672, 48, span)).toBe(672);
    expect(ensembleHorizon(672, 1000, span)).toBe(2160);
    expect(ensembleHorizon(2160, 2000, span)).toBe(span);
    expect(ensembleHorizon(span, 99_999, span)).toBe(span);
    // A span shorter than a stage caps it.
    expect(ensembleHorizon(0, 0, 100)).toBe(100);
    expect(ensembleHorizon(100, 99, 100)).toBe(100);
  });
});

/** A headless run the test advances by hand. */
interface FakeRun {
  options: InitOptions;
  untilH: number;
  cancelled: boolean;
  progress(hours: number): void;
  finish(): void;
  fail(message: string): void;
}

function rowsTo(hours: number, seed: number): HeadlessProgress['rows'] {
  const t: number[] = [];
  const v: number[] = [];
  for (let h = 0; h <= hours; h++) {
    t.push(h);
    v.push(seed * 1000 + h);
  }
  return { t_h: t, neutrophils: v, phase: t.map(() => 'baseline') };
}

function setup(options: { concurrency?: number; timeH?: number } = {}) {
  let now = 0;
  let hidden = false;
  let released = false;
  let visibility: (() => void) | null = null;
  const runs: FakeRun[] = [];
  const frames = { latest: { timeH: options.timeH ?? 0 } as { timeH: number } | null, received: 1 };
  const host: EnsembleHost = {
    api: {
      get status() {
        if (released) throw new Error('Proxy has been released and is not useable');
        return () => undefined;
      },
    },
    frames,
    info: { seed: 10, params: { sessions: 1 } as unknown as Params, untreated: false, sessionTimesH: [0] },
  };
  const deps: EnsembleDeps = {
    concurrency: options.concurrency ?? 1,
    now: () => now,
    isHidden: () => hidden,
    onVisibilityChange(listener) {
      visibility = listener;
      return () => {
        visibility = null;
      };
    },
    startRun(runOptions, untilH, onProgress): HeadlessRun {
      let resolve!: (p: HeadlessProgress) => void;
      let reject!: (e: Error) => void;
      const done = new Promise<HeadlessProgress>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      done.catch(() => undefined);
      const run: FakeRun = {
        options: runOptions,
        untilH,
        cancelled: false,
        progress: (hours) => onProgress({ hours, rows: rowsTo(hours, runOptions.seed) }),
        finish: () => resolve({ hours: untilH, rows: rowsTo(untilH, runOptions.seed) }),
        fail: (message) => reject(new Error(message)),
      };
      runs.push(run);
      return {
        done,
        cancel() {
          run.cancelled = true;
          reject(new Error('cancelled'));
        },
      };
    },
  };
  const advance = async (ms: number) => {
    now += ms;
    await vi.advanceTimersByTimeAsync(ms);
  };
  return {
    host,
    deps,
    runs,
    frames,
    advance,
    setHidden(value: boolean) {
      hidden = value;
      visibility?.();
    },
    release() {
      released = true;
    },
    hasVisibilityListener: () => visibility !== null,
  };
}

/** Lets promise callbacks (a run's done) run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('Ensemble', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for the main run to show frames for a few seconds before starting', async () => {
    const t = setup();
    t.frames.received = 0;
    t.frames.latest = null;
    const ensemble = new Ensemble(t.host, t.deps);
    await t.advance(ENSEMBLE_START_DELAY_MS * 2);
    expect(t.runs).toHaveLength(0);
    expect(ensemble.snapshot().state).toBe('waiting');
    t.frames.received = 1;
    t.frames.latest = { timeH: 0 };
    await t.advance(ENSEMBLE_TICK_MS);
    expect(t.runs).toHaveLength(0);
    await t.advance(ENSEMBLE_START_DELAY_MS);
    expect(t.runs).toHaveLength(1);
    ensemble.dispose();
  });

  it('runs the same scenario with the other seeds, one at a time on 2 cores, stage by stage', async () => {
    const t = setup({ concurrency: 1 });
    const ensemble = new Ensemble(t.host, t.deps);
    await t.advance(ENSEMBLE_START_DELAY_MS + ENSEMBLE_TICK_MS);
    expect(t.runs).toHaveLength(1);
    const first = t.runs[0]!;
    expect(first.options).toEqual({ seed: 11, params: { sessions: 1 } });
    expect(first.untilH).toBe(168);
    expect(ensemble.snapshot().state).toBe('running');
    expect(ensemble.snapshot().seeds).toEqual([10, 11, 12, 13]);

    first.progress(24);
    await t.advance(ENSEMBLE_TICK_MS);
    expect(ensemble.snapshot().runs[0]!.rows).toBe(25);
    expect(ensemble.snapshot().rows).toBe(0);

    first.finish();
    await settle();
    expect(t.runs.map((r) => r.options.seed)).toEqual([11, 12]);
    t.runs[1]!.finish();
    await settle();
    t.runs[2]!.finish();
    await settle();
    await t.advance(ENSEMBLE_TICK_MS);
    const done = ensemble.snapshot();
    expect(done.state).toBe('done');
    expect(done.rows).toBe(169);
    expect(done.completed).toBe(3);
    expect(done.runs[2]!.columns.neutrophils![5]).toBe(13 * 1000 + 5);
    expect(done.runs[2]!.columns.phase).toBeUndefined();

    // The main run passes half the horizon: the next stage re-runs the seeds further, keeping the old rows meanwhile.
    t.frames.latest = { timeH: 100 };
    await t.advance(ENSEMBLE_TICK_MS);
    expect(t.runs).toHaveLength(4);
    expect(t.runs[3]!.untilH).toBe(672);
    t.runs[3]!.progress(48);
    await t.advance(ENSEMBLE_TICK_MS);
    expect(ensemble.snapshot().runs[0]!.rows).toBe(169);
    expect(ensemble.snapshot().horizonH).toBe(672);
    ensemble.dispose();
  });

  it('runs several seeds at once where there are cores to spare', async () => {
    const t = setup({ concurrency: 2 });
    const ensemble = new Ensemble(t.host, t.deps);
    await t.advance(ENSEMBLE_START_DELAY_MS + ENSEMBLE_TICK_MS);
    expect(t.runs.map((r) => r.options.seed)).toEqual([11, 12]);
    ensemble.dispose();
    expect(t.runs.every((r) => r.cancelled)).toBe(true);
  });

  it('pauses while the page is hidden and picks up again when it is visible', async () => {
    const t = setup();
    const ensemble = new Ensemble(t.host, t.deps);
    await t.advance(ENSEMBLE_START_DELAY_MS + ENSEMBLE_TICK_MS);
    t.runs[0]!.progress(48);
    t.setHidden(true);
    await t.advance(ENSEMBLE_TICK_MS);
    expect(t.runs[0]!.cancelled).toBe(true);
    expect(ensemble.snapshot().state).toBe('paused');
    expect(ensemble.snapshot().runs[0]!.rows).toBe(49);
    await t.advance(ENSEMBLE_TICK_MS * 5);
    expect(t.runs).toHaveLength(1);
    t.setHidden(false);
    await settle();
    expect(t.runs).toHaveLength(2);
    expect(t.runs[1]!.options.seed).toBe(11);
    // The restarted run's early rows do not replace the ones already held.
    t.runs[1]!.progress(24);
    await t.advance(ENSEMBLE_TICK_MS);
    expect(ensemble.snapshot().runs[0]!.rows).toBe(49);
    expect(ensemble.snapshot().state).toBe('running');
    ensemble.dispose();
  });

  it('stops by itself, cancelling its runs, once the client is disposed', async () => {
    const t = setup();
    const ensemble = new Ensemble(t.host, t.deps);
    await t.advance(ENSEMBLE_START_DELAY_MS + ENSEMBLE_TICK_MS);
    const listener = vi.fn();
    ensemble.subscribe(listener);
    t.release();
    await t.advance(ENSEMBLE_TICK_MS);
    expect(t.runs[0]!.cancelled).toBe(true);
    expect(ensemble.snapshot().state).toBe('stopped');
    expect(listener).toHaveBeenCalled();
    expect(t.hasVisibilityListener()).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reports a failed run and starts no more', async () => {
    const t = setup();
    const ensemble = new Ensemble(t.host, t.deps);
    await t.advance(ENSEMBLE_START_DELAY_MS + ENSEMBLE_TICK_MS);
    t.runs[0]!.fail('sessions: out of range');
    await settle();
    await t.advance(ENSEMBLE_TICK_MS * 3);
    expect(ensemble.snapshot().state).toBe('failed');
    expect(ensemble.snapshot().error).toBe('sessions: out of range');
    expect(t.runs).toHaveLength(1);
    ensemble.dispose();
  });

  it('notifies listeners at most once per tick', async () => {
    const t = setup();
    const ensemble = new Ensemble(t.host, t.deps);
    await t.advance(ENSEMBLE_START_DELAY_MS + ENSEMBLE_TICK_MS);
    const listener = vi.fn();
    ensemble.subscribe(listener);
    await t.advance(ENSEMBLE_TICK_MS);
    listener.mockClear();
    for (let h = 24; h <= 120; h += 24) t.runs[0]!.progress(h);
    expect(listener.mock.calls.length).toBeLessThanOrEqual(1);
    await t.advance(ENSEMBLE_TICK_MS);
    expect(listener.mock.calls.length).toBeLessThanOrEqual(2);
    expect(ensemble.snapshot().runs[0]!.rows).toBe(121);
    ensemble.dispose();
  });
});
