/**
 * Morris elementary-effects screen over the assumed and calibrated model parameters (scripts/sensitivity/*),
 * run through the sweep runner (resumable; shardable by running `npm run sweep` on the written design instead).
 * Writes docs/validation/sensitivity.json (output → parameters ranked by μ*, with σ; design size, seeds, engine
 * version) and prints the markdown section for docs/validation.md.
 *
 *   npm run -s sensitivity [-- --trajectories R] [--levels P] [--days N] [--seed S] [--jobs N] [--params a,b]
 *
 * Default: r = 4 trajectories, p = 4 levels, 42 days, low tier on a 600 µm block: (k + 1) × 4 runs, within
 * ~30 min on one core. Bigger screens: raise --trajectories (r = 10–20 is usual), --block and --quality.
 * Exit 0 when every run succeeded, 1 when some failed (their effects are left out), 2 on bad flags.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ParamValue } from '../workers/model/params';
import { numberFlag, parseFlags, runCli, UsageError } from './lib/args';
import type { ParsedFlags } from './lib/args';
import { morrisDesign } from './sensitivity/design';
import { sensitivityMarkdown } from './sensitivity/markdown';
import { SCREEN_OUTPUTS } from './sensitivity/outputs';
import { screenFactors } from './sensitivity/parameters';
import { screenResult, screenRows } from './sensitivity/screen';
import { designJsonl } from './sweep/design';
import { engineVersion } from './sweep/engineVersion';
import { setOverrides } from './sweep/overrides';
import { runSweep } from './sweep/run';
import type { Quality } from './validation/runner';
import { DEFAULT_QUALITY, defaultJobs, QUALITIES } from './validation/runner';

const USAGE = `usage: npm run -s sensitivity -- [--trajectories R] [--levels P] [--days N] [--seed S] [--jobs N] [--params a,b]
  --trajectories  Morris trajectories r, 1–100 (default 4)
  --levels        grid levels p, an even number 2–20 (default 4)
  --days          model days per run, 1–400 (default 42; the reference scenario: one pen session at 1.5 mm)
  --seed          design seed (default 1); --run-seed: the simulation seed of every run (default 1)
  --quality       ${QUALITIES.join(', ')} (default ${DEFAULT_QUALITY}); --block: block width in µm, 600–2000 (default 600)
  --set           scenario under every run, e.g. --set sessions=6 --set interval_days=14 (repeatable; default:
                  the reference scenario, in which the patient-factor parameters have no effect)
  --params        comma-separated subset of the screened parameters (default: every assumed or calibrated one)
  --jobs          simulations in parallel, 1–64 (default: CPU count, ${defaultJobs()} here)
  --out           sweep output (JSONL, resumable; default artifacts/sensitivity/morris.jsonl)
  --json          result file (default docs/validation/sensitivity.json)
  --design-out    also write the design as a JSONL sweep design (with --dry-run: only that, to spread it with npm run sweep --shard)
  --dry-run       print the factors and the design size, then exit`;

function paramsFlag(flags: ParsedFlags): string[] | undefined {
  const text = flags.get('params')?.[0];
  if (text === undefined) return undefined;
  const ids = text.split(',').map((s) => s.trim());
  const allowed = screenFactors().map((f) => f.id);
  const unknown = ids.filter((id) => !allowed.includes(id));
  if (unknown.length > 0 || ids.length === 0) {
    throw new UsageError(`--params '${text}' names parameters that are not screened: allowed ${allowed.join(', ')}`);
  }
  return ids;
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), {
    trajectories: { takesValue: true },
    levels: { takesValue: true },
    days: { takesValue: true },
    seed: { takesValue: true },
    'run-seed': { takesValue: true },
    quality: { takesValue: true },
    block: { takesValue: true },
    params: { takesValue: true },
    set: { takesValue: true, repeatable: true },
    jobs: { takesValue: true },
    out: { takesValue: true },
    json: { takesValue: true },
    'design-out': { takesValue: true },
    'dry-run': { takesValue: false },
    help: { takesValue: false },
  });
  if (flags.has('help')) {
    console.log(USAGE);
    return;
  }
  const r = numberFlag(flags, 'trajectories', 4, { min: 1, max: 100, integer: true });
  const p = numberFlag(flags, 'levels', 4, { min: 2, max: 20, integer: true });
  if (p % 2 !== 0) throw new UsageError(`--levels ${p} is odd: allowed an even number 2–20`);
  const days = numberFlag(flags, 'days', 42, { min: 1, max: 400 });
  const seed = numberFlag(flags, 'seed', 1, { min: 0, max: 4294967295, integer: true });
  const runSeed = numberFlag(flags, 'run-seed', 1, { min: 0, max: 4294967295, integer: true });
  const block = numberFlag(flags, 'block', 600, { min: 600, max: 2000 });
  const qualityText = flags.get('quality')?.[0] ?? DEFAULT_QUALITY;
  const quality = QUALITIES.find((q) => q === qualityText) as Quality | undefined;
  if (!quality) throw new UsageError(`--quality '${qualityText}' is unknown: allowed ${QUALITIES.join(', ')}`);
  const jobs = numberFlag(flags, 'jobs', defaultJobs(), { min: 1, max: 64, integer: true });
  const out = flags.get('out')?.[0] ?? 'artifacts/sensitivity/morris.jsonl';
  const jsonPath = flags.get('json')?.[0] ?? 'docs/validation/sensitivity.json';

  const factors = screenFactors(paramsFlag(flags));
  const design = morrisDesign(factors.length, r, p, seed);
  const rows = screenRows(design, factors, days, runSeed);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const base: Record<string, ParamValue> = { ...setOverrides(flags), quality, block_width_um: block };
  const screened = factors.find((f) => f.id in base);
  if (screened)
    throw new UsageError(
      `--set ${screened.id}: a screened parameter cannot also be fixed (leave out the --set, or screen a --params subset without it)`,
    );
  const designOut = flags.get('design-out')?.[0];
  if (designOut) {
    mkdirSync(dirname(designOut), { recursive: true });
    // The base goes into every row, so that `npm run sweep` on this file runs exactly these simulations.
    writeFileSync(designOut, designJsonl(rows.map((row) => ({ ...row, changes: { ...base, ...row.changes } }))));
    log(`sensitivity: design written to ${designOut}`);
  }
  if (flags.has('dry-run')) {
    for (const f of factors) console.log(`${f.id}\t${f.min}–${f.max}\t${f.scale}\t${f.evidence}`);
    console.log(`${factors.length} parameters, ${r} trajectories × ${p} levels: ${rows.length} runs of ${days} d`);
    return;
  }
  const sweep = await runSweep({ rows, base, out, jobs, seriesEveryH: 0, log });
  const result = screenResult(design, factors, sweep.records, SCREEN_OUTPUTS, {
    engine: engineVersion().id,
    runSeed,
    days,
    base,
  });
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify(result, null, 2)}\n`);
  log(`sensitivity: ${rows.length} runs → ${jsonPath}`);
  process.stdout.write(sensitivityMarkdown(result));
  process.exitCode = sweep.failed > 0 ? 1 : 0;
}

void runCli(main);
