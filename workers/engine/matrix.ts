/**
 * The dermal extracellular matrix, per voxel: collagen I and III (each split into newly made and cross-linked
 * fibres), tropoelastin and mature elastin, MMP and TIMP activity, and the fibre orientation.
 *
 * Units: collagen and elastin are stored as a fraction of the pre-treatment TOTAL collagen density of dermis
 * (so a pre-treatment dermal voxel holds I = 0.85, III = 0.15; EVIDENCE §1c: adult dermis ≈ 80–90 % type I,
 * 10–15 % type III). Elastin is in the same unit (≈ 3 % of dermal dry weight vs 70–80 % collagen, §1c, so
 * 0.04). Metrics report each relative to its own pre-treatment mean. `collagenI`/`collagenIII` hold the whole
 * of each type; `crossLinkedI`/`crossLinkedIII` the part of it that is mature (cross-linked).
 *
 * Orientation: each voxel carries the second-order fibre tensor Q = Σ mass · (d ⊗ d) over its fibres
 * (6 components, symmetric), so trace(Q) = collagen mass and Q / trace is the orientation distribution's
 * second moment. The voxel's alignment is the 3-D nematic order parameter S = (3·λmax − 1) / 2 of Q / trace
 * (0 isotropic, 1 all fibres parallel). Depositing mass along a cell's polarity p adds mass·(p ⊗ p); rotation
 * of fibres toward a cell (contact remodelling, Rouillard & Holmes 2012: ≤ 3°/h) relaxes Q toward
 * trace·(p ⊗ p); removing mass scales Q (degradation takes fibres of every orientation alike).
 *
 * Rules per update (updateMatrix, every 5 h of model time; rates are per hour). No collagen changes type:
 *   - TIMPs hold MMPs 1:1 (tight-binding inhibitors): free activity M = (MMP − TIMP)⁺, both accumulated this
 *     update by the cells (inflammatory cells and fibroblasts make MMPs, fibroblasts make TIMPs: Schmitt 2018);
 *   - MMP degradation: newly made fibres of either type lose the fraction 1 − exp(−k_mmp · M); cross-linked
 *     fibres resist, at the fraction r_x of that rate (cross-links shield the collagenase site);
 *   - cross-linking (lysyl oxidase): newly made fibres become mature with half-time T_x;
 *   - homeostatic turnover: all collagen is degraded with half-life T_turn (basal MMP-1) and resting fibroblasts
 *     make the pre-treatment amount × ln2 / T_turn back as new fibres in the basket-weave orientation, so an
 *     excess or deficit returns toward the resting density (the pre-treatment one × the voxel's `restingLevel`, 1 in
 *     normal dermis), and the orientation toward the basket weave,
 *     with T_turn;
 *   - elastin: fibroblasts secrete tropoelastin; a fraction ε of it is assembled into mature elastic fibres
 *     (half-time T_el), the rest is cleared in the same time (adult skin assembles elastin poorly); elastase
 *     and MMPs degrade mature elastin at k_mmp · MMP (neutrophil elastase is not held by TIMPs).
 * All systems are plain functions over these flat arrays.
 */
import type { Geometry } from './geometry';
import { Layer } from './geometry';

/** Pre-treatment composition of a dermal voxel (fractions of the total collagen density; EVIDENCE §1c). */
export const BASELINE_COLLAGEN_I = 0.85;
export const BASELINE_COLLAGEN_III = 0.15;
/** Elastic fibres ≈ 3 % of dermal dry weight vs collagen 70–80 % (EVIDENCE §1c): 0.04 of collagen. */
export const BASELINE_ELASTIN = 0.04;

/**
 * Pre-treatment fibre orientation: dermal collagen lies mostly parallel to the surface in a basket weave
 * (isotropic within the plane, few vertical fibres). Diagonal second moment (xx, yy, zz) = (0.4, 0.4, 0.2):
 * assumed; its order parameter is S = (3·0.4 − 1)/2 = 0.1.
 */
const BASELINE_QXX = 0.4;
const BASELINE_QZZ = 0.2;
/** Basket-weave second moment (xx = yy, zz): the orientation resting fibroblasts lay their fibres in. */
const BASKET_XX = BASELINE_QXX;
const BASKET_ZZ = BASELINE_QZZ;

/**
 * Dermal collagen content, µg per µm³ of dermis: skin dry weight ≈ 30 % of wet weight (assumed), collagen
 * 70–80 % of it (Oikarinen 1994, EVIDENCE §1c), tissue density ≈ 1.1 g/cm³ → ≈ 0.25 g/cm³ = 2.5e-7 µg/µm³.
 * Converts the matrix unit into µg for `new_collagen`.
 */
export const COLLAGEN_UG_PER_UM3 = 2.5e-7;

export class MatrixState {
  readonly collagenI: Float32Array;
  readonly collagenIII: Float32Array;
  /** The cross-linked (mature) part of collagenI / collagenIII. */
  readonly crossLinkedI: Float32Array;
  readonly crossLinkedIII: Float32Array;
  /** Mature (assembled, cross-linked) elastin. */
  readonly elastin: Float32Array;
  /** Secreted tropoelastin not yet assembled into fibres. */
  readonly tropoelastin: Float32Array;
  /** Fibre tensor components (xx, yy, zz, xy, xz, yz), mass-weighted. */
  readonly qxx: Float32Array;
  readonly qyy: Float32Array;
  readonly qzz: Float32Array;
  readonly qxy: Float32Array;
  readonly qxz: Float32Array;
  readonly qyz: Float32Array;
  /** MMP activity accumulated since the last matrix update (activity units × h); cells add, the update consumes. */
  readonly mmp: Float32Array;
  /** TIMP activity accumulated since the last matrix update (same units as mmp); fibroblasts add. */
  readonly timp: Float32Array;
  /** 1 where the voxel is in the treated zone: dermis within TREATED_ZONE_UM of a channel axis. */
  readonly treatedZone: Uint8Array;
  /** Voxel is dermis (papillary or reticular): where matrix lives and the whole-block metrics average. */
  readonly dermis: Uint8Array;
  /**
   * Cached alignment per voxel, and a flag set when the tensor's SHAPE may have changed (deposition, rotation).
   * Scaling (degradation, injury) leaves Q/trace and so the alignment unchanged — up to float rounding, which is
   * why both are saved with a checkpoint: a value recomputed after a restore could differ in the last bits from the
   * one an uninterrupted run holds, and alignment_tz must continue bit-identically.
   */
  readonly alignmentCache: Float32Array;
  readonly alignmentStale: Uint8Array;
  /** Indices of the dermal voxels, in grid order (loops over the dermis skip everything else). */
  readonly dermisVoxels: Int32Array;
  /**
   * Indices of the treated-zone voxels in grid order, valid for the first `treatedCount` entries; rebuilt from
   * `treatedZone` when it changed (a session, a restore). Derived state: not saved. The hourly metrics sum the
   * treated zone over this list instead of testing every dermal voxel, in the same order, so sums are unchanged.
   */
  private readonly treatedList: Int32Array;
  private treatedCount = 0;
  private treatedStale = true;
  /**
   * Per-voxel resting level of collagen (× the pre-treatment I₀, III₀) that homeostatic turnover keeps, or null
   * for 1 everywhere (normal skin). A condition whose tissue is not normal dermis (an atrophic scar) sets it to its
   * own matrix, so resting fibroblasts maintain the scar rather than refill it (conditions/acneScar.ts).
   */
  restingLevel: Float32Array | null = null;
  /** Cumulative collagen (I + III) deposited and degraded since the start, matrix units × voxels. */
  deposited = 0;
  degraded = 0;

  /**
   * `newFibreShare`: the share of each type not yet cross-linked at rest (the turnover steady state,
   * {@link restingNewFibreShare}); 0 starts with every fibre mature.
   */
  constructor(geometry: Geometry, newFibreShare = 0) {
    const n = geometry.grid.size;
    this.collagenI = new Float32Array(n);
    this.collagenIII = new Float32Array(n);
    this.crossLinkedI = new Float32Array(n);
    this.crossLinkedIII = new Float32Array(n);
    this.elastin = new Float32Array(n);
    this.tropoelastin = new Float32Array(n);
    this.qxx = new Float32Array(n);
    this.qyy = new Float32Array(n);
    this.qzz = new Float32Array(n);
    this.qxy = new Float32Array(n);
    this.qxz = new Float32Array(n);
    this.qyz = new Float32Array(n);
    this.mmp = new Float32Array(n);
    this.timp = new Float32Array(n);
    this.treatedZone = new Uint8Array(n);
    this.dermis = new Uint8Array(n);
    this.alignmentCache = new Float32Array(n);
    this.alignmentStale = new Uint8Array(n).fill(1);
    const layer = geometry.layer;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const l = layer[i]!;
      if (l === Layer.papillaryDermis || l === Layer.reticularDermis) count++;
    }
    this.dermisVoxels = new Int32Array(count);
    this.treatedList = new Int32Array(count);
    count = 0;
    for (let i = 0; i < n; i++) {
      const l = layer[i]!;
      if (l !== Layer.papillaryDermis && l !== Layer.reticularDermis) continue;
      this.dermisVoxels[count++] = i;
      this.dermis[i] = 1;
      this.collagenI[i] = BASELINE_COLLAGEN_I;
      this.collagenIII[i] = BASELINE_COLLAGEN_III;
      this.crossLinkedI[i] = BASELINE_COLLAGEN_I * (1 - newFibreShare);
      this.crossLinkedIII[i] = BASELINE_COLLAGEN_III * (1 - newFibreShare);
      this.elastin[i] = BASELINE_ELASTIN;
      this.qxx[i] = BASELINE_QXX;
      this.qyy[i] = BASELINE_QXX;
      this.qzz[i] = BASELINE_QZZ;
    }
  }

  /** Total collagen of voxel i. */
  total(i: number): number {
    return this.collagenI[i]! + this.collagenIII[i]!;
  }

  /**
   * Adds new (not yet cross-linked) collagen laid down along unit direction (px, py, pz), and secreted
   * tropoelastin. Allocation-free; called per cell per step.
   */
  deposit(
    i: number,
    amountI: number,
    amountIII: number,
    tropoelastin: number,
    px: number,
    py: number,
    pz: number,
  ): void {
    const m = amountI + amountIII;
    this.collagenI[i]! += amountI;
    this.collagenIII[i]! += amountIII;
    this.tropoelastin[i]! += tropoelastin;
    this.qxx[i]! += m * px * px;
    this.qyy[i]! += m * py * py;
    this.qzz[i]! += m * pz * pz;
    this.qxy[i]! += m * px * py;
    this.qxz[i]! += m * px * pz;
    this.qyz[i]! += m * py * pz;
    this.deposited += m;
    this.alignmentStale[i] = 1;
  }

  /** Rotates a fraction w (0–1) of voxel i's fibres onto the direction (px, py, pz); mass is unchanged. */
  rotateToward(i: number, w: number, px: number, py: number, pz: number): void {
    const m = this.qxx[i]! + this.qyy[i]! + this.qzz[i]!;
    const k = 1 - w;
    const wm = w * m;
    this.qxx[i] = k * this.qxx[i]! + wm * px * px;
    this.qyy[i] = k * this.qyy[i]! + wm * py * py;
    this.qzz[i] = k * this.qzz[i]! + wm * pz * pz;
    this.qxy[i] = k * this.qxy[i]! + wm * px * py;
    this.qxz[i] = k * this.qxz[i]! + wm * px * pz;
    this.qyz[i] = k * this.qyz[i]! + wm * py * pz;
    this.alignmentStale[i] = 1;
  }

  /** Marks voxel i's cached alignment stale (its fibres changed shape). */
  markStale(i: number): void {
    this.alignmentStale[i] = 1;
  }

  /** Marks the treated-zone list stale (after a checkpoint restore wrote the flags it derives from). */
  invalidateDerived(): void {
    this.treatedStale = true;
  }

  /** Marks dermal voxel i part of the treated zone. */
  markTreated(i: number): void {
    if (this.treatedZone[i] === 1) return;
    this.treatedZone[i] = 1;
    this.treatedStale = true;
  }

  /** The treated-zone voxels, in grid order: the first {@link treatedVoxelCount} entries. */
  treatedVoxels(): Int32Array {
    if (this.treatedStale) {
      let n = 0;
      const d = this.dermisVoxels;
      for (let k = 0; k < d.length; k++) if (this.treatedZone[d[k]!] === 1) this.treatedList[n++] = d[k]!;
      this.treatedCount = n;
      this.treatedStale = false;
    }
    return this.treatedList;
  }

  /** How many entries of {@link treatedVoxels} are valid (call after it). */
  treatedVoxelCount(): number {
    return this.treatedCount;
  }

  /** Alignment of voxel i, recomputed only when its fibres changed shape since the last call. */
  cachedAlignment(i: number): number {
    if (this.alignmentStale[i] === 1) {
      this.alignmentCache[i] = this.alignment(i);
      this.alignmentStale[i] = 0;
    }
    return this.alignmentCache[i]!;
  }

  /** Scales voxel i's matrix by f (injury removes fibres of every orientation). Not counted as degradation. */
  scale(i: number, f: number): void {
    this.collagenI[i]! *= f;
    this.collagenIII[i]! *= f;
    this.crossLinkedI[i]! *= f;
    this.crossLinkedIII[i]! *= f;
    this.elastin[i]! *= f;
    this.tropoelastin[i]! *= f;
    this.qxx[i]! *= f;
    this.qyy[i]! *= f;
    this.qzz[i]! *= f;
    this.qxy[i]! *= f;
    this.qxz[i]! *= f;
    this.qyz[i]! *= f;
  }

  /** Nematic order parameter S of voxel i (0 isotropic, 1 parallel); 0 for an empty voxel. */
  alignment(i: number): number {
    const tr = this.qxx[i]! + this.qyy[i]! + this.qzz[i]!;
    if (!(tr > 1e-9)) return 0;
    const lmax = largestEigenvalue(
      this.qxx[i]! / tr,
      this.qyy[i]! / tr,
      this.qzz[i]! / tr,
      this.qxy[i]! / tr,
      this.qxz[i]! / tr,
      this.qyz[i]! / tr,
    );
    const s = (3 * lmax - 1) / 2;
    return s < 0 ? 0 : s > 1 ? 1 : s;
  }
}

export interface MatrixRates {
  /** Degradation per unit free MMP activity, 1/(activity · h). */
  mmpDegradationPerH: number;
  /** Cross-linked fibres are degraded at this fraction of the rate of new fibres (0–1). */
  crossLinkedMmpFactor: number;
  /** Collagen III is cut by MMPs this many times as fast as collagen I (interstitial collagenase prefers it). */
  collagenIIIMmpFactor: number;
  /** Half-time of cross-linking (lysyl oxidase) of new fibres, h. */
  crossLinkHalfTimeH: number;
  /** Half-life of homeostatic collagen turnover (basal degradation, balanced by resting synthesis), h. */
  turnoverHalfLifeH: number;
  /** Half-time with which secreted tropoelastin is assembled or cleared, h. */
  elastinAssemblyHalfTimeH: number;
  /** Fraction of tropoelastin assembled into mature elastin (the rest is cleared). */
  elastinAssemblyEfficiency: number;
}

/**
 * Share of each collagen type not yet cross-linked in resting dermis: synthesis k_turn·B balances loss of new
 * fibres (k_x + k_turn)·N and cross-linking k_x·N balances loss of mature ones k_turn·X, so N/B = k_turn/(k_x + k_turn).
 */
export function restingNewFibreShare(rates: MatrixRates): number {
  const kTurn = 1 / rates.turnoverHalfLifeH;
  const kCross = 1 / rates.crossLinkHalfTimeH;
  return kTurn / (kCross + kTurn);
}

/**
 * One matrix update over dtH hours (see the module comment). Allocation-free, O(dermal voxels).
 *
 * `orientationH`: the basket-weave orientation that resting synthesis lays down is added to the fibre tensor only
 * on updates where the caller passes hours > 0, that many hours' worth at once (systems.ts: every
 * ORIENTATION_RELAX_H of model time; dtH when every update should carry its own). Losses only rescale the tensor, which leaves a voxel's
 * alignment unchanged, so between those updates no voxel's cached alignment goes stale. Turnover relaxes alignment
 * over years (T_turn ≈ 700 d), so applying it in 50-h batches changes nothing visible and saves recomputing every
 * dermal voxel's alignment after every update (≈ 17 % of a long course).
 */
export function updateMatrix(m: MatrixState, rates: MatrixRates, dtH: number, orientationH = dtH): void {
  const { collagenI: I, collagenIII: III, crossLinkedI: XI, crossLinkedIII: XIII, elastin: E } = m;
  const { tropoelastin: TE, mmp, timp, dermisVoxels } = m;
  const crossLink = 1 - Math.exp((-Math.LN2 * dtH) / rates.crossLinkHalfTimeH);
  const turnoverRate = Math.LN2 / rates.turnoverHalfLifeH;
  const turnoverKeep = Math.exp(-turnoverRate * dtH);
  // Resting synthesis replaces what basal turnover removes from the pre-treatment matrix (per type).
  const restingI = BASELINE_COLLAGEN_I * (1 - turnoverKeep);
  const restingIII = BASELINE_COLLAGEN_III * (1 - turnoverKeep);
  const resting = restingI + restingIII;
  const basket =
    orientationH > 0 ? (BASELINE_COLLAGEN_I + BASELINE_COLLAGEN_III) * (1 - Math.exp(-turnoverRate * orientationH)) : 0;
  const assemble = 1 - Math.exp((-Math.LN2 * dtH) / rates.elastinAssemblyHalfTimeH);
  const efficiency = rates.elastinAssemblyEfficiency;
  const kMmp = rates.mmpDegradationPerH;
  const xFactor = rates.crossLinkedMmpFactor;
  const kMmp3 = kMmp * rates.collagenIIIMmpFactor;
  const level = m.restingLevel;
  let degraded = 0;
  let deposited = 0;
  for (let k = 0; k < dermisVoxels.length; k++) {
    const i = dermisVoxels[k]!;
    const s = level === null ? 1 : level[i]!;
    const protease = mmp[i]!;
    const free = protease > timp[i]! ? protease - timp[i]! : 0;
    mmp[i] = 0;
    timp[i] = 0;
    let c1 = I[i]!;
    let c3 = III[i]!;
    let x1 = XI[i]!;
    let x3 = XIII[i]!;
    const before = c1 + c3;
    // MMPs: new fibres are cut freely, cross-linked ones resist.
    // MMP-1 cleaves type III faster than type I (kMmp3), which is how granulation III is replaced by I.
    const keepNew = free > 0 ? Math.exp(-kMmp * free) : 1;
    const keepX = free > 0 ? Math.exp(-kMmp * xFactor * free) : 1;
    const keepNew3 = free > 0 ? Math.exp(-kMmp3 * free) : 1;
    const keepX3 = free > 0 ? Math.exp(-kMmp3 * xFactor * free) : 1;
    // Basal turnover takes every fibre alike; then the remaining new fibres cross-link.
    const n1 = (c1 - x1) * keepNew * turnoverKeep;
    const n3 = (c3 - x3) * keepNew3 * turnoverKeep;
    x1 *= keepX * turnoverKeep;
    x3 *= keepX3 * turnoverKeep;
    const d1 = n1 * crossLink;
    const d3 = n3 * crossLink;
    x1 += d1;
    x3 += d3;
    c1 = x1 + n1 - d1 + restingI * s;
    c3 = x3 + n3 - d3 + restingIII * s;
    const kept = c1 + c3 - resting * s;
    degraded += before - kept;
    deposited += resting * s;
    I[i] = c1;
    III[i] = c3;
    XI[i] = x1;
    XIII[i] = x3;
    // Fibre tensor: losses scale it (alignment unchanged); resting synthesis adds basket-weave fibres, in batches.
    if (before > 0) {
      const f = kept / before;
      m.qxx[i] = m.qxx[i]! * f + basket * s * BASKET_XX;
      m.qyy[i] = m.qyy[i]! * f + basket * s * BASKET_XX;
      m.qzz[i] = m.qzz[i]! * f + basket * s * BASKET_ZZ;
      m.qxy[i]! *= f;
      m.qxz[i]! *= f;
      m.qyz[i]! *= f;
      if (basket > 0) m.markStale(i);
    }
    // Elastin: elastase and MMPs cut mature fibres; tropoelastin is assembled (a fraction ε) or cleared.
    if (protease > 0) E[i] = E[i]! * Math.exp(-kMmp * protease);
    const te = TE[i]!;
    if (te > 0) {
      const used = te * assemble;
      TE[i] = te - used;
      E[i]! += used * efficiency;
    }
  }
  m.degraded += degraded;
  m.deposited += deposited;
}

/**
 * Largest eigenvalue of a symmetric 3×3 matrix (closed form, trigonometric; Smith 1961). Allocation-free.
 */
export function largestEigenvalue(a: number, b: number, c: number, d: number, e: number, f: number): number {
  // Matrix [[a, d, e], [d, b, f], [e, f, c]].
  const p1 = d * d + e * e + f * f;
  const q = (a + b + c) / 3;
  if (p1 < 1e-12) return Math.max(a, b, c);
  const p2 = (a - q) * (a - q) + (b - q) * (b - q) + (c - q) * (c - q) + 2 * p1;
  const p = Math.sqrt(p2 / 6);
  const inv = 1 / p;
  const b11 = (a - q) * inv;
  const b22 = (b - q) * inv;
  const b33 = (c - q) * inv;
  const b12 = d * inv;
  const b13 = e * inv;
  const b23 = f * inv;
  const det = b11 * (b22 * b33 - b23 * b23) - b12 * (b12 * b33 - b23 * b13) + b13 * (b12 * b23 - b22 * b13);
  const r = det / 2;
  const phi = r <= -1 ? Math.PI / 3 : r >= 1 ? 0 : Math.acos(r) / 3;
  return q + 2 * p * Math.cos(phi);
}

/** Treated zone radius, µm: TARGETS.md defines the *_tz metrics over dermis within 150 µm of a channel axis. */
export const TREATED_ZONE_UM = 150;

/** Marks dermal voxels within TREATED_ZONE_UM of the axis segment of a channel (x, y, 0 → depth). */
export function markTreatedZone(m: MatrixState, geometry: Geometry, x: number, y: number, depthUm: number): void {
  const g = geometry.grid;
  const dx = g.dxUm;
  const r = TREATED_ZONE_UM;
  const x0 = Math.max(0, Math.floor((x - r) / dx));
  const x1 = Math.min(g.nx - 1, Math.floor((x + r) / dx));
  const y0 = Math.max(0, Math.floor((y - r) / dx));
  const y1 = Math.min(g.ny - 1, Math.floor((y + r) / dx));
  const z1 = Math.min(g.nz - 1, Math.floor((depthUm + r) / dx));
  for (let iz = 0; iz <= z1; iz++) {
    const zc = (iz + 0.5) * dx;
    const below = zc > depthUm ? zc - depthUm : 0;
    for (let iy = y0; iy <= y1; iy++) {
      const ddy = (iy + 0.5) * dx - y;
      for (let ix = x0; ix <= x1; ix++) {
        const ddx = (ix + 0.5) * dx - x;
        const i = ix + g.nx * (iy + g.ny * iz);
        if (m.dermis[i] === 1 && ddx * ddx + ddy * ddy + below * below <= r * r) m.markTreated(i);
      }
    }
  }
}
