/**
 * Engine benchmark, one thread, Node:
 *   1. diffusion  — the LOD solver alone, 5 fields on 100 × 100 × 150 voxels (× scale along depth)
 *   2. agents     — fibroblast motility (gradient sampling, random walk, deposition) for 100k agents (× scale)
 *   3. scenario   — the reference scenario end to end (block area × scale)
 *   4. heap       — heap before/after many steps of the full step loop, after forced GC (allocation check)
 *   5. healing    — the targets of the biology at the default tier: days 0–7 of one session (simulated h/s) and
 *                   a 4-session course, 4 weeks apart, through month 6 (wall s)
 *
 *   npm run -s bench -- [--json] [--scale K] [--runs N] [--healing-runs N] [--skip-healing]
 *
 * V8's JIT settles bimodally in fresh processes, so the parent runs N (default 5) fresh child processes and
 * reports the median of each figure (and every run's numbers with --json). The healing runs take a minute or
 * two each, so they run in their own fresh processes, --healing-runs times (default 1).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createSimulation, DT_H } from '../workers/engine/simulation';
import { benchDiffusion } from './bench-diffusion';
import { numberFlag, parseFlags, runCli } from './lib/args';
import { benchAgents, benchScenario, median, referenceParams } from './lib/benchCore';

let peakHeapMb = 0;
function noteHeap(): void {
  const m = process.memoryUsage();
  peakHeapMb = Math.max(peakHeapMb, (m.heapUsed + m.arrayBuffers) / 2 ** 20);
}

interface RunResult {
  diffusion: { voxels: number; fields: number; voxel_field_updates_per_s: number; ms_per_step: number };
  agents: { agents: number; agent_updates_per_s: number; ms_per_step: number };
  scenario: { voxels: number; agents: number; ms_per_step: number; sim_hours_per_s: number; simulated_h: number };
  heap: { steps: number; growth_mb: number };
  heap_mb: number;
}

/** Heap growth over `steps` steps of the full loop (small block so it is quick), after forced GCs. */
function benchHeap(steps: number): RunResult['heap'] {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc (npm run bench does)');
  // Sessions every 10 days so needling is inside the measured loop.
  const sim = createSimulation(
    referenceParams({ block_width_um: 600, quality: 'low', sessions: 5, interval_days: 10 }),
    1,
  );
  sim.advanceTo(50 * DT_H); // warm-up: JIT, first metric rows
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let s = 0; s < steps; s++) sim.step();
  gc();
  const after = process.memoryUsage().heapUsed;
  return { steps, growth_mb: (after - before) / 2 ** 20 };
}

interface HealingResult {
  week1: { simulated_h: number; wall_s: number; sim_hours_per_s: number };
  course: { sessions: number; interval_days: number; simulated_h: number; wall_s: number; sim_hours_per_s: number };
}

/** Days 0–7 of the reference session and a 4-session course through month 6, default tier. */
function healing(): HealingResult {
  const timed = (params: ReturnType<typeof referenceParams>, hours: number) => {
    const sim = createSimulation(params, 1);
    const t0 = performance.now();
    sim.advanceTo(hours);
    const wall = (performance.now() - t0) / 1000;
    return { simulated_h: hours, wall_s: wall, sim_hours_per_s: hours / wall };
  };
  const week1 = timed(referenceParams({}), 7 * 24);
  const course = timed(referenceParams({ sessions: 4, interval_days: 28 }), 180 * 24);
  return { week1, course: { sessions: 4, interval_days: 28, ...course } };
}

function child(scale: number, heapSteps: number): RunResult {
  const d = benchDiffusion({
    nx: 100,
    ny: 100,
    nz: Math.round(150 * scale),
    fields: 5,
    steps: 10,
    multiplier: 'tissue',
  });
  noteHeap();
  const diffusion = { voxels: 100 * 100 * Math.round(150 * scale), fields: 5, ...d };
  const agents = benchAgents(scale, noteHeap);
  const scenario = benchScenario(scale, 24, noteHeap);
  const heap = benchHeap(heapSteps);
  return { diffusion, agents, scenario, heap, heap_mb: peakHeapMb };
}

function main(): void {
  const flags = parseFlags(process.argv.slice(2), {
    json: { takesValue: false },
    scale: { takesValue: true },
    runs: { takesValue: true },
    'heap-steps': { takesValue: true },
    'healing-runs': { takesValue: true },
    'skip-healing': { takesValue: false },
    child: { takesValue: false },
    'healing-child': { takesValue: false },
  });
  if (flags.has('healing-child')) {
    process.stdout.write(`${JSON.stringify(healing())}\n`);
    return;
  }
  const scale = numberFlag(flags, 'scale', 1, { min: 0.125, max: 8 });
  const heapSteps = numberFlag(flags, 'heap-steps', 10_000, { min: 100, max: 100_000, integer: true });
  if (flags.has('child')) {
    process.stdout.write(`${JSON.stringify(child(scale, heapSteps))}\n`);
    return;
  }
  const runs = numberFlag(flags, 'runs', 5, { min: 1, max: 20, integer: true });
  const results: RunResult[] = [];
  const self = fileURLToPath(import.meta.url);
  for (let r = 0; r < runs; r++) {
    const out = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', self, '--child', '--scale', String(scale), '--heap-steps', String(heapSteps)],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    if (out.status !== 0) throw new Error(`benchmark run ${r + 1} failed: ${out.stderr}`);
    results.push(JSON.parse(out.stdout.trim().split('\n').at(-1)!) as RunResult);
    if (!flags.has('json')) process.stderr.write(`run ${r + 1}/${runs} done\n`);
  }
  const healingRuns = flags.has('skip-healing')
    ? 0
    : numberFlag(flags, 'healing-runs', 1, { min: 1, max: 10, integer: true });
  const healingResults: HealingResult[] = [];
  for (let r = 0; r < healingRuns; r++) {
    const out = spawnSync(process.execPath, ['--import', 'tsx', self, '--healing-child'], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (out.status !== 0) throw new Error(`healing run ${r + 1} failed: ${out.stderr}`);
    healingResults.push(JSON.parse(out.stdout.trim().split('\n').at(-1)!) as HealingResult);
    if (!flags.has('json')) process.stderr.write(`healing run ${r + 1}/${healingRuns} done\n`);
  }
  const med = (pick: (r: RunResult) => number) => median(results.map(pick));
  const healingMed = (pick: (r: HealingResult) => number) => median(healingResults.map(pick));
  const summary = {
    node: process.version,
    scale,
    runs,
    diffusion: {
      voxels: results[0]!.diffusion.voxels,
      fields: 5,
      voxel_field_updates_per_s: med((r) => r.diffusion.voxel_field_updates_per_s),
      ms_per_step: med((r) => r.diffusion.ms_per_step),
    },
    agents: {
      agents: results[0]!.agents.agents,
      agent_updates_per_s: med((r) => r.agents.agent_updates_per_s),
      ms_per_step: med((r) => r.agents.ms_per_step),
    },
    scenario: {
      voxels: results[0]!.scenario.voxels,
      agents: results[0]!.scenario.agents,
      ms_per_step: med((r) => r.scenario.ms_per_step),
      sim_hours_per_s: med((r) => r.scenario.sim_hours_per_s),
    },
    heap: { steps: heapSteps, growth_mb: med((r) => r.heap.growth_mb) },
    heap_mb: Math.max(...results.map((r) => r.heap_mb)),
    healing:
      healingResults.length === 0
        ? null
        : {
            runs: healingResults.length,
            week1_sim_hours_per_s: healingMed((r) => r.week1.sim_hours_per_s),
            course_wall_s: healingMed((r) => r.course.wall_s),
            course_sim_hours_per_s: healingMed((r) => r.course.sim_hours_per_s),
            each_run: healingResults,
          },
    each_run: results,
  };
  if (flags.has('json')) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  const m = (v: number) => (v / 1e6).toFixed(1);
  console.log(
    `HealSim engine benchmark — node ${process.version}, one thread, scale ${scale}, median of ${runs} processes`,
  );
  console.log(
    `diffusion  ${summary.diffusion.voxels} voxels × 5 fields: ${m(summary.diffusion.voxel_field_updates_per_s)} M voxel-field updates/s (${summary.diffusion.ms_per_step.toFixed(1)} ms/step)`,
  );
  console.log(
    `agents     ${summary.agents.agents} agents: ${m(summary.agents.agent_updates_per_s)} M agent-updates/s (${summary.agents.ms_per_step.toFixed(2)} ms/step)`,
  );
  console.log(
    `scenario   ${summary.scenario.voxels} voxels, ${summary.scenario.agents} agents: ${summary.scenario.ms_per_step.toFixed(2)} ms/step, ${summary.scenario.sim_hours_per_s.toFixed(1)} simulated h/s`,
  );
  console.log(
    `heap       growth over ${heapSteps} steps after GC: ${summary.heap.growth_mb.toFixed(3)} MB; peak ${summary.heap_mb.toFixed(0)} MB`,
  );
  if (summary.healing) {
    const h = summary.healing;
    console.log(
      `healing    days 0–7 of one session: ${h.week1_sim_hours_per_s.toFixed(1)} simulated h/s (target ≥ 6); ` +
        `4 sessions 4 weeks apart through month 6: ${h.course_wall_s.toFixed(1)} s (target ≤ 90), median of ${h.runs}`,
    );
  }
}

void runCli(main);
