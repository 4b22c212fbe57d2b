/**
 * Needling: turns a device + protocol into micro-channels in the simulated block.
 *
 * Effective depth ≠ nominal length (EVIDENCE §2b): skin first tents under the needle (an indentation that
 * never becomes a channel), then the device lets a fraction of the rest enter. The channel is a cone that
 * follows the needle's taper; it bleeds when it reaches the papillary capillary loops.
 * Channels live in a struct-of-arrays store; each session appends its channels, re-injuring whatever state the
 * tissue is in.
 */
import type { Geometry } from './geometry';
import { Layer, layerAtDepth } from './geometry';
import type { Rng } from './rng';

export type Device = 'pen' | 'roller' | 'stamp';

/** What the needling system needs, resolved from the parameter schema by the facade. */
export interface NeedlingSpec {
  device: Device;
  nominalLengthUm: number;
  passes: number;
  /** Fraction of (nominal − tenting) that enters the skin, for this device. */
  penetrationFraction: number;
  /** Indentation before the skin gives way, µm. */
  tentingUm: number;
  /** Expected punctures per cm² per pass. */
  puncturesPerCm2PerPass: number;
  /** Lumen radius at the surface (measured after recoil) and at the tip, µm. */
  surfaceRadiusUm: number;
  needleTipRadiusUm: number;
}

/**
 * Relative scatter of the effective depth between punctures (σ, fraction of the mean). Kalluri 2011 measured
 * 152.5 ± 9.6 µm (≈ 6 %) for a roller on rat skin; human skin, angle and pressure vary more: 10 % assumed.
 */
const DEPTH_SCATTER = 0.1;

/** Struct-of-arrays channel store. Capacity fixed at creation (from the protocol's worst case). */
export class ChannelStore {
  readonly capacity: number;
  count = 0;
  /** Axis position on the surface, µm. */
  readonly x: Float32Array;
  readonly y: Float32Array;
  /** Effective depth of the tip, µm. */
  readonly depthUm: Float32Array;
  /** Lumen radius at the surface, µm (tapers linearly to the tip radius). */
  readonly surfaceRadiusUm: Float32Array;
  readonly tipRadiusUm: Float32Array;
  /** Model time the channel was made, h. */
  readonly madeAtH: Float32Array;
  readonly session: Uint8Array;
  /** 1 when the channel reached the capillary loops (bleeds). */
  readonly bleeding: Uint8Array;
  /** Deepest layer reached (Layer code). */
  readonly deepestLayer: Uint8Array;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.x = new Float32Array(capacity);
    this.y = new Float32Array(capacity);
    this.depthUm = new Float32Array(capacity);
    this.surfaceRadiusUm = new Float32Array(capacity);
    this.tipRadiusUm = new Float32Array(capacity);
    this.madeAtH = new Float32Array(capacity);
    this.session = new Uint8Array(capacity);
    this.bleeding = new Uint8Array(capacity);
    this.deepestLayer = new Uint8Array(capacity);
  }

  /** Lumen radius of channel c at depth z (0 below the tip), µm. */
  radiusAt(c: number, zUm: number): number {
    const depth = this.depthUm[c]!;
    if (zUm > depth) return 0;
    const t = zUm / depth;
    return this.surfaceRadiusUm[c]! * (1 - t) + this.tipRadiusUm[c]! * t;
  }
}

/** Poisson deviate (Knuth for small means, rounded normal approximation above 30). */
export function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.normal()));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.next();
  while (p > limit) {
    k++;
    p *= rng.next();
  }
  return k;
}

/** Expected number of channels in a block for one session (mean, before Poisson scatter). */
export function expectedChannelsPerSession(spec: NeedlingSpec, widthUm: number): number {
  const areaCm2 = (widthUm * widthUm) / 1e8;
  return spec.puncturesPerCm2PerPass * spec.passes * areaCm2;
}

/** A channel-store capacity that a whole protocol cannot exceed (mean + 8σ + slack per session). */
export function channelCapacity(spec: NeedlingSpec, widthUm: number, sessions: number): number {
  const mean = expectedChannelsPerSession(spec, widthUm);
  return Math.ceil(sessions * (mean + 8 * Math.sqrt(mean + 1) + 8));
}

/** Channels deeper than mean × (1 + this × DEPTH_SCATTER) are rarer than 1 in 10⁴: the block is made that deep. */
const DEPTH_SCATTER_SIGMAS = 4;

/** The deepest channel depth a protocol plausibly makes, µm (sizes the block's depth). */
export function maxChannelDepthUm(spec: NeedlingSpec): number {
  return meanEffectiveDepthUm(spec) * (1 + DEPTH_SCATTER_SIGMAS * DEPTH_SCATTER);
}

/** Mean effective depth of a puncture, µm. */
export function meanEffectiveDepthUm(spec: NeedlingSpec): number {
  return spec.penetrationFraction * Math.max(0, spec.nominalLengthUm - spec.tentingUm);
}

/**
 * Punches one session's channels into the block. Positions are uniform (a hand-held pen or stamp moves
 * irregularly; a roller's lattice is finer than the block only after many crossing passes, so uniform is
 * also its long-run pattern). Returns the number of channels made.
 */
export function needleSession(
  channels: ChannelStore,
  geometry: Geometry,
  spec: NeedlingSpec,
  session: number,
  timeH: number,
  rng: Rng,
): number {
  const n = poisson(rng, expectedChannelsPerSession(spec, geometry.widthUm));
  const meanDepth = meanEffectiveDepthUm(spec);
  const maxDepth = geometry.depthUm - geometry.grid.dxUm;
  const stack = geometry.stack;
  let made = 0;
  for (let k = 0; k < n && channels.count < channels.capacity; k++) {
    const depth = meanDepth * (1 + DEPTH_SCATTER * rng.normal());
    const x = rng.uniform(0, geometry.widthUm);
    const y = rng.uniform(0, geometry.widthUm);
    if (depth <= stack.stratumCorneumUm) continue; // indented the skin without breaching it
    const c = channels.count++;
    const d = Math.min(depth, maxDepth);
    channels.x[c] = x;
    channels.y[c] = y;
    channels.depthUm[c] = d;
    channels.tipRadiusUm[c] = spec.needleTipRadiusUm;
    // The lumen left after the skin recoils, not the needle's own width (Kalluri 2011: 70 µm Ø at the surface
    // for a needle 140 µm wide at its base); it tapers linearly to the tip.
    channels.surfaceRadiusUm[c] = spec.surfaceRadiusUm;
    channels.madeAtH[c] = timeH;
    channels.session[c] = session;
    channels.bleeding[c] = d >= stack.capillaryLoopTipUm ? 1 : 0;
    const ix = Math.min(geometry.grid.nx - 1, Math.floor(x / geometry.grid.dxUm));
    const iy = Math.min(geometry.grid.ny - 1, Math.floor(y / geometry.grid.dxUm));
    channels.deepestLayer[c] = layerAtDepth(stack, geometry.dejDepthUm[ix + geometry.grid.nx * iy]!, d);
    made++;
  }
  return made;
}

/** True when channel c reached the dermis (used by injury and by the bleeding/fibroblast response). */
export function reachesDermis(channels: ChannelStore, c: number): boolean {
  return channels.deepestLayer[c]! >= Layer.papillaryDermis;
}
