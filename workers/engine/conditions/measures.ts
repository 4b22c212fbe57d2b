/**
 * Outcome measures every condition can read off the block (plain functions over the state, allocation-free).
 * A condition that builds its own version of a measure (the thin dermis of a stretch mark, a scar's floor) reports
 * its own instead.
 */
import type { Geometry } from '../geometry';
import type { MatrixState } from '../matrix';
import type { PigmentState } from '../pigmentState';

/**
 * Mean thickness of the dermis, µm: from the dermal–epidermal junction under each surface column (rete ridges
 * included) to the bottom of the reticular dermis, or to the floor of the block where the block ends inside the
 * dermis (the back).
 */
export function dermalThicknessUm(geometry: Geometry): number {
  const bottom = Math.min(geometry.dermisBottomUm, geometry.depthUm);
  const dej = geometry.dejDepthUm;
  let sum = 0;
  for (let c = 0; c < dej.length; c++) sum += bottom - dej[c]!;
  return dej.length > 0 ? sum / dej.length : 0;
}

/** Mean collagen (I + III) of the dermal voxels, in matrix units (1 = a pre-treatment voxel of normal dermis). */
export function dermalCollagen(matrix: MatrixState): number {
  const voxels = matrix.dermisVoxels;
  let sum = 0;
  for (let k = 0; k < voxels.length; k++) {
    const i = voxels[k]!;
    sum += matrix.collagenI[i]! + matrix.collagenIII[i]!;
  }
  return voxels.length > 0 ? sum / voxels.length : 0;
}

/**
 * Mean epidermal melanin relative to normal skin of the same Fitzpatrick type (pigmentState.ts): 1 for normal skin
 * at rest whatever the type; every condition reports it (observe.ts).
 */
export function epidermalMelaninRel(pigment: PigmentState): number {
  return pigment.meanMelanin();
}
