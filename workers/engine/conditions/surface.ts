/**
 * The surface rule shared by every condition whose surface departs from normal skin (issue 17, docs/conditions.md:
 * "the dermis is as thick as the matrix it holds"). The voxel grid is never carved; the height of the skin surface
 * over each surface column is derived from the dermal matrix under it:
 *
 *   h(column) = k_vol · Σ_dermal voxels of the column  dz · (V − 1)      µm; negative = below the normal surface
 *   V         = collagen (I + III) of the voxel ÷ resting dermis (1 in matrix units)
 *
 * A condition adds its own tethering term (rolling-scar bands) on top. Allocation-free: the caller owns `out`
 * (one float per surface column, ix + nx·iy); computed when metrics are sampled.
 */
import type { Geometry } from '../geometry';
import type { MatrixState } from '../matrix';

/** Writes h (µm) of every surface column into `out` (length nx·ny). k_vol = `matrix_volume_fraction`. */
export function surfaceHeights(geometry: Geometry, matrix: MatrixState, kVol: number, out: Float32Array): void {
  const g = geometry.grid;
  const columns = g.nx * g.ny;
  if (out.length !== columns) throw new RangeError(`surfaceHeights: out has ${out.length} entries, not ${columns}`);
  out.fill(0);
  const { collagenI, collagenIII, dermis } = matrix;
  for (let iz = 0; iz < g.nz; iz++) {
    const base = columns * iz;
    for (let c = 0; c < columns; c++) {
      const i = base + c;
      if (dermis[i] === 1) out[c]! += collagenI[i]! + collagenIII[i]! - 1;
    }
  }
  const scale = kVol * g.dxUm;
  for (let c = 0; c < columns; c++) out[c]! *= scale;
}

/** Mean of h over the columns where mask is 1 (0 when the mask is empty). Allocation-free. */
export function meanWhere(h: Float32Array, mask: Uint8Array, want = 1): number {
  let sum = 0;
  let n = 0;
  for (let c = 0; c < h.length; c++) {
    if (mask[c] !== want) continue;
    sum += h[c]!;
    n++;
  }
  return n > 0 ? sum / n : 0;
}
