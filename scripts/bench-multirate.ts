/**
 * What multi-rate stepping costs in accuracy: the reference scenario run with the engine's cadences and with
 * every system and field at every 6-min step (SimulationOptions.singleRate), same seeds, compared metric by metric.
 *
 *   npm run -s bench:multirate -- [--days N] [--seeds N] [--quality low|medium|high] [--json]
 *
 * The two schemes consume random numbers in a different order, so even a perfect scheme would differ by seed
 * noise: the table prints the seed-to-seed spread of the single-rate runs beside each difference, and the
 * difference counts only where it exceeds that spread.
 */
import { createSimulation } from '../workers/engine/simulation';
import { numberFlag, parseFlags, runCli, UsageError } from './lib/args';
import { referenceParams } from './lib/benchCore';

const METRICS = [
  'neutrophils',
  'macrophages_m1',
  'macrophages_m2',
  'fibroblasts',
  'myofibroblasts',
  'reepithelialisation',
  'barrier',
  'channel_patency',
  'collagen_i_tz',
  'collagen_iii_tz',
  'new_collagen',
  'alignment_tz',
  'vessels_tz',
  'erythema',
  'pigment_risk',
] as const;

interface Run {
  wallS: number;
  series: Record<string, number[]>;
}

function run(days: number, seed: number, quality: string, singleRate: boolean): Run {
  const sim = createSimulation(referenceParams({ quality }), seed, { singleRate });
  const t0 = performance.now();
  sim.advanceTo(days * 24);
  const wallS = (performance.now() - t0) / 1000;
  return { wallS, series: sim.metrics() as Record<string, number[]> };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Per-hour mean over seeds. */
function meanSeries(runs: Run[], key: string): number[] {
  const n = runs[0]!.series[key]!.length;
  return Array.from({ length: n }, (_, h) => mean(runs.map((r) => r.series[key]![h]!)));
}

function peak(series: number[]): { value: number; hour: number } {
  let hour = 0;
  for (let h = 1; h < series.length; h++) if (series[h]! > series[hour]!) hour = h;
  return { value: series[hour]!, hour };
}

function main(): void {
  const flags = parseFlags(process.argv.slice(2), {
    days: { takesValue: true },
    seeds: { takesValue: true },
    quality: { takesValue: true },
    json: { takesValue: false },
  });
  const days = numberFlag(flags, 'days', 7, { min: 1, max: 60 });
  const seeds = numberFlag(flags, 'seeds', 3, { min: 1, max: 10, integer: true });
  const quality = flags.get('quality')?.[0] ?? 'low';
  if (!['low', 'medium', 'high'].includes(quality)) {
    throw new UsageError(`--quality must be low, medium or high (got '${quality}')`);
  }
  const multi: Run[] = [];
  const single: Run[] = [];
  for (let s = 1; s <= seeds; s++) {
    multi.push(run(days, s, quality, false));
    single.push(run(days, s, quality, true));
    if (!flags.has('json')) process.stderr.write(`seed ${s}/${seeds} done\n`);
  }
  const rows = METRICS.map((key) => {
    const m = meanSeries(multi, key);
    const r = meanSeries(single, key);
    const scale = Math.max(...r.map(Math.abs), 1e-12);
    let maxDiff = 0;
    for (let h = 0; h < r.length; h++) maxDiff = Math.max(maxDiff, Math.abs(m[h]! - r[h]!));
    // Seed spread of the reference: largest per-hour range across its seeds.
    let spread = 0;
    for (let h = 0; h < r.length; h++) {
      const values = single.map((run) => run.series[key]![h]!);
      spread = Math.max(spread, Math.max(...values) - Math.min(...values));
    }
    return {
      key,
      peak_multi: peak(m),
      peak_single: peak(r),
      max_difference_of_peak: maxDiff / scale,
      seed_spread_of_peak: spread / scale,
      end_multi: m.at(-1)!,
      end_single: r.at(-1)!,
    };
  });
  const summary = {
    days,
    seeds,
    quality,
    wall_s_multi: mean(multi.map((r) => r.wallS)),
    wall_s_single: mean(single.map((r) => r.wallS)),
    metrics: rows,
  };
  if (flags.has('json')) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  const f = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3));
  console.log(
    `Multi-rate vs single-rate, reference scenario, ${days} days, ${seeds} seeds, quality ${quality}: ` +
      `${summary.wall_s_multi.toFixed(1)} s vs ${summary.wall_s_single.toFixed(1)} s per run`,
  );
  console.log('metric               peak multi (h)        peak single (h)       max |Δ|/peak  seed spread/peak');
  for (const r of rows) {
    console.log(
      `${r.key.padEnd(20)} ${`${f(r.peak_multi.value)} (${r.peak_multi.hour})`.padEnd(21)} ` +
        `${`${f(r.peak_single.value)} (${r.peak_single.hour})`.padEnd(21)} ` +
        `${(100 * r.max_difference_of_peak).toFixed(1).padStart(6)} %      ${(100 * r.seed_spread_of_peak).toFixed(1).padStart(6)} %`,
    );
  }
}

void runCli(main);
