/**
 * Benchmark measurements that run anywhere the engine runs (Node or a browser Worker): no Node or DOM imports.
 * `scripts/bench.ts` (Node) and `scripts/bench-browser/bench.worker.ts` (Chromium) both call these.
 */
import { AgentStore, SpatialHash } from '../../workers/engine/agents';
import { CellKind } from '../../workers/model/cellKinds';
import { moveCells } from '../../workers/engine/cells/motility';
import { createGrid } from '../../workers/engine/grid';
import { resolvePreset } from '../../workers/model/presets';
import { Rng } from '../../workers/engine/rng';
import { createSimulation, DT_H } from '../../workers/engine/simulation';

export interface AgentsResult {
  agents: number;
  agent_updates_per_s: number;
  ms_per_step: number;
}
export interface ScenarioResult {
  voxels: number;
  agents: number;
  ms_per_step: number;
  sim_hours_per_s: number;
  simulated_h: number;
}

/** Optional hook to sample memory while a measurement runs (Node passes one; browsers do without). */
export type HeapProbe = () => void;
const noProbe: HeapProbe = () => undefined;

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function benchAgents(scale: number, noteHeap: HeapProbe = noProbe): AgentsResult {
  const grid = createGrid(100, 100, 150, 20);
  const widthUm = 2000;
  const n = Math.round(100_000 * scale);
  const agents = new AgentStore(n);
  const rng = new Rng(1, 1);
  for (let i = 0; i < n; i++)
    agents.spawn(CellKind.fibroblast, rng.uniform(0, widthUm), rng.uniform(0, widthUm), rng.uniform(0, 3000));
  const attractant = new Float32Array(grid.size);
  for (let i = 0; i < attractant.length; i++) attractant[i] = Math.sin(i * 0.01) + 1;
  const sink = new Float32Array(grid.size);
  // Locality: agents sorted by spatial bin, as the simulation keeps them.
  const hash = new SpatialHash(widthUm, widthUm, 3000, 40, n);
  hash.build(agents);
  hash.sortAgents(agents);
  const rule = {
    kind: CellKind.fibroblast,
    speedUmPerH: 10,
    persistenceH: 1.2,
    gradientHalfSat: 1e-3,
    chemotaxisWeight: 1,
    minDepthUm: 0,
    maxDepthUm: 2999,
    contactGuidance: 0,
    movingState: -1,
    minSpeedScale: 0,
  };
  const step = () => moveCells(agents, rule, grid, widthUm, attractant, sink, 0.6, DT_H, rng);
  for (let s = 0; s < 5; s++) step();
  const steps = 30;
  const t0 = performance.now();
  for (let s = 0; s < steps; s++) step();
  const ms = (performance.now() - t0) / steps;
  noteHeap();
  return { agents: n, agent_updates_per_s: n / (ms / 1000), ms_per_step: ms };
}

export function referenceParams(overrides: Record<string, unknown>) {
  const r = resolvePreset('reference', overrides);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.params;
}

export function benchScenario(scale: number, hours = 24, noteHeap: HeapProbe = noProbe): ScenarioResult {
  // Block area × scale (width × √scale), rounded to the schema's 100 µm step and capped at its 2 mm maximum.
  const width = Math.min(2000, Math.round((1000 * Math.sqrt(scale)) / 100) * 100);
  const sim = createSimulation(referenceParams({ block_width_um: width }), 1);
  const stepTimes: number[] = [];
  const t0 = performance.now();
  while (sim.timeH < hours - 1e-9) {
    const s = performance.now();
    sim.step();
    stepTimes.push(performance.now() - s);
    if (stepTimes.length % 50 === 0) noteHeap();
  }
  const wall = (performance.now() - t0) / 1000;
  return {
    voxels: sim.geometry.grid.size,
    agents: sim.agents.count,
    ms_per_step: median(stepTimes),
    sim_hours_per_s: hours / wall,
    simulated_h: hours,
  };
}
