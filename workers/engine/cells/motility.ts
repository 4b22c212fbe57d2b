/**
 * Cell motility shared by every migrating cell type: a persistent random walk biased up a chemical gradient
 * (chemotaxis), with field sampling and output deposited into field source terms.
 *
 * Polarity p evolves as an Ornstein–Uhlenbeck-like process: each step it relaxes toward the chemotactic
 * direction with weight dt/τ_bias, gains isotropic noise of variance 2·dt/τ_persist, and is renormalised;
 * the cell moves speed·dt along p. With no gradient this gives a persistence time ≈ τ_persist (Rouillard &
 * Holmes 2012: 0.25–1.2 h for fibroblasts). Uniform noise in [−√3, √3] has unit variance and is several times
 * cheaper than Box–Muller; over many steps the walk is the same (central limit).
 */
import type { AgentStore } from '../agents';
import type { Grid } from '../grid';
import type { Rng } from '../rng';

export interface MotilityRule {
  /** Cell kind this rule moves. */
  kind: number;
  /** Crawling speed, µm/h. */
  speedUmPerH: number;
  /** Persistence time of the random walk, h. */
  persistenceH: number;
  /** Gradient magnitude (field units per µm) at which chemotaxis is half-saturated. */
  gradientHalfSat: number;
  /** Weight of chemotaxis against persistence (0 = none, 1 = turns fully toward the gradient in τ_persist). */
  chemotaxisWeight: number;
  /** Allowed depth band, µm (cells reflect at its edges: e.g. fibroblasts stay in the dermis). */
  minDepthUm: number;
  maxDepthUm: number;
}

const SQRT3 = Math.sqrt(3);

/**
 * Moves every agent of `rule.kind` one step. `attractant` is the field values the cells climb, `outputSources`
 * the source array they deposit into at `outputPerH` each (negative = uptake). Allocation-free.
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
  for (let i = 0, n = agents.count; i < n; i++) {
    if (K[i] !== rule.kind) continue;
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
      // Saturating response: |∇c| / (|∇c| + K), with the gradient per µm (central difference spans 2 voxels).
      const g = gLen / (2 * dx);
      const w = (bias * g) / (g + half) / gLen;
      ppx += w * gx;
      ppy += w * gy;
      ppz += w * gz;
    }
    ppx += noise * (2 * rng.next() - 1);
    ppy += noise * (2 * rng.next() - 1);
    ppz += noise * (2 * rng.next() - 1);
    const len = Math.sqrt(ppx * ppx + ppy * ppy + ppz * ppz) || 1;
    ppx /= len;
    ppy /= len;
    ppz /= len;
    let nxp = x + step * ppx;
    let nyp = y + step * ppy;
    let nzp = z + step * ppz;
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
