/**
 * Runs a sweep: resolves each row over the base parameters, skips the rows its output already holds (resume),
 * runs the rest on the worker pool and appends one line per run as each finishes. Used by the `sweep` CLI and
 * by the protocol matrix and the Morris screen, so all three run (and resume) the same way.
 */
import type { ParamValue, Params } from '../../workers/model/params';
import { changedParams, validateParams } from '../../workers/model/paramValidation';
import type { SweepRow } from './design';
import { engineVersion } from './engineVersion';
import type { SweepRecord } from './output';
import { OutputFile, readExisting, runKey, sortedChanges } from './output';
import { runPool } from './pool';
import type { Shard } from './shard';
import { inShard } from './shard';
import type { SweepJob } from './worker';

export interface SweepOptions {
  readonly rows: readonly SweepRow[];
  /** Overrides under every row (e.g. quality and block width), already valid. */
  readonly base: Readonly<Record<string, ParamValue>>;
  readonly out: string;
  readonly jobs: number;
  readonly shard?: Shard;
  /** Keep each run's series thinned to this many model hours (0: summaries only). */
  readonly seriesEveryH: number;
  readonly log: (line: string) => void;
  /** List what would run and stop. */
  readonly dryRun?: boolean;
}

export interface SweepOutcome {
  /** Every row of this shard with its record (those found in the output and those run now). */
  readonly records: readonly SweepRecord[];
  readonly ran: number;
  readonly skipped: number;
  readonly failed: number;
  /** The runs still to do, in design order (what a dry run lists). */
  readonly pending: readonly { readonly id: string; readonly seed: number; readonly days: number }[];
}

interface Task {
  row: SweepRow;
  params: Params;
  changes: Record<string, ParamValue>;
  key: string;
  job: SweepJob;
}

/** A row's full parameter set; throws on an invalid combination (rows are checked when the design is read). */
export function resolveRow(row: SweepRow, base: Readonly<Record<string, ParamValue>>): Params {
  const resolved = validateParams({ ...base, ...row.changes });
  if (!resolved.ok) throw new Error(`row ${row.id}: ${resolved.errors.map((e) => e.message).join('; ')}`);
  return resolved.params;
}

export async function runSweep(options: SweepOptions): Promise<SweepOutcome> {
  const engine = engineVersion().id;
  const tasks: Task[] = options.rows
    .filter((row) => inShard(row.index, options.shard))
    .map((row) => {
      const params = resolveRow(row, options.base);
      const changes = sortedChanges(changedParams(params) as Record<string, ParamValue>);
      const control = row.untreated ? { untreated: true as const } : {};
      const key = runKey({ id: row.id, seed: row.seed, days: row.days, changes, engine, ...control });
      const untreated = row.untreated === true;
      return {
        row,
        params,
        changes,
        key,
        job: { params, untreated, seed: row.seed, hours: row.days * 24, seriesEveryH: options.seriesEveryH },
      };
    });
  const existing = readExisting(options.out);
  if (existing.repairedBytes > 0)
    options.log(`sweep: cut a truncated last line (${existing.repairedBytes} bytes) from ${options.out}`);
  if (existing.badLines > 0) options.log(`sweep: ignored ${existing.badLines} unreadable line(s) in ${options.out}`);
  const records = new Map<string, SweepRecord>();
  const todo: Task[] = [];
  for (const task of tasks) {
    const found = existing.done.get(task.key);
    if (found) records.set(task.key, found);
    else todo.push(task);
  }
  const skipped = tasks.length - todo.length;
  const shardText = options.shard ? ` (shard ${options.shard.k} of ${options.shard.n})` : '';
  options.log(
    `sweep: ${tasks.length} run(s)${shardText}, ${skipped} already in ${options.out}, ${todo.length} to run ` +
      `(engine ${engine}, ${Math.min(options.jobs, Math.max(1, todo.length))} in parallel)`,
  );
  const pending = todo.map(({ row }) => ({ id: row.id, seed: row.seed, days: row.days }));
  if (options.dryRun) return { records: [...records.values()], ran: 0, skipped, failed: 0, pending };
  // Longest first, so the lanes finish close together.
  todo.sort((a, b) => b.row.days - a.row.days || a.row.index - b.row.index);
  const output = new OutputFile(options.out);
  const started = Date.now();
  let finished = 0;
  let failed = 0;
  try {
    await runPool(todo, options.jobs, (task, outcome, wallMs) => {
      const base = {
        id: task.row.id,
        index: task.row.index,
        seed: task.row.seed,
        days: task.row.days,
        changes: task.changes,
        ...(task.row.untreated ? { untreated: true as const } : {}),
        engine,
        wallS: Math.round(wallMs) / 1000,
      };
      const record: SweepRecord =
        outcome.type === 'done'
          ? { ...base, ok: true, summary: outcome.summary, ...(outcome.series ? { series: outcome.series } : {}) }
          : { ...base, ok: false, error: outcome.message.split('\n')[0]! };
      output.append(record);
      records.set(task.key, record);
      finished++;
      if (!record.ok) failed++;
      const elapsed = (Date.now() - started) / 1000;
      options.log(
        `[${finished}/${todo.length}] ${describe(task)} — ${record.ok ? `${base.wallS.toFixed(1)} s` : `FAILED: ${record.error}`} ` +
          `(elapsed ${elapsed.toFixed(0)} s)`,
      );
    });
  } finally {
    output.close();
  }
  const ordered = tasks.map((t) => records.get(t.key)).filter((r): r is SweepRecord => r !== undefined);
  return { records: ordered, ran: todo.length, skipped, failed, pending };
}

function describe(task: Task): string {
  return `${task.row.id} · seed ${task.row.seed} · ${task.row.days} d${task.row.untreated ? ' · untreated' : ''}`;
}
