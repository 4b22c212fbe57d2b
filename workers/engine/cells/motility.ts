/**
 * Cell motility shared by every migrating cell type: a persistent random walk biased up a chemical gradient
 * (chemotaxis), with field sampling and output deposited into field source terms.
 *
 * Polarity p evolves as an Ornstein–Uhlenbeck-like process: each step it relaxes toward the chemotactic
 * direction (up the relative gradient ∇c / c) with weight dt/τ_bias, gains isotropic noise of variance 2·dt/τ_persist, and is renormalised;
 * the cell moves speed·dt along p. With no gradient this gives a persistence time ≈ τ_persist (Rouillard &
 * Holmes 2012: 0.25–1.2 h for fibroblasts). Uniform noise in [−√3, √3] has unit variance and is several times
 * cheaper than Box–Muller; over many steps the walk is the same (central limit).
 */
import type { AgentStore } from '../agents';
import type { Grid } from '../grid';
import type { MatrixState } from '../matrix';
import type { Rng } from '../rng';

export interface MotilityRule {
  /** Cell kind this rule moves. */
  kind: number;
  /** Crawling speed, µm/h. */
  speedUmPerH: number;
  /** Persistence time of the random walk, h. */
  persistenceH: number;
  /**
   * RELATIVE gradient |∇c| / c (per µm) at which chemotaxis is half-saturated. Cells sense the fractional
   * difference in receptor occupancy across their length (Weber's law), not the absolute gradient, so a faint
   * but steep signal steers them as well as a strong one.
   */
  gradientHalfSat: number;
  /** Weight of chemotaxis against persistence (0 = none, 1 = turns fully toward the gradient in τ_persist). */
  chemotaxisWeight: number;
  /** Allowed depth band, µm (cells reflect at its edges: e.g. fibroblasts stay in the dermis). */
  minDepthUm: number;
  maxDepthUm: number;
  /**
   * Weight of contact guidance (0 = none): each step the heading p gains w·dt/τ_persist · (Q̂·p), Q̂ the local
   * fibre tensor normalised by its trace, so cells tend to follow fibres (Rouillard & Holmes 2012 weight 1/6).
   */
  contactGuidance: number;
  /** Speed scale floor: cells with a per-agent speed scale move at least this fraction of top speed. */
  minSpeedScale: number;
  /** Only agents in this state move (e.g. live, not apoptotic, neutrophils); −1 = every state. */
  movingState: number;
}

/**
 * Concentration (relative units) added to c in the relative gradient, so that float noise in an almost empty
 * field does not steer cells: below ~1e-4 of a half-saturating signal receptors are essentially empty. Assumed.
 */
const SENSING_FLOOR = 1e-4;

/** Debris level at which a phagocyte stops to eat, and the fraction of its speed it keeps meanwhile: assumed. */
const ARREST_AT = 0.05;
const ARREST_SPEED = 0.1;

/** Cells slower than this fraction of their top speed do not move this step (quiescent cells; saves work). */
const MIN_SPEED_SCALE = 0.02;

const SQRT3 = Math.sqrt(3);

/**
 * Moves every agent of `rule.kind` one step. `attractant` is the field values the cells climb, `outputSources`
 * the source array they deposit into at `outputPerH` each (negative = uptake). `speedScale` (per agent, e.g.
 * activation) multiplies the speed; `matrix` enables contact guidance. Allocation-free.
 */
export function moveCells(
  agents: AgentStore,
  rule: MotilityRule,
  grid: Grid,
  widthUm: number,
  attractant: Float32Array,
  outputSources: Float32Array | null,
  outputPerH: number,
  dtH: number,
  rng: Rng,
  speedScale: Float32Array | null = null,
  matrix: MatrixState | null = null,
  arrestOn: Float32Array | null = null,
): void {
  const { x: X, y: Y, z: Z, px: PX, py: PY, pz: PZ, kind: K, ageH: AGE } = agents;
  const dx = grid.dxUm;
  const inv = 1 / dx;
  const nx = grid.nx;
  const ny = grid.ny;
  const nz = grid.nz;
  const sy = nx;
  const sz = nx * ny;
  const noise = SQRT3 * Math.sqrt((2 * dtH) / rule.persistenceH);
  const bias = Math.min(1, (dtH / rule.persistenceH) * rule.chemotaxisWeight);
  const step = rule.speedUmPerH * dtH;
  const half = rule.gradientHalfSat;
  const zMin = rule.minDepthUm;
  const zMax = rule.maxDepthUm;
  const deposit = outputSources !== null && outputPerH !== 0;
  const guide =
    matrix !== null && rule.contactGuidance > 0 ? Math.min(1, (dtH / rule.persistenceH) * rule.contactGuidance) : 0;
  for (let i = 0, n = agents.count; i < n; i++) {
    if (K[i] !== rule.kind || (rule.movingState >= 0 && agents.state[i] !== rule.movingState)) continue;
    const scale = speedScale === null ? 1 : Math.max(rule.minSpeedScale, speedScale[i]!);
    if (scale < MIN_SPEED_SCALE) {
      AGE[i] = AGE[i]! + dtH;
      continue;
    }
    const x = X[i]!;
    const y = Y[i]!;
    const z = Z[i]!;
    // Containing voxel and its central-difference gradient (one-sided at faces).
    let ix = (x * inv) | 0;
    let iy = (y * inv) | 0;
    let iz = (z * inv) | 0;
    if (ix >= nx) ix = nx - 1;
    if (iy >= ny) iy = ny - 1;
    if (iz >= nz) iz = nz - 1;
    const v = ix + sy * iy + sz * iz;
    const gx = attractant[ix < nx - 1 ? v + 1 : v]! - attractant[ix > 0 ? v - 1 : v]!;
    const gy = attractant[iy < ny - 1 ? v + sy : v]! - attractant[iy > 0 ? v - sy : v]!;
    const gz = attractant[iz < nz - 1 ? v + sz : v]! - attractant[iz > 0 ? v - sz : v]!;
    const gLen = Math.sqrt(gx * gx + gy * gy + gz * gz);
    let ppx = PX[i]!;
    let ppy = PY[i]!;
    let ppz = PZ[i]!;
    if (gLen > 0) {
      // Saturating response to the relative gradient g = |∇c| / c per µm (central difference spans 2 voxels).
      const g = gLen / (2 * dx) / (attractant[v]! + SENSING_FLOOR);
      const w = (bias * g) / (g + half) / gLen;
      ppx += w * gx;
      ppy += w * gy;
      ppz += w * gz;
    }
    if (guide > 0) {
      const m = matrix!;
      const tr = m.qxx[v]! + m.qyy[v]! + m.qzz[v]!;
      if (tr > 1e-6) {
        // Q̂·p, sign-aligned with p (fibres have no head or tail).
        const w = guide / tr;
        const qx = m.qxx[v]! * ppx + m.qxy[v]! * ppy + m.qxz[v]! * ppz;
        const qy = m.qxy[v]! * ppx + m.qyy[v]! * ppy + m.qyz[v]! * ppz;
        const qz = m.qxz[v]! * ppx + m.qyz[v]! * ppy + m.qzz[v]! * ppz;
        ppx += w * qx;
        ppy += w * qy;
        ppz += w * qz;
      }
    }
    ppx += noise * (2 * rng.next() - 1);
    ppy += noise * (2 * rng.next() - 1);
    ppz += noise * (2 * rng.next() - 1);
    const len = Math.sqrt(ppx * ppx + ppy * ppy + ppz * ppz) || 1;
    ppx /= len;
    ppy /= len;
    ppz /= len;
    // Phagocytes stop to eat: a cell on debris (arrestOn above ARREST_AT) crawls at ARREST_SPEED of its speed.
    const stepI = step * scale * (arrestOn !== null && arrestOn[v]! > ARREST_AT ? ARREST_SPEED : 1);
    let nxp = x + stepI * ppx;
    let nyp = y + stepI * ppy;
    let nzp = z + stepI * ppz;
    // Reflect at the block's sides and the band's top/bottom (one bounce: a step is far shorter than either).
    if (nxp < 0) {
      nxp = -nxp;
      ppx = -ppx;
    } else if (nxp >= widthUm) {
      nxp = 2 * widthUm - nxp - 1e-3;
      ppx = -ppx;
    }
    if (nyp < 0) {
      nyp = -nyp;
      ppy = -ppy;
    } else if (nyp >= widthUm) {
      nyp = 2 * widthUm - nyp - 1e-3;
      ppy = -ppy;
    }
    if (nzp < zMin) {
      nzp = 2 * zMin - nzp;
      ppz = -ppz;
    } else if (nzp > zMax) {
      nzp = 2 * zMax - nzp;
      ppz = -ppz;
    }
    X[i] = nxp;
    Y[i] = nyp;
    Z[i] = nzp;
    PX[i] = ppx;
    PY[i] = ppy;
    PZ[i] = ppz;
    AGE[i] = AGE[i]! + dtH;
    if (deposit) outputSources![v]! += outputPerH;
  }
}
