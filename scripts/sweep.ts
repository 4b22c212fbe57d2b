/**
 * Runs a design file of simulations (rows of seed + parameter changes) on a pool of worker threads and writes
 * one JSON line per run: the row, the engine version, the wall time and a summary of every metric
 * (scripts/sweep/summary.ts). Resumable: rows already in the output (same id, seed, days, changes and engine)
 * are skipped. Shardable, for cluster schedulers (Slurm job arrays, EMEWS, OpenMOLE): see scripts/sweep/shard.ts.
 *
 *   npm run -s sweep -- --design FILE.csv|FILE.jsonl [--out FILE] [--jobs N] [--shard k/n] [--days N]
 *                       [--set id=value ...] [--series-every-h H] [--dry-run]
 *
 * Exit 0 when every run succeeded, 1 when some failed (each failure is a line with `ok: false` and the error),
 * 2 on bad flags or a bad design (every bad row is listed with its line and column).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { numberFlag, parseFlags, runCli, UsageError } from './lib/args';
import { designFormat, formatProblem, MAX_DAYS, parseDesign } from './sweep/design';
import { parseShard, shardSuffix } from './sweep/shard';
import { setOverrides } from './sweep/overrides';
import { runSweep } from './sweep/run';
import { defaultJobs } from './validation/runner';

export const DEFAULT_SWEEP_DAYS = 42;

const USAGE = `usage: npm run -s sweep -- --design FILE [--out FILE] [--jobs N] [--shard k/n] [--days N] [--set id=value ...]
  --design           CSV (header: seed, parameter ids, optional days, id and untreated) or JSONL ({seed, days?, id?,
                     untreated?, changes}); untreated = true: the row's control, never needled
  --out              JSONL output, appended and resumed (default artifacts/sweep/<design name>[.shard-k-of-n].jsonl)
  --jobs             simulations in parallel, 1–64 (default: CPU count, ${defaultJobs()} here)
  --shard            k/n: run rows whose 0-based index i has i % n == k-1 (k is 1-based). Without it, k comes from
                     SLURM_ARRAY_TASK_ID (minus SLURM_ARRAY_TASK_MIN, plus 1) and n from --shard-count or
                     SLURM_ARRAY_TASK_COUNT
  --shard-count      n, with k from SLURM_ARRAY_TASK_ID
  --days             model days for rows without a days column, 0–${MAX_DAYS} (default ${DEFAULT_SWEEP_DAYS})
  --set              base value under every row, e.g. --set quality=low --set block_width_um=600 (repeatable)
  --series-every-h   also keep each run's series, one sample every H model hours (default 0: summary only)
  --dry-run          list the runs that would run (after resume), then exit`;

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), {
    design: { takesValue: true },
    out: { takesValue: true },
    jobs: { takesValue: true },
    shard: { takesValue: true },
    'shard-count': { takesValue: true },
    days: { takesValue: true },
    set: { takesValue: true, repeatable: true },
    'series-every-h': { takesValue: true },
    'dry-run': { takesValue: false },
    help: { takesValue: false },
  });
  if (flags.has('help')) {
    console.log(USAGE);
    return;
  }
  const designPath = flags.get('design')?.[0];
  if (designPath === undefined) throw new UsageError('--design is required: a .csv or .jsonl design file');
  const format = designFormat(designPath);
  if (!format) throw new UsageError(`--design '${designPath}' must end in .csv, .jsonl or .ndjson`);
  if (!existsSync(designPath)) throw new UsageError(`--design '${designPath}' does not exist`);
  const jobs = numberFlag(flags, 'jobs', defaultJobs(), { min: 1, max: 64, integer: true });
  const days = numberFlag(flags, 'days', DEFAULT_SWEEP_DAYS, { min: 0, max: MAX_DAYS });
  const seriesEveryH = numberFlag(flags, 'series-every-h', 0, { min: 0, max: 24 * 365 });
  const shard = parseShard(flags.get('shard')?.[0], flags.get('shard-count')?.[0], process.env);
  const base = setOverrides(flags);

  const design = parseDesign(readFileSync(designPath, 'utf8'), format, days);
  if (design.problems.length > 0) {
    for (const problem of design.problems) process.stderr.write(`${formatProblem(designPath, problem)}\n`);
    process.stderr.write(`error: ${design.problems.length} problem(s) in ${designPath}; nothing was run\n`);
    process.exit(2);
  }
  const name = basename(designPath).replace(/\.(csv|jsonl|ndjson)$/i, '');
  const out = flags.get('out')?.[0] ?? `artifacts/sweep/${name}${shardSuffix(shard)}.jsonl`;
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const outcome = await runSweep({
    rows: design.rows,
    base,
    out,
    jobs,
    shard,
    seriesEveryH,
    log,
    dryRun: flags.has('dry-run'),
  });
  if (flags.has('dry-run')) {
    for (const run of outcome.pending) console.log(`${run.id}\tseed ${run.seed}\t${run.days} d`);
    return;
  }
  log(`sweep: ${outcome.ran} run, ${outcome.skipped} resumed, ${outcome.failed} failed → ${out}`);
  process.exitCode = outcome.failed > 0 ? 1 : 0;
}

void runCli(main);
