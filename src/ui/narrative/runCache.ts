/**
 * Finished headless runs (src/sim/headlessRun.ts) of this page, kept by scenario so that opening a tab again, or a
 * second question that needs the same baseline, does not simulate the same weeks twice. The model is deterministic:
 * the same parameters and seed give the same rows, so a cached run is exactly the run it stands for.
 */
import type { InitOptions } from '../../../workers/protocol';

/** Hourly metric rows (row i = model hour i), as headless runs and the worker report them. */
export type Rows = Record<string, number[] | string[]>;

/** Runs kept (≈ 30 columns × up to a few thousand hours each: well under a megabyte apiece). */
const CACHE_LIMIT = 12;

const cache = new Map<string, { hours: number; rows: Rows }>();

/** Identity of a run: everything its rows depend on. */
export function runKey(options: InitOptions): string {
  return JSON.stringify([options.preset ?? '', options.params ?? {}, options.seed, options.untreated ?? false]);
}

/** Rows of a finished run that reached at least `untilH`, or null. */
export function cachedRows(key: string, untilH: number): Rows | null {
  const hit = cache.get(key);
  return hit && hit.hours >= untilH ? hit.rows : null;
}

export function storeRows(key: string, hours: number, rows: Rows): void {
  const known = cache.get(key);
  if (known && known.hours >= hours) return;
  cache.delete(key);
  cache.set(key, { hours, rows });
  while (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
}

/** A numeric column of rows (undefined when absent). */
export function column(rows: Rows, key: string): number[] | undefined {
  const values = rows[key];
  return values as number[] | undefined;
}
