/**
 * Runs one scenario headless and prints its metrics.
 *
 *   npm run -s simulate -- --preset NAME --days N --seed S [--set id=value ...] [--untreated] [--json]
 *
 * JSON follows the metrics contract (shared/science/TARGETS.md): { version, seed, preset, params, series }, plus
 * `untreated: true` for a control run (the same block, condition and seed, never needled, as the untreated side of
 * a split-face trial; the app's "compare vs untreated" runs the same).
 
 * Bad flags or values: exit 2 with one line naming the flag and what is allowed.
 */
import { formatParamValue, parseParamValue } from '../workers/model/paramValidation';
import { PRESET_IDS, resolvePreset } from '../workers/model/presets';
import { createSimulation } from '../workers/engine/simulation';
import { numberFlag, parseFlags, runCli, UsageError } from './lib/args';

const USAGE = `usage: npm run -s simulate -- [--preset NAME] [--days N] [--seed S] [--set id=value ...] [--untreated] [--json]
  --preset     one of ${PRESET_IDS.join(', ')} (default reference)
  --days       model days to run, 0–400 (default 7)
  --seed       integer 0–4294967295 (default 1)
  --set        override one parameter, e.g. --set needle_length_mm=0.5 (repeatable)
  --untreated  the control: the same block, condition and seed, never needled (JSON says untreated: true)
  --json       print the metrics contract as one JSON object instead of a table`;

export const CONTRACT_VERSION = 1;

function main(): void {
  const flags = parseFlags(process.argv.slice(2), {
    preset: { takesValue: true },
    days: { takesValue: true },
    seed: { takesValue: true },
    set: { takesValue: true, repeatable: true },
    untreated: { takesValue: false },
    json: { takesValue: false },
    help: { takesValue: false },
  });
  if (flags.has('help')) {
    console.log(USAGE);
    return;
  }
  const preset = flags.get('preset')?.[0] ?? 'reference';
  if (!(PRESET_IDS as readonly string[]).includes(preset)) {
    throw new UsageError(`--preset '${preset}' is unknown: allowed ${PRESET_IDS.join(', ')}`);
  }
  const days = numberFlag(flags, 'days', 7, { min: 0, max: 400 });
  const seed = numberFlag(flags, 'seed', 1, { min: 0, max: 4294967295, integer: true });
  const overrides: Record<string, unknown> = {};
  for (const assignment of flags.get('set') ?? []) {
    const eq = assignment.indexOf('=');
    if (eq <= 0)
      throw new UsageError(`--set '${assignment}' must look like id=value (e.g. --set needle_length_mm=0.5)`);
    const id = assignment.slice(0, eq);
    const parsed = parseParamValue(id, assignment.slice(eq + 1));
    if (!parsed.ok) throw new UsageError(`--set ${parsed.error.message}`);
    overrides[id] = parsed.value;
  }
  const resolved = resolvePreset(preset, overrides);
  if (!resolved.ok) throw new UsageError(`--set ${resolved.errors.map((e) => e.message).join('; ')}`);

  const untreated = flags.has('untreated');
  const sim = createSimulation(resolved.params, seed, { untreated });
  sim.advanceTo(days * 24);
  const series = sim.metrics();

  if (flags.has('json')) {
    const output = {
      version: CONTRACT_VERSION,
      seed,
      preset,
      ...(untreated ? { untreated: true } : {}),
      params: resolved.params,
      series,
    };
    process.stdout.write(`${JSON.stringify(output)}\n`);
    return;
  }
  printTable(preset, seed, untreated, resolved.params, series);
}

function printTable(
  preset: string,
  seed: number,
  untreated: boolean,
  params: Record<string, unknown>,
  series: Record<string, number[] | string[]>,
): void {
  const keys = Object.keys(series).filter((k) => k !== 't_h' && k !== 'phase');
  const treatment = untreated
    ? 'untreated control (never needled)'
    : `${params.device} ${formatParamValue(params.needle_length_mm as number)} mm`;
  console.log(
    `HealSim — educational model, not a prediction for any person. preset ${preset}, seed ${seed}, ` +
      `${treatment}, ${params.body_site}, ${params.condition}`,
  );
  const header = ['t (h)', 'phase', ...keys];
  const rows: string[][] = [];
  const t = series.t_h as number[];
  for (let i = 0; i < t.length; i++) {
    const h = t[i]!;
    // Every 6 h over the first 3 days, then daily.
    if (!(h <= 72 ? h % 6 === 0 : h % 24 === 0)) continue;
    rows.push([String(h), String(series.phase![i]), ...keys.map((k) => fmt((series[k] as number[])[i]!))]);
  }
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padStart(widths[c]!)).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}

function fmt(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3);
}

void runCli(main);
