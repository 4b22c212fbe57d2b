/**
 * The simulation facade: owns the state and advances it in fixed model steps.
 *
 * FOUNDATION SLICE. This is a deliberately small placeholder model — cells doing a persistent random walk
 * in a block of tissue — that exercises the real pipeline (seeded streams, fixed dt, struct-of-arrays
 * state, frames for the renderer). The engine issue replaces its insides (params, geometry, fields,
 * systems); the shape stays: `createSimulation` → `step` / `advanceTo` → `writeFrame`.
 *
 * Time: model time is `stepIndex * DT_H`, never an accumulated float and never wall time, so the same
 * seed gives the same state at the same step however the caller slices the work.
 */
import { AgentStore } from './agents';
import { Rng, RngStream } from './rng';

/** Fixed model step, hours. 6 min resolves a cell moving ~1–2 µm per step at fibroblast speeds. */
export const DT_H = 0.1;

/** Cell type codes used by the placeholder (the biology issue defines the real table). */
export const CellKind = { fibroblast: 0, immune: 1 } as const;

export interface SimulationConfig {
  /** Seed for every random stream. */
  seed: number;
  /** Number of placeholder cells. */
  agentCount: number;
}

/** Block of skin, µm: x and y along the surface, z depth below it. (Placeholder; geometry.ts replaces it.) */
export const DOMAIN_UM = { x: 1000, y: 1000, z: 1200 } as const;

/**
 * Placeholder cell speed, µm/h. Fibroblasts crawl ~0.5–1 µm/min (PhysiCell parameter guide, EVIDENCE §4a);
 * 30 µm/h is in that range and visible on screen.
 */
const CELL_SPEED_UM_PER_H = 30;
/** Heading noise per √h (persistence time ≈ 1/σ² ≈ 1 h, EVIDENCE §6.16: 0.25–1.2 h). */
const HEADING_NOISE_PER_SQRT_H = 1;

export class Simulation {
  readonly seed: number;
  readonly agents: AgentStore;
  stepIndex = 0;
  private readonly placement: Rng;
  private readonly motility: Rng;

  constructor(config: SimulationConfig) {
    this.seed = config.seed >>> 0;
    this.agents = new AgentStore(config.agentCount);
    this.placement = new Rng(this.seed, RngStream.placement);
    this.motility = new Rng(this.seed, RngStream.motility);
    this.seedCells(config.agentCount);
  }

  get timeH(): number {
    return this.stepIndex * DT_H;
  }

  private seedCells(n: number): void {
    const r = this.placement;
    for (let i = 0; i < n; i++) {
      const kind = r.next() < 0.8 ? CellKind.fibroblast : CellKind.immune;
      // Cells live in the dermis band (placeholder depths 100–1100 µm).
      const slot = this.agents.spawn(kind, r.uniform(0, DOMAIN_UM.x), r.uniform(0, DOMAIN_UM.y), r.uniform(100, 1100));
      this.randomHeading(slot, r);
    }
  }

  private randomHeading(i: number, r: Rng): void {
    const a = this.agents;
    let hx = r.normal();
    let hy = r.normal();
    let hz = r.normal();
    const len = Math.hypot(hx, hy, hz) || 1;
    hx /= len;
    hy /= len;
    hz /= len;
    a.hx[i] = hx;
    a.hy[i] = hy;
    a.hz[i] = hz;
  }

  /** Advances one fixed model step. Allocates nothing. */
  step(): void {
    const a = this.agents;
    const r = this.motility;
    const noise = HEADING_NOISE_PER_SQRT_H * Math.sqrt(DT_H);
    const move = CELL_SPEED_UM_PER_H * DT_H;
    const { x: X, y: Y, z: Z, hx: HX, hy: HY, hz: HZ } = a;
    for (let i = 0, n = a.count; i < n; i++) {
      let hx = HX[i]! + noise * r.normal();
      let hy = HY[i]! + noise * r.normal();
      let hz = HZ[i]! + noise * r.normal();
      const len = Math.hypot(hx, hy, hz) || 1;
      hx /= len;
      hy /= len;
      hz /= len;
      X[i] = reflect(X[i]! + move * hx, 0, DOMAIN_UM.x);
      Y[i] = reflect(Y[i]! + move * hy, 0, DOMAIN_UM.y);
      Z[i] = reflect(Z[i]! + move * hz, 100, 1100);
      HX[i] = hx;
      HY[i] = hy;
      HZ[i] = hz;
    }
    this.stepIndex++;
  }

  /** Steps until model time reaches `hours` (never past it). Returns the number of steps taken. */
  advanceTo(hours: number, maxSteps = Number.POSITIVE_INFINITY): number {
    const target = Math.floor(hours / DT_H + 1e-9);
    let taken = 0;
    while (this.stepIndex < target && taken < maxSteps) {
      this.step();
      taken++;
    }
    return taken;
  }
}

/** Mirrors a coordinate back into [lo, hi] (one bounce is enough: a step is far shorter than the box). */
function reflect(v: number, lo: number, hi: number): number {
  if (v < lo) return 2 * lo - v;
  if (v > hi) return 2 * hi - v;
  return v;
}

export function createSimulation(config: SimulationConfig): Simulation {
  return new Simulation(config);
}
