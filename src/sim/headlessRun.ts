/**
 * A model run with no view: its own worker, advanced as fast as it goes to a given hour, reporting its metric
 * rows as they come. For what needs more runs than the one on screen — the ensemble bands (other seeds), a
 * prediction prompt's variant, a comparison's difference — never for the main run. Cancel it (or let it finish)
 * and the worker is terminated.
 */
import * as Comlink from 'comlink';
import type { InitOptions, SimInfo, SimWorkerApi } from '../../workers/protocol';
import { spawnSimWorker } from './simClient';

/** Model hours advanced per request: small enough to report progress often, large enough to keep the worker busy. */
const CHUNK_H = 24;

/**
 * The options of a twin of a run: the same resolved parameters, seed and untreated flag (the same rows: the model is
 * deterministic), optionally with another seed (the ensemble) or some parameters changed (a prediction's variant).
 * `info.params` is the resolved set, so as overrides of the default preset it reproduces the run exactly. The one
 * place twins are built.
 */
export function twinOptions(
  info: Pick<SimInfo, 'seed' | 'params' | 'untreated'>,
  twist: { seed?: number; changes?: Record<string, unknown> } = {},
): InitOptions {
  const options: InitOptions = { seed: twist.seed ?? info.seed, params: { ...info.params, ...twist.changes } };
  if (info.untreated) options.untreated = true;
  return options;
}

export interface HeadlessProgress {
  /** Model hours reached. */
  hours: number;
  /** Every metric row so far (row i = model hour i), by key; `phase` as strings. */
  rows: Record<string, number[] | string[]>;
}

export interface HeadlessRun {
  /** Resolves with the final rows; rejects with the worker's message if init or the model fails. */
  readonly done: Promise<HeadlessProgress>;
  cancel(): void;
}

export function startHeadlessRun(
  options: InitOptions,
  untilH: number,
  onProgress?: (progress: HeadlessProgress) => void,
  worker: Worker = spawnSimWorker(),
): HeadlessRun {
  const api = Comlink.wrap<SimWorkerApi>(worker);
  let cancelled = false;
  const stop = () => {
    if (cancelled) return;
    cancelled = true;
    api[Comlink.releaseProxy]();
    worker.terminate();
  };
  const done = (async () => {
    const rows: Record<string, number[] | string[]> = {};
    let length = 0;
    try {
      await api.init(options);
      let hours = 0;
      while (!cancelled && hours < untilH) {
        hours = Math.min(untilH, hours + CHUNK_H);
        await api.advanceTo(hours);
        const added = await api.metrics(length);
        for (const [key, values] of Object.entries(added)) {
          const column = (rows[key] ??= []) as unknown[];
          for (const v of values) column.push(v);
        }
        length = (rows.t_h ?? []).length;
        if (!cancelled) onProgress?.({ hours, rows });
      }
      if (cancelled) throw new Error('cancelled');
      return { hours, rows };
    } finally {
      stop();
    }
  })();
  return { done, cancel: stop };
}
