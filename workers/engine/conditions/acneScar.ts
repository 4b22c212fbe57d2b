/**
 * Atrophic acne scars (issue 17): icepick, boxcar and rolling, as living tissue. The depression IS missing matrix:
 * the build lowers the collagen of the lesion's dermal voxels so that the surface rule (surface.ts) puts the floor
 * at the type's source depth at t = 0; what matrix remains there is scar collagen. Needling then acts on it like on
 * any dermis (channels tear it, fibroblasts activate and deposit, MMPs cut new fibres freely and cross-linked ones
 * slowly, turnover remodels); nothing here prescribes the lift. Rules (docs/model.md §6.2):
 *
 * - Geometry per type (Jacob, Dover & Kaminer 2001, INDICATIONS.md): icepick a 0.6 mm cone (depth falls linearly
 *   from the axis to the rim), its missing matrix a tract to the deep dermis; boxcar a 1.5 mm flat floor with sharp
 *   walls, 0.4 mm deep; rolling a shallow window onto a scar floor wider than any block, held down by bands.
 * - Per lesion column the build spreads the deficit evenly over the dermal voxels from the junction to the type's
 *   `deficitBottomUm`: V = 1 − d_matrix / (k_vol · L), L = the dermal depth in that range (never below V_MIN).
 * - Scar collagen: type III share `SCAR_III_SHARE` (assumed), cross-linked like resting dermis (the turnover steady
 *   state: a mature scar), fibres aligned parallel to the surface (`SCAR_Q`, assumed; S ≈ 0.55 vs 0.1).
 * - Resting level: homeostatic turnover keeps each lesion voxel at its own matrix (MatrixState.restingLevel), not
 *   at normal dermis: a mature atrophic scar is stable for years (it does not refill by itself), so its resident
 *   fibroblasts maintain the scar's density. The untreated control therefore stays as it was.
 * - Rolling bands: vertical columns of cross-linked collagen (fibres along z) from the scar's deficit floor to the
 *   dermis–fat boundary, with the dermis's resting amount. Their original fibres are tracked per voxel
 *   (`acne.bandFibre`): every loss of the voxel's cross-linked collagen (a channel's tear, MMPs, turnover) removes
 *   the same fraction of them; new cross-links do not rebuild the band. A band holds by its weakest depth layer;
 *   the tether depth is `tetherUm` × the mean band strength.
 */
import type { ConditionId } from '../../model/conditions';
import { Layer } from '../geometry';
import { restingNewFibreShare } from '../matrix';
import type { ConditionModule, SimState } from '../state';
import { dermalThicknessUm } from './measures';
import { meanWhere, surfaceHeights } from './surface';

export type AcneScarId = Extract<ConditionId, 'acne-icepick' | 'acne-boxcar' | 'acne-rolling'>;

export interface AcneScarGeometry {
  /** 'cone': depth falls linearly from the axis to the rim; 'box': flat floor, sharp walls; 'window': fills the block. */
  readonly profile: 'cone' | 'box' | 'window';
  /** Width of the depression at the surface, µm (window: the scar is wider than any block). */
  readonly widthUm: number;
  /** Depth of the floor below the surrounding surface at t = 0 (at the axis for a cone), µm. */
  readonly depthUm: number;
  /** Of that depth, the part held down by bands (0 without bands), µm. */
  readonly tetherUm: number;
  /** Depth below the surface down to which the lesion's matrix is missing, µm. */
  readonly deficitBottomUm: number;
  /** Fibrous bands: their width and spacing along the surface, µm (0: none). */
  readonly bandWidthUm: number;
  readonly bandSpacingUm: number;
  readonly source: string;
}

/**
 * Starting geometry per type. Widths and depth classes: Jacob 2001 (icepick < 2 mm wide, to the deep dermis;
 * boxcar 1.5–4 mm, shallow 0.1–0.5 mm; rolling > 4–5 mm, shallow, tethered). The exact depths (0.5, 0.4, 0.2 mm),
 * deficit floors, the band width and spacing and rolling's 40 % tether share are assumed within those classes.
 */
export const ACNE_SCAR_GEOMETRY = {
  'acne-icepick': {
    profile: 'cone',
    widthUm: 600,
    depthUm: 500,
    tetherUm: 0,
    deficitBottomUm: 1200,
    bandWidthUm: 0,
    bandSpacingUm: 0,
    source: 'Jacob 2001: < 2 mm wide, narrowing to the deep dermis; 0.6 mm and 0.5 mm at the axis assumed',
  },
  'acne-boxcar': {
    profile: 'box',
    widthUm: 1500,
    depthUm: 400,
    tetherUm: 0,
    deficitBottomUm: 1000,
    bandWidthUm: 0,
    bandSpacingUm: 0,
    source: 'Jacob 2001: 1.5–4 mm across, sharp walls, shallow 0.1–0.5 mm; the small end, 0.4 mm deep',
  },
  'acne-rolling': {
    profile: 'window',
    widthUm: 5000,
    depthUm: 200,
    tetherUm: 80,
    deficitBottomUm: 800,
    bandWidthUm: 50,
    bandSpacingUm: 500,
    source: 'Jacob 2001: > 4–5 mm, shallow, bands from dermis to subcutis; 0.2 mm deep, 40 % of it tether assumed',
  },
} as const satisfies Record<AcneScarId, AcneScarGeometry>;

/** Collagen III share of scar collagen (assumed: scars are richer in III than dermis, Oliveira 2009). */
export const SCAR_III_SHARE = 0.25;
/** Scar fibre second moment (xx, yy, zz): parallel to the surface, one preferred direction (assumed; S ≈ 0.55). */
const SCAR_Q = [0.7, 0.2, 0.1] as const;
/** Band fibres run vertically (assumed; S ≈ 0.85). */
const BAND_Q = [0.05, 0.05, 0.9] as const;
/** Least collagen left in a lesion voxel (a scar is not empty), relative to resting dermis. */
export const V_MIN = 0.05;
/**
 * Normal skin kept around a lesion, each side, µm. A lesion that does not fit with it (rolling, always; a boxcar in
 * a narrow block) is a window on its floor between two strips of this width along the block's x edges: the scar's
 * shoulder, narrower than in life, needled alike, so the depth is read against treated normal skin.
 */
export const SURROUND_MIN_UM = 100;

/** Per-simulation derived state (rebuilt identically on every build; never saved: constant after the build). */
interface ScarContext {
  readonly geometry: AcneScarGeometry;
  /** 1 for a lesion column, 0 for normal surround (ix + nx·iy); every build has some surround. */
  readonly lesion: Uint8Array;
  readonly heights: Float32Array;
  /** Band voxels ordered by band, then depth layer; their band and layer; initial layer sums. */
  readonly bandVoxels: Int32Array;
  readonly bandLayerStart: Int32Array;
  readonly bandOfLayer: Int32Array;
  readonly bands: number;
  readonly bandLayerInitial: Float64Array;
}

const contexts = new WeakMap<SimState, ScarContext>();

function context(sim: SimState): ScarContext {
  const c = contexts.get(sim);
  if (c === undefined) throw new Error(`condition ${sim.condition.id}: no scar built`);
  return c;
}

/** Depth of the depression at a column's centre below the surround, µm (matrix part only). */
function columnDepthUm(geo: AcneScarGeometry, x: number, y: number, cx: number, cy: number): number {
  const matrixDepth = geo.depthUm - geo.tetherUm;
  if (geo.profile === 'window') return matrixDepth;
  const r = Math.hypot(x - cx, y - cy);
  const R = geo.widthUm / 2;
  if (r >= R) return 0;
  return geo.profile === 'box' ? matrixDepth : matrixDepth * (1 - r / R);
}

/** The mean tether strength of the bands (1 = intact, 0 = cut): each band by its weakest depth layer. */
export function bandStrength(sim: SimState): number {
  const ctx = context(sim);
  if (ctx.bands === 0) return 0;
  const fibre = sim.condition.array<Float32Array>('acne.bandFibre');
  const layers = ctx.bandLayerInitial.length;
  let total = 0;
  let band = -1;
  let weakest = 1;
  for (let l = 0; l < layers; l++) {
    const b = ctx.bandOfLayer[l]!;
    if (b !== band) {
      if (band >= 0) total += weakest;
      band = b;
      weakest = 1;
    }
    let sum = 0;
    for (let k = ctx.bandLayerStart[l]!; k < ctx.bandLayerStart[l + 1]!; k++) sum += fibre[k]!;
    const s = ctx.bandLayerInitial[l]! > 0 ? sum / ctx.bandLayerInitial[l]! : 1;
    if (s < weakest) weakest = s;
  }
  if (band >= 0) total += weakest;
  return total / ctx.bands;
}

/** Depth (µm, below the treated normal surround) and volume (µm³) of the depression now. */
function measure(sim: SimState, ctx: ScarContext): { depth: number; volume: number; meanH: number } {
  surfaceHeights(sim.geometry, sim.matrix, sim.config.matrixVolumeFraction, ctx.heights);
  const tether = ctx.geometry.tetherUm * bandStrength(sim);
  const ref = meanWhere(ctx.heights, ctx.lesion, 0);
  let sum = 0;
  let volume = 0;
  let n = 0;
  let all = 0;
  for (let c = 0; c < ctx.heights.length; c++) {
    const h = ctx.heights[c]!;
    if (ctx.lesion[c] !== 1) {
      all += h;
      continue;
    }
    const d = ref - h + tether;
    all += h - tether;
    sum += d;
    if (d > 0) volume += d;
    n++;
  }
  const dx = sim.geometry.grid.dxUm;
  return { depth: n > 0 ? sum / n : 0, volume: volume * dx * dx, meanH: all / ctx.heights.length };
}

function build(id: AcneScarId, sim: SimState): void {
  const geo: AcneScarGeometry = ACNE_SCAR_GEOMETRY[id];
  const g = sim.geometry.grid;
  const dx = g.dxUm;
  const nxy = g.nx * g.ny;
  const m = sim.matrix;
  const kVol = sim.config.matrixVolumeFraction;
  const newShare = restingNewFibreShare(sim.config.matrix);
  const width = sim.geometry.widthUm;
  // The lesion is centred with its normal surround where the block holds both; otherwise a window (see SURROUND_MIN_UM).
  const fits = geo.profile !== 'window' && geo.widthUm + 2 * SURROUND_MIN_UM <= width;
  const cx = width / 2;
  const cy = width / 2;
  const lesion = new Uint8Array(nxy);
  const level = sim.condition.register('acne.restingLevel', new Float32Array(g.size).fill(1));
  // Lesion columns: the deficit spread over the dermis from the junction to the deficit floor.
  for (let iy = 0; iy < g.ny; iy++) {
    for (let ix = 0; ix < g.nx; ix++) {
      const c = ix + g.nx * iy;
      const x = (ix + 0.5) * dx;
      const inWindow = x >= SURROUND_MIN_UM && x <= width - SURROUND_MIN_UM;
      const d = fits ? columnDepthUm(geo, x, (iy + 0.5) * dx, cx, cy) : inWindow ? geo.depthUm - geo.tetherUm : 0;
      if (!(d > 0) && (fits || !inWindow)) continue;
      lesion[c] = 1;
      let L = 0;
      for (let iz = 0; iz < g.nz && (iz + 0.5) * dx < geo.deficitBottomUm; iz++) {
        if (m.dermis[c + nxy * iz] === 1) L += dx;
      }
      if (!(L > 0) || !(d > 0)) continue;
      const v = Math.max(V_MIN, 1 - d / (kVol * L));
      for (let iz = 0; iz < g.nz && (iz + 0.5) * dx < geo.deficitBottomUm; iz++) {
        const i = c + nxy * iz;
        if (m.dermis[i] !== 1) continue;
        setScarVoxel(sim, i, v, SCAR_III_SHARE, SCAR_Q, newShare);
        level[i] = v;
      }
    }
  }
  // Rolling bands: a lattice of vertical columns (jittered from the condition's stream) from the deficit floor to
  // the bottom of the dermis.
  const bandVoxels: number[] = [];
  const layerStart: number[] = [];
  const layerBand: number[] = [];
  const layerInitial: number[] = [];
  let bands = 0;
  if (geo.bandWidthUm > 0 && geo.bandSpacingUm > 0) {
    const perSide = Math.max(1, Math.round(width / geo.bandSpacingUm));
    const pitch = width / perSide;
    const half = geo.bandWidthUm / 2;
    for (let by = 0; by < perSide; by++) {
      for (let bx = 0; bx < perSide; bx++) {
        const x = (bx + 0.5) * pitch + sim.condition.rng.uniform(-0.25, 0.25) * pitch;
        const y = (by + 0.5) * pitch + sim.condition.rng.uniform(-0.25, 0.25) * pitch;
        const ix0 = Math.max(0, Math.floor((x - half) / dx));
        const ix1 = Math.min(g.nx - 1, Math.max(ix0, Math.ceil((x + half) / dx) - 1));
        const iy0 = Math.max(0, Math.floor((y - half) / dx));
        const iy1 = Math.min(g.ny - 1, Math.max(iy0, Math.ceil((y + half) / dx) - 1));
        let any = false;
        for (let iz = 0; iz < g.nz; iz++) {
          if ((iz + 0.5) * dx < geo.deficitBottomUm) continue;
          const start = bandVoxels.length;
          let sum = 0;
          for (let iy = iy0; iy <= iy1; iy++) {
            for (let ix = ix0; ix <= ix1; ix++) {
              const i = ix + g.nx * (iy + g.ny * iz);
              if (m.dermis[i] !== 1 || sim.geometry.layer[i] !== Layer.reticularDermis) continue;
              if (lesion[ix + g.nx * iy] !== 1) continue; // bands tether the scar, not its normal shoulder
              setScarVoxel(sim, i, 1, SCAR_III_SHARE, BAND_Q, newShare);
              bandVoxels.push(i);
              sum += m.crossLinkedI[i]! + m.crossLinkedIII[i]!;
            }
          }
          if (bandVoxels.length === start) continue;
          layerStart.push(start);
          layerBand.push(bands);
          layerInitial.push(sum);
          any = true;
        }
        if (any) bands++;
      }
    }
  }
  layerStart.push(bandVoxels.length);
  const bandFibre = sim.condition.register('acne.bandFibre', new Float32Array(bandVoxels.length));
  const bandPrev = sim.condition.register('acne.bandPrevCrossLinked', new Float32Array(bandVoxels.length));
  for (let k = 0; k < bandVoxels.length; k++) {
    const i = bandVoxels[k]!;
    bandFibre[k] = m.crossLinkedI[i]! + m.crossLinkedIII[i]!;
    bandPrev[k] = bandFibre[k]!;
  }
  m.restingLevel = level;
  const ctx: ScarContext = {
    geometry: geo,
    lesion,
    heights: new Float32Array(nxy),
    bandVoxels: Int32Array.from(bandVoxels),
    bandLayerStart: Int32Array.from(layerStart),
    bandOfLayer: Int32Array.from(layerBand),
    bands,
    bandLayerInitial: Float64Array.from(layerInitial),
  };
  contexts.set(sim, ctx);
  // The depression before the first session (the denominators of scar_volume_rel and improvement).
  const before = sim.condition.register('acne.before', new Float64Array(2));
  const now = measure(sim, ctx);
  before[0] = now.depth;
  before[1] = now.volume;
}

/** Makes voxel i scar collagen: total v (resting units), III share, fibre moment q, mature like resting dermis. */
function setScarVoxel(
  sim: SimState,
  i: number,
  v: number,
  shareIII: number,
  q: readonly [number, number, number],
  newShare: number,
): void {
  const m = sim.matrix;
  const c3 = v * shareIII;
  const c1 = v - c3;
  const before = m.total(i);
  const elastinScale = before > 0 ? v / before : 0;
  m.collagenI[i] = c1;
  m.collagenIII[i] = c3;
  m.crossLinkedI[i] = c1 * (1 - newShare);
  m.crossLinkedIII[i] = c3 * (1 - newShare);
  m.elastin[i]! *= elastinScale;
  m.qxx[i] = v * q[0];
  m.qyy[i] = v * q[1];
  m.qzz[i] = v * q[2];
  m.qxy[i] = 0;
  m.qxz[i] = 0;
  m.qyz[i] = 0;
  m.markStale(i);
}

/** Hourly: every loss of a band voxel's cross-linked collagen takes the same fraction of the band's own fibres. */
function step(sim: SimState): void {
  const ctx = context(sim);
  if (ctx.bandVoxels.length === 0) return;
  const fibre = sim.condition.array<Float32Array>('acne.bandFibre');
  const prev = sim.condition.array<Float32Array>('acne.bandPrevCrossLinked');
  const m = sim.matrix;
  for (let k = 0; k < ctx.bandVoxels.length; k++) {
    const i = ctx.bandVoxels[k]!;
    const x = m.crossLinkedI[i]! + m.crossLinkedIII[i]!;
    const p = prev[k]!;
    if (x < p && p > 0) fibre[k] = fibre[k]! * (x / p);
    prev[k] = x;
  }
}

function outcomes(sim: SimState, out: Parameters<ConditionModule['outcomes']>[1]): void {
  const ctx = context(sim);
  const now = measure(sim, ctx);
  const before = sim.condition.array<Float64Array>('acne.before');
  out.scar_depth_um = now.depth;
  out.scar_volume_rel = before[1]! > 0 ? now.volume / before[1]! : 0;
  out.dermal_thickness_um = dermalThicknessUm(sim.geometry) + now.meanH;
  // Depth-based: the depth is what the eye, profilometry and the scar scales read; clamped to 0–1.
  const imp = before[0]! > 0 ? 1 - now.depth / before[0]! : 0;
  out.improvement = imp < 0 ? 0 : imp > 1 ? 1 : imp;
}

function scarModule(id: AcneScarId): ConditionModule {
  return { build: (sim) => build(id, sim), step, outcomes };
}

export const ACNE_SCAR_MODULES: Readonly<Record<AcneScarId, ConditionModule>> = {
  'acne-icepick': scarModule('acne-icepick'),
  'acne-boxcar': scarModule('acne-boxcar'),
  'acne-rolling': scarModule('acne-rolling'),
};
