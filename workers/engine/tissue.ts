/**
 * Per-voxel tissue state that is not a diffusing chemical: injury and the open channel lumen.
 *
 * - `damage` (0–1): fraction of the voxel's tissue destroyed or necrotic; drives the injury chemokine signal.
 * - `lumen` (0–1): open fraction of the voxel's channel lumen. Patency (the topical-delivery window) is the
 *   lumen; barrier function is a separate process (the biology issue), because the two close on different
 *   time scales (EVIDENCE §2c: TEWL normal in hours while pores stay open for a day or more).
 */
import type { Geometry } from './geometry';
import type { MatrixState } from './matrix';
import type { ChannelStore } from './needling';

export class TissueState {
  readonly damage: Float32Array;
  readonly lumen: Float32Array;
  /** Radius of the channel lumen through the voxel when it was opened, µm (lumen.ts closes it from there). */
  readonly lumenRadiusUm: Float32Array;
  /** Lumen volume opened by the latest session, voxel units (the patency denominator). */
  openedLumen = 0;
  /** False once a pass found no damage / no open lumen left (lets the per-step passes skip quiet tissue). */
  anyDamage = false;
  anyLumen = false;

  constructor(size: number) {
    this.damage = new Float32Array(size);
    this.lumen = new Float32Array(size);
    this.lumenRadiusUm = new Float32Array(size);
  }
}

/**
 * Damage at or below this is sub-lethal (the crushed rim, what lysing neutrophils leave): it recovers on its own.
 * Above it the tissue is necrotic debris that phagocytes must clear (or the epidermis shed).
 */
export const SUBLETHAL_DAMAGE = 0.5;

/**
 * Width of the crushed rim around a channel, µm: the needle compresses and tears tissue beyond the lumen.
 * Histology of micro-wounds shows a zone of altered cells about one cell (~10–20 µm) wide (Laubach 2006
 * MTZ margins; assumed for needles).
 */
const INJURY_RIM_UM = 15;

/**
 * Fraction of the matrix left in a lumen voxel: a needle splits and displaces tissue more than it removes it, but
 * the fibres it crosses are torn (assumed: a fifth of the voxel's matrix is lost). The rim keeps its matrix.
 */
const LUMEN_MATRIX_LEFT = 0.8;
/** Capillary density left in the crushed rim (severed loops), relative: assumed. */
const RIM_VESSELS_LEFT = 0.5;

/**
 * Marks the voxels of channel c: the lumen (open, fully damaged, matrix torn, capillaries severed) and its rim
 * (partly damaged, capillaries halved). Returns the lumen volume opened, in voxels. Visits only the channel's
 * bounding box.
 */
export function injureChannel(
  tissue: TissueState,
  geometry: Geometry,
  channels: ChannelStore,
  c: number,
  matrix: MatrixState,
  vessels: Float32Array,
): number {
  const g = geometry.grid;
  const dx = g.dxUm;
  const cx = channels.x[c]!;
  const cy = channels.y[c]!;
  const depth = channels.depthUm[c]!;
  const reach = channels.surfaceRadiusUm[c]! + INJURY_RIM_UM;
  const x0 = Math.max(0, Math.floor((cx - reach) / dx));
  const x1 = Math.min(g.nx - 1, Math.floor((cx + reach) / dx));
  const y0 = Math.max(0, Math.floor((cy - reach) / dx));
  const y1 = Math.min(g.ny - 1, Math.floor((cy + reach) / dx));
  const z1 = Math.min(g.nz - 1, Math.floor((depth + INJURY_RIM_UM) / dx));
  let opened = 0;
  for (let iz = 0; iz <= z1; iz++) {
    const z = (iz + 0.5) * dx;
    const r = channels.radiusAt(c, Math.min(z, depth));
    const below = z > depth ? z - depth : 0;
    for (let iy = y0; iy <= y1; iy++) {
      const dy = (iy + 0.5) * dx - cy;
      for (let ix = x0; ix <= x1; ix++) {
        const ddx = (ix + 0.5) * dx - cx;
        const dist = Math.sqrt(ddx * ddx + dy * dy + below * below);
        const i = ix + g.nx * (iy + g.ny * iz);
        // The lumen must be at least one voxel wide on coarse grids, or thin channels would vanish.
        if (below === 0 && dist <= Math.max(r, dx * 0.5)) {
          opened += 1 - tissue.lumen[i]!;
          tissue.lumen[i] = 1;
          tissue.lumenRadiusUm[i] = Math.max(r, 1);
          tissue.damage[i] = 1;
          matrix.scale(i, LUMEN_MATRIX_LEFT);
          vessels[i] = 0;
        } else if (dist <= r + INJURY_RIM_UM) {
          if (tissue.damage[i]! < SUBLETHAL_DAMAGE) tissue.damage[i] = SUBLETHAL_DAMAGE;
          vessels[i] = vessels[i]! * RIM_VESSELS_LEFT;
        }
      }
    }
  }
  return opened;
}

/** Fraction of the lumen opened by the latest session that is still open (1 right after needling). */
export function channelPatency(tissue: TissueState): number {
  if (tissue.openedLumen <= 0) return 0;
  let open = 0;
  const l = tissue.lumen;
  for (let i = 0; i < l.length; i++) open += l[i]!;
  return Math.min(1, open / tissue.openedLumen);
}
