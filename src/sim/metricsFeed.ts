/**
 * The metric series of one run on the main thread: polls the worker's hourly metrics (`metrics(since)`) about
 * once a second and keeps them as columns, for charts, the narrative, the aftercare timeline, comparisons and
 * export. Follows seeks: after a seek back the worker re-simulates from a checkpoint, and rows past the new time
 * are dropped here (they come back identical as the model passes them again — the run is deterministic).
 *
 * Rows are hourly from t = 0: row i is model hour i. Listeners hear about changes (for useSyncExternalStore);
 * nothing here runs per animation frame.
 */
import type { Remote } from 'comlink';
import type { SimWorkerApi } from '../../workers/protocol';

/** How often to ask the worker for new rows, ms (charts need no more than a redraw a second). */
export const METRICS_POLL_MS = 1000;

export interface MetricsSnapshot {
  /** Rows held (row i = model hour i). */
  readonly length: number;
  /** Numeric columns by metric key (t_h, neutrophils, …; METRICS). */
  readonly columns: ReadonlyMap<string, readonly number[]>;
  /** Healing phase per row. */
  readonly phase: readonly string[];
  /** Changes on every update (a new object identity for React). */
  readonly version: number;
}

type Api = Pick<Remote<SimWorkerApi>, 'metrics' | 'status'>;

export class MetricsFeed {
  private readonly columns = new Map<string, number[]>();
  private readonly phase: string[] = [];
  private readonly listeners = new Set<() => void>();
  private snapshotCache: MetricsSnapshot;
  private timer: ReturnType<typeof setInterval> | null = null;
  private polling = false;
  private disposed = false;

  /** ES private: never walked by React's dev-mode prop diffing (a released Comlink proxy throws; simClient.ts). */
  readonly #api: Api;

  constructor(api: Api) {
    this.#api = api;
    this.snapshotCache = this.makeSnapshot(0);
  }

  get length(): number {
    return this.phase.length;
  }

  /** Starts polling (idempotent). */
  start(intervalMs = METRICS_POLL_MS): void {
    if (this.timer !== null || this.disposed) return;
    void this.poll();
    this.timer = setInterval(() => void this.poll(), intervalMs);
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  dispose(): void {
    this.stop();
    this.disposed = true;
    this.listeners.clear();
  }

  /** Fetches new rows now (also what the timer calls). Resolves when up to date with the worker. */
  async poll(): Promise<void> {
    if (this.polling || this.disposed) return;
    this.polling = true;
    try {
      const status = await this.#api.status();
      // A seek back: rows after the model's time are no longer the run's (yet).
      const keep = Math.min(this.length, Math.floor(status.timeH + 1e-9) + 1);
      let changed = keep < this.length;
      if (changed) this.truncate(keep);
      const rows = await this.#api.metrics(this.length);
      const added = (rows.t_h as number[] | undefined)?.length ?? 0;
      if (added > 0) {
        for (const [key, values] of Object.entries(rows)) {
          if (key === 'phase') continue;
          let column = this.columns.get(key);
          if (!column) {
            column = new Array<number>(this.length).fill(Number.NaN);
            this.columns.set(key, column);
          }
          for (const v of values as number[]) column.push(v);
        }
        for (const p of rows.phase as string[]) this.phase.push(p);
        changed = true;
      }
      if (changed && !this.disposed) {
        this.snapshotCache = this.makeSnapshot(this.snapshotCache.version + 1);
        for (const listener of this.listeners) listener();
      }
    } catch {
      // The worker is gone or restarting: the fault surfaces through the client; try again next tick.
    } finally {
      this.polling = false;
    }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current series (same object until the next change). */
  snapshot = (): MetricsSnapshot => this.snapshotCache;

  private truncate(rows: number): void {
    for (const column of this.columns.values()) column.length = rows;
    this.phase.length = rows;
  }

  private makeSnapshot(version: number): MetricsSnapshot {
    return { length: this.phase.length, columns: this.columns, phase: this.phase, version };
  }
}

/** The value of a metric at model hour `hours` (the row at or before it), or NaN when not reached yet. */
export function metricAt(snapshot: MetricsSnapshot, key: string, hours: number): number {
  const row = Math.min(Math.floor(hours + 1e-9), snapshot.length - 1);
  const column = snapshot.columns.get(key);
  return row >= 0 && column ? (column[row] ?? Number.NaN) : Number.NaN;
}
