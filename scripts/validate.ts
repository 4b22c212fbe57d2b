/**
 * Runs the model against its validation targets (shared/science/TARGETS.md T1–T13, plus the project's own
 * patient-factor P1–P5, topical D1–D4 and the issue-16 targets T5a, T5b, T10a, L1, E1, A1: scripts/validation/targets.ts) and prints a pass/fail table.
 *
 *   npm run -s validate [-- --json] [--seeds N] [--only T1,T3] [--quality low|medium|high] [--jobs N] [--plan]
 *
 * Exit 0 when every selected target passes, 1 when any fails, 2 on bad flags (one line naming the flag).
 * Progress goes to stderr. The mean series go to artifacts/validation/series.json for `npm run validate:report`.
 */
import { numberFlag, parseFlags, runCli, UsageError } from './lib/args';
import type { ParsedFlags } from './lib/args';
import type { ValidationArtifact } from './validation/artifact';
import { ARTIFACT_PATH, ARTIFACT_VERSION, runArtifacts, targetResult, writeArtifact } from './validation/artifact';
import type { Target } from './validation/check';
import { evaluateTarget } from './validation/check';
import type { Quality } from './validation/runner';
import {
  DEFAULT_QUALITY,
  DEFAULT_SEEDS,
  defaultJobs,
  planSimulations,
  QUALITIES,
  runValidation,
  VALIDATION_BLOCK_WIDTH_UM,
} from './validation/runner';
import { formatResultsTable } from './validation/table';
import { TARGET_IDS, TARGETS } from './validation/targets';

const USAGE = `usage: npm run -s validate -- [--json] [--seeds N] [--only T1,T3] [--quality TIER] [--jobs N] [--plan]
  --json     print { version, seeds, quality, results } as one JSON object instead of the table
  --seeds    seeds 1..N per scenario, 1–20 (default ${DEFAULT_SEEDS}); targets read the mean across seeds
  --only     comma-separated target ids (${TARGET_IDS.join(', ')})
  --quality  ${QUALITIES.join(', ')} (default ${DEFAULT_QUALITY}; block ${VALIDATION_BLOCK_WIDTH_UM} µm always)
  --jobs     simulations run in parallel, 1–64 (default: CPU count, ${defaultJobs()} here)
  --plan     list the simulations and model hours it would run, then exit`;

function selectTargets(flags: ParsedFlags): readonly Target[] {
  const only = flags.get('only')?.[0];
  if (only === undefined) return TARGETS;
  // Case-insensitive: ids such as T5a carry a lower-case suffix.
  const ids = only.split(',').map((id) => id.trim().toUpperCase());
  const unknown = ids.filter((id) => !TARGET_IDS.some((known) => known.toUpperCase() === id));
  if (unknown.length > 0 || ids.length === 0) {
    throw new UsageError(`--only '${only}' names unknown targets: allowed ${TARGET_IDS.join(', ')}`);
  }
  return TARGETS.filter((t) => ids.includes(t.id.toUpperCase()));
}

function qualityFlag(flags: ParsedFlags): Quality {
  const text = flags.get('quality')?.[0] ?? DEFAULT_QUALITY;
  const quality = QUALITIES.find((q) => q === text);
  if (!quality) throw new UsageError(`--quality '${text}' is unknown: allowed ${QUALITIES.join(', ')}`);
  return quality;
}

function printPlan(targets: readonly Target[], seeds: number[], quality: Quality): void {
  const { jobs } = planSimulations(
    targets.flatMap((t) => t.runs),
    seeds,
    quality,
  );
  for (const job of jobs) console.log(`${job.label} · seed ${job.seed} · ${job.hours / 24} d`);
  const hours = jobs.reduce((sum, job) => sum + job.hours, 0);
  console.log(`${jobs.length} simulations, ${hours} model hours (quality ${quality})`);
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), {
    json: { takesValue: false },
    seeds: { takesValue: true },
    only: { takesValue: true },
    quality: { takesValue: true },
    jobs: { takesValue: true },
    plan: { takesValue: false },
    help: { takesValue: false },
  });
  if (flags.has('help')) {
    console.log(USAGE);
    return;
  }
  const seedCount = numberFlag(flags, 'seeds', DEFAULT_SEEDS, { min: 1, max: 20, integer: true });
  const jobs = numberFlag(flags, 'jobs', defaultJobs(), { min: 1, max: 64, integer: true });
  const quality = qualityFlag(flags);
  const targets = selectTargets(flags);
  const seeds = Array.from({ length: seedCount }, (_, i) => i + 1);
  if (flags.has('plan')) return printPlan(targets, seeds, quality);

  const specs = targets.flatMap((t) => t.runs);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const results = await runValidation(specs, { seeds, quality, jobs, log });
  const outcomes = targets.map((target) => targetResult(target, evaluateTarget(target, results)));

  const artifact: ValidationArtifact = {
    version: ARTIFACT_VERSION,
    seeds: seedCount,
    quality,
    blockWidthUm: VALIDATION_BLOCK_WIDTH_UM,
    results: outcomes,
    runs: runArtifacts(specs, results),
  };
  writeArtifact(ARTIFACT_PATH, artifact);
  log(`validate: mean series written to ${ARTIFACT_PATH}`);

  if (flags.has('json')) {
    process.stdout.write(
      `${JSON.stringify({ version: ARTIFACT_VERSION, seeds: seedCount, quality, results: outcomes })}\n`,
    );
  } else {
    console.log(
      `HealSim validation — educational model. ${seedCount} seed(s), quality ${quality}, block ` +
        `${VALIDATION_BLOCK_WIDTH_UM} µm; targets judged on the mean across seeds.\n`,
    );
    console.log(formatResultsTable(outcomes));
  }
  process.exitCode = outcomes.every((o) => o.pass) ? 0 : 1;
}

void runCli(main);
