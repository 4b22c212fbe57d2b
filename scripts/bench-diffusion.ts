/**
 * Benchmark of the diffusion–decay solver (workers/engine/diffusion.ts), one thread.
 *
 * Metric: voxel-field updates per second, where one update is one voxel of one field taken through a full step
 * (sources, x, y and z sweeps, decay). Target: ≥ 60 M/s for 5 fields on 100 × 100 × 150 (docs: engine issue).
 *
 * Run: npx tsx scripts/bench-diffusion.ts
 */
import { DiffusionSolver } from '../workers/engine/diffusion';
import { FieldSet, type FieldSpec } from '../workers/engine/fields';
import { createGrid } from '../workers/engine/grid';
import { DT_H } from '../workers/engine/simulation';

export interface BenchDiffusionOptions {
  nx: number;
  ny: number;
  nz: number;
  fields: number;
  steps: number;
  /**
   * Per-voxel diffusivity multiplier: 'none' (uniform D, the default), 'tissue' (layered skin with a needle
   * channel: the realistic case, swept with precomputed per-profile factors) or 'random' (every line different:
   * the worst case, mostly swept by the on-the-fly kernel).
   */
  multiplier?: 'none' | 'tissue' | 'random';
}

export interface BenchDiffusionResult {
  voxel_field_updates_per_s: number;
  ms_per_step: number;
}

/** Voxel edge for the benchmark grid, µm (the engine's planned 10 µm resolution; it does not affect speed). */
const BENCH_DX_UM = 10;
/** Untimed steps first, so V8 has optimised the sweeps before timing starts. */
const WARMUP_STEPS = 3;

/**
 * Representative field parameters, cycled when more fields are asked for: effective in-tissue D spanning a few
 * decades (EVIDENCE.md: 0.02–100 µm²/s) and decay half-lives of minutes to hours. Speed does not depend on them.
 */
const BENCH_FIELD_PARAMETERS: readonly { diffusionUm2PerH: number; decayPerH: number }[] = [
  { diffusionUm2PerH: 360_000, decayPerH: 3.6 }, // chemokine-like: 100 µm²/s, t½ ≈ 12 min
  { diffusionUm2PerH: 3_600, decayPerH: 0.35 }, // matrix-bound growth factor: 1 µm²/s, t½ ≈ 2 h
  { diffusionUm2PerH: 36_000, decayPerH: 0.7 },
  { diffusionUm2PerH: 6_000_000, decayPerH: 6 }, // oxygen-like (PhysiCell default ≈ 1.7·10³ µm²/s)
  { diffusionUm2PerH: 720, decayPerH: 0.05 },
];

function benchSpecs(count: number): FieldSpec[] {
  return Array.from({ length: count }, (_, f) => ({
    id: `field${f}`,
    label: `Field ${f}`,
    unit: 'a.u.',
    ...BENCH_FIELD_PARAMETERS[f % BENCH_FIELD_PARAMETERS.length]!,
    source: 'benchmark placeholder',
  }));
}

export function benchDiffusion(opts: BenchDiffusionOptions): BenchDiffusionResult {
  const grid = createGrid(opts.nx, opts.ny, opts.nz, BENCH_DX_UM);
  const multiplier = opts.multiplier ?? 'none';
  const fields = new FieldSet(grid, benchSpecs(opts.fields), { diffusivityMultiplier: multiplier !== 'none' });
  // Smooth, non-zero data (denormals or all-zero fields could make the timing unrepresentative).
  for (let f = 0; f < fields.count; f++) {
    const v = fields.values[f]!;
    for (let i = 0; i < v.length; i++) v[i] = 1 + Math.sin(i * 0.001 + f);
  }
  const m = fields.diffusivityMultiplier;
  if (m) {
    for (let i = 0; i < m.length; i++) {
      const ix = i % grid.nx;
      const iy = Math.floor(i / grid.nx) % grid.ny;
      const iz = Math.floor(i / (grid.nx * grid.ny));
      if (multiplier === 'random') {
        m[i] = 0.5 + 0.5 * Math.abs(Math.sin(i * 12.9898)); // deterministic pseudo-random in [0.5, 1]
      } else {
        // Stratum corneum (barrier), viable epidermis, dermis; a needle channel of free fluid through them.
        const inChannel = Math.hypot(ix - grid.nx / 2, iy - grid.ny / 2) < 4 && iz < grid.nz / 2;
        m[i] = inChannel ? 2 : iz < 2 ? 0.01 : iz < 10 ? 0.3 : 1;
      }
    }
    fields.markDiffusivityChanged();
  }
  const solver = new DiffusionSolver(fields);
  const addSources = (): void => {
    // A point source per field, as cells would add; the solver consumes it.
    for (let f = 0; f < fields.count; f++) fields.sources[f]![grid.size >> 1] = 1;
  };
  for (let s = 0; s < WARMUP_STEPS; s++) {
    addSources();
    solver.step(DT_H);
  }
  const start = performance.now();
  for (let s = 0; s < opts.steps; s++) {
    addSources();
    solver.step(DT_H);
  }
  const ms = performance.now() - start;
  const msPerStep = ms / opts.steps;
  return {
    voxel_field_updates_per_s: (grid.size * opts.fields) / (msPerStep / 1000),
    ms_per_step: msPerStep,
  };
}

// No Node imports: the browser benchmark Worker imports this module too (there `process` does not exist).
const runDirectly =
  typeof process !== 'undefined' && process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1]);
if (runDirectly) {
  const base = { nx: 100, ny: 100, nz: 150, fields: 5, steps: 20 };
  const format = (r: BenchDiffusionResult): string =>
    `${(r.voxel_field_updates_per_s / 1e6).toFixed(1)} M voxel-field updates/s, ${r.ms_per_step.toFixed(1)} ms/step`;
  console.log(`diffusion 100×100×150, 5 fields, uniform D:          ${format(benchDiffusion(base))}`);
  for (const multiplier of ['tissue', 'random'] as const) {
    const label = `${multiplier} multiplier:`.padEnd(19);
    console.log(`diffusion 100×100×150, 5 fields, ${label} ${format(benchDiffusion({ ...base, multiplier }))}`);
  }
}
