/**
 * Reads what the scene draws besides the cells out of the model state, into a frame's buffers (layout:
 * sceneLayout.ts). Read-only with respect to the model: it never touches the model's random streams or state, so
 * frames can be taken at any rate without changing results.
 *
 * The tissue sites are fixed at construction from their own generator (a constant seed), the same for every run
 * of a given block, so a site keeps its place across frames, seeks and restarts.
 */
import { CellKind } from '../model/cellKinds';
import { barrierFunction, latestSessionEpidermis } from './cells/keratinocytes';
import { Layer } from './geometry';
import { BASELINE_COLLAGEN_I, BASELINE_COLLAGEN_III, BASELINE_ELASTIN } from './matrix';
import { Rng } from './rng';
import {
  CHANNEL,
  CHANNEL_LUMEN_SAMPLES,
  CHANNEL_STRIDE,
  OVERLAY_FIELDS,
  SITE,
  SITE_STRIDE,
  SURFACE,
} from '../model/sceneLayout';
import type { OverlayField } from '../model/sceneLayout';
import type { SimState } from './state';
import { channelPatency } from './tissue';

/**
 * Tissue sample sites per mm² of surface. 6 000 under a 1 mm² block puts a fibre about every 60 µm in a 1.3 mm
 * dermis: dense enough to read the weave and its alignment, sparse enough to see cells between the fibres.
 */
const SITES_PER_MM2 = 6000;
/** Seed of the site generator (fixed: sites are a property of the block, not of the run). */
const SITE_SEED = 0x5ce7e5;
/** Power-iteration steps for a site's fibre direction (the tensor is 3×3; 6 steps separate a clear axis). */
const DIRECTION_ITERATIONS = 6;

export class SceneSampler {
  readonly siteCount: number;
  /** Site positions, µm, xyz interleaved. */
  readonly sitePositions: Float32Array;
  /** Layer code of each site. */
  readonly siteLayer: Uint8Array;
  private readonly siteVoxel: Int32Array;
  /**
   * A fixed random start direction per site for the power iteration: where the weave has no preferred axis (the
   * resting dermis is isotropic in the skin plane) the drawn fibre keeps this random in-plane direction, which is
   * what a basket-weave looks like; where cells lay down aligned fibres the iteration turns it to their axis.
   */
  private readonly siteStart: Float32Array;
  readonly sliceSize: number;
  private overlay: OverlayField | null = null;
  private overlayIndex = -1;
  sliceYUm: number;

  constructor(sim: SimState) {
    const geo = sim.geometry;
    const g = geo.grid;
    const w = geo.widthUm;
    const rng = new Rng(SITE_SEED, 0);
    const count = Math.max(64, Math.round((SITES_PER_MM2 * w * w) / 1e6));
    this.siteCount = count;
    this.sitePositions = new Float32Array(count * 3);
    this.siteLayer = new Uint8Array(count);
    this.siteVoxel = new Int32Array(count);
    this.siteStart = new Float32Array(count * 3);
    const top = geo.stack.stratumCorneumUm + geo.stack.epidermisUm - geo.stack.reteAmplitudeUm;
    let placed = 0;
    while (placed < count) {
      const x = rng.next() * w;
      const y = rng.next() * w;
      const z = top + rng.next() * (geo.depthUm - top);
      const ix = Math.min(g.nx - 1, Math.floor(x / g.dxUm));
      const iy = Math.min(g.ny - 1, Math.floor(y / g.dxUm));
      const iz = Math.min(g.nz - 1, Math.floor(z / g.dxUm));
      const voxel = ix + g.nx * (iy + g.ny * iz);
      const layer = geo.layer[voxel]!;
      if (layer === Layer.epidermis || layer === Layer.stratumCorneum) continue;
      this.sitePositions[placed * 3] = x;
      this.sitePositions[placed * 3 + 1] = y;
      this.sitePositions[placed * 3 + 2] = z;
      this.siteLayer[placed] = layer;
      this.siteVoxel[placed] = voxel;
      // Mostly in the skin plane (the dermal weave lies parallel to the surface), a little tilt.
      const angle = rng.next() * 2 * Math.PI;
      const tilt = (rng.next() - 0.5) * 0.5;
      const norm = Math.hypot(1, tilt);
      this.siteStart[placed * 3] = Math.cos(angle) / norm;
      this.siteStart[placed * 3 + 1] = Math.sin(angle) / norm;
      this.siteStart[placed * 3 + 2] = tilt / norm;
      placed++;
    }
    this.sliceSize = g.nx * g.nz;
    this.sliceYUm = w / 2;
  }

  /** Chooses the overlay field (null: none) and the slice position. */
  setView(sim: SimState, overlay: OverlayField | null, sliceYUm: number): void {
    if (overlay !== null && !OVERLAY_FIELDS.includes(overlay)) throw new RangeError(`unknown overlay field ${overlay}`);
    this.overlay = overlay;
    this.overlayIndex = overlay === null ? -1 : sim.fields.fieldIndex(overlay);
    const w = sim.geometry.widthUm;
    this.sliceYUm = Number.isFinite(sliceYUm) ? Math.min(Math.max(sliceYUm, 0), w) : w / 2;
  }

  writeSites(sim: SimState, out: Float32Array): void {
    const m = sim.matrix;
    const density = sim.vessels.density;
    const start = this.siteStart;
    for (let s = 0; s < this.siteCount; s++) {
      const i = this.siteVoxel[s]!;
      const o = s * SITE_STRIDE;
      const tr = m.qxx[i]! + m.qyy[i]! + m.qzz[i]!;
      let vx = start[s * 3]!;
      let vy = start[s * 3 + 1]!;
      let vz = start[s * 3 + 2]!;
      if (tr > 1e-9) {
        const a = m.qxx[i]! / tr;
        const b = m.qyy[i]! / tr;
        const c = m.qzz[i]! / tr;
        const d = m.qxy[i]! / tr;
        const e = m.qxz[i]! / tr;
        const f = m.qyz[i]! / tr;
        for (let k = 0; k < DIRECTION_ITERATIONS; k++) {
          const nx = a * vx + d * vy + e * vz;
          const ny = d * vx + b * vy + f * vz;
          const nz = e * vx + f * vy + c * vz;
          const n = Math.hypot(nx, ny, nz);
          if (!(n > 1e-12)) break;
          vx = nx / n;
          vy = ny / n;
          vz = nz / n;
        }
      }
      out[o + SITE.dirX] = vx;
      out[o + SITE.dirY] = vy;
      out[o + SITE.dirZ] = vz;
      out[o + SITE.collagenI] = m.collagenI[i]! / BASELINE_COLLAGEN_I;
      out[o + SITE.collagenIII] = m.collagenIII[i]! / BASELINE_COLLAGEN_III;
      out[o + SITE.elastin] = m.elastin[i]! / BASELINE_ELASTIN;
      out[o + SITE.alignment] = m.alignment(i);
      out[o + SITE.vessels] = density[i]!;
    }
  }

  /** Writes one row per channel made so far; returns the count. */
  writeChannels(sim: SimState, out: Float32Array): number {
    const ch = sim.channels;
    const epi = sim.epidermis;
    const g = sim.geometry.grid;
    const lumen = sim.tissue.lumen;
    for (let c = 0; c < ch.count; c++) {
      const o = c * CHANNEL_STRIDE;
      const x = ch.x[c]!;
      const y = ch.y[c]!;
      const depth = ch.depthUm[c]!;
      out[o + CHANNEL.x] = x;
      out[o + CHANNEL.y] = y;
      out[o + CHANNEL.depthUm] = depth;
      out[o + CHANNEL.surfaceRadiusUm] = ch.surfaceRadiusUm[c]!;
      out[o + CHANNEL.tipRadiusUm] = ch.tipRadiusUm[c]!;
      out[o + CHANNEL.madeAtH] = ch.madeAtH[c]!;
      out[o + CHANNEL.bleeding] = ch.bleeding[c]!;
      out[o + CHANNEL.session] = ch.session[c]!;
      const opening = epi.openingUm[c]!;
      const open = opening > 0 && epi.coveredAtH[c]! < 0 ? epi.frontUm[c]! / opening : 0;
      out[o + CHANNEL.epidermisOpen] = open * open;
      const ix = Math.min(g.nx - 1, Math.floor(x / g.dxUm));
      const iy = Math.min(g.ny - 1, Math.floor(y / g.dxUm));
      for (let k = 0; k < CHANNEL_LUMEN_SAMPLES; k++) {
        const iz = Math.min(g.nz - 1, Math.floor((depth * (k + 0.5)) / CHANNEL_LUMEN_SAMPLES / g.dxUm));
        out[o + CHANNEL.lumen + k] = lumen[ix + g.nx * (iy + g.ny * iz)]!;
      }
    }
    return ch.count;
  }

  /** Copies the overlay field's x–z plane at the slice position; returns the field id, or null when none. */
  writeSlice(sim: SimState, out: Float32Array): string | null {
    if (this.overlayIndex < 0) return null;
    const g = sim.geometry.grid;
    const values = sim.fields.values[this.overlayIndex]!;
    const iy = Math.min(g.ny - 1, Math.max(0, Math.floor(this.sliceYUm / g.dxUm)));
    for (let iz = 0; iz < g.nz; iz++) {
      const from = g.nx * (iy + g.ny * iz);
      const to = iz * g.nx;
      for (let ix = 0; ix < g.nx; ix++) out[to + ix] = values[from + ix]!;
    }
    return this.overlay;
  }

  writeSurface(sim: SimState, out: Float32Array): void {
    const done = sim.sessionsDone > 0;
    out[SURFACE.erythema] = sim.skin.erythema;
    out[SURFACE.swelling] = sim.skin.erythema;
    out[SURFACE.barrier] = barrierFunction(sim);
    out[SURFACE.reepithelialisation] = done ? latestSessionEpidermis(sim).covered : 1;
    out[SURFACE.patency] = done && sim.tissue.anyLumen ? channelPatency(sim.tissue) : 0;
    out[SURFACE.clot] = sim.agents.kindCount[CellKind.platelet]! > 0 ? 1 : 0;
  }
}
