/**
 * Reading fields at agent positions and writing agent output back into them.
 *
 * Field values live at voxel centres ((i + 0.5)·dx). Sampling is trilinear between the 8 surrounding centres
 * (clamped at the faces, matching the solver's zero-flux boundaries). The gradient is the central difference
 * at the containing voxel (6 reads): cheap, and as accurate as the voxel size allows.
 * Deposition adds into the containing voxel's source array, so it conserves amount exactly.
 */
import type { Grid } from './grid';

/** Trilinear value of `values` at (x, y, z) µm. */
export function sampleTrilinear(values: Float32Array, g: Grid, x: number, y: number, z: number): number {
  const inv = 1 / g.dxUm;
  const fx = clamp(x * inv - 0.5, 0, g.nx - 1);
  const fy = clamp(y * inv - 0.5, 0, g.ny - 1);
  const fz = clamp(z * inv - 0.5, 0, g.nz - 1);
  const x0 = Math.min(Math.floor(fx), g.nx - 2 < 0 ? 0 : g.nx - 2);
  const y0 = Math.min(Math.floor(fy), g.ny - 2 < 0 ? 0 : g.ny - 2);
  const z0 = Math.min(Math.floor(fz), g.nz - 2 < 0 ? 0 : g.nz - 2);
  const tx = fx - x0;
  const ty = fy - y0;
  const tz = fz - z0;
  const sx = g.nx > 1 ? 1 : 0;
  const sy = g.ny > 1 ? g.nx : 0;
  const sz = g.nz > 1 ? g.nx * g.ny : 0;
  const i = x0 + g.nx * (y0 + g.ny * z0);
  const c00 = values[i]! + (values[i + sx]! - values[i]!) * tx;
  const c10 = values[i + sy]! + (values[i + sy + sx]! - values[i + sy]!) * tx;
  const c01 = values[i + sz]! + (values[i + sz + sx]! - values[i + sz]!) * tx;
  const c11 = values[i + sz + sy]! + (values[i + sz + sy + sx]! - values[i + sz + sy]!) * tx;
  const c0 = c00 + (c10 - c00) * ty;
  const c1 = c01 + (c11 - c01) * ty;
  return c0 + (c1 - c0) * tz;
}

/** Index of the voxel containing (x, y, z) µm, clamped into the grid. */
export function voxelAt(g: Grid, x: number, y: number, z: number): number {
  const inv = 1 / g.dxUm;
  const ix = clampIndex(Math.floor(x * inv), g.nx);
  const iy = clampIndex(Math.floor(y * inv), g.ny);
  const iz = clampIndex(Math.floor(z * inv), g.nz);
  return ix + g.nx * (iy + g.ny * iz);
}

/**
 * Gradient (per µm) of `values` at the voxel containing (x, y, z), written into out[0..2].
 * One-sided at the faces. Allocation-free: the caller owns `out`.
 */
export function sampleGradient(
  values: Float32Array,
  g: Grid,
  x: number,
  y: number,
  z: number,
  out: Float32Array,
): void {
  const inv = 1 / g.dxUm;
  const ix = clampIndex(Math.floor(x * inv), g.nx);
  const iy = clampIndex(Math.floor(y * inv), g.ny);
  const iz = clampIndex(Math.floor(z * inv), g.nz);
  const sy = g.nx;
  const sz = g.nx * g.ny;
  const i = ix + sy * (iy + g.ny * iz);
  const xm = ix > 0 ? 1 : 0;
  const xp = ix < g.nx - 1 ? 1 : 0;
  const ym = iy > 0 ? sy : 0;
  const yp = iy < g.ny - 1 ? sy : 0;
  const zm = iz > 0 ? sz : 0;
  const zp = iz < g.nz - 1 ? sz : 0;
  out[0] = xm + xp > 0 ? (values[i + xp]! - values[i - xm]!) / (((xm + xp) * g.dxUm) as number) : 0;
  out[1] = ym + yp > 0 ? (values[i + yp]! - values[i - ym]!) / (((ym + yp) / sy) * g.dxUm) : 0;
  out[2] = zm + zp > 0 ? (values[i + zp]! - values[i - zm]!) / (((zm + zp) / sz) * g.dxUm) : 0;
}

/** Adds `amount` (per hour) to the source term of the voxel containing (x, y, z). */
export function deposit(sources: Float32Array, g: Grid, x: number, y: number, z: number, amount: number): void {
  sources[voxelAt(g, x, y, z)]! += amount;
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

function clampIndex(v: number, n: number): number {
  return v < 0 ? 0 : v >= n ? n - 1 : v;
}
