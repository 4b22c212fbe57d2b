/**
 * Shared plumbing for everything drawn at the tissue sites (collagen, elastin, dynamic capillary segments): one
 * InstancedBufferGeometry per visual kind over ONE shared set of per-site attributes (a `SiteStream` per model
 * run), so the frame's site rows are uploaded to the GPU once per frame however many layers read them:
 *  - static, from SimInfo: `sitePosition` (µm, model axes) and `siteLayer` (Layer code);
 *  - per frame, zero-copy: an InstancedInterleavedBuffer whose array is SWAPPED to the newest frame's `sites`
 *    (SITE_STRIDE floats per site) and read through interleaved views `siteDirection` (dirX..dirZ),
 *    `siteMatrix` (collagen I, collagen III, elastin, alignment) and `siteVessels` (capillary density). Only the
 *    prefix of sites the tier draws is uploaded (the site list is in random order, so a prefix is a uniform sample).
 *
 * Measured (npm run bench:app, low tier): three layers each uploading all ~24 000 rows (2.3 MB per frame) cost
 * more main-thread time than everything else in the matrix and vessel layers together.
 */
import * as THREE from 'three';
import { SITE, SITE_STRIDE } from '../../../workers/protocol';
import type { Frame, SimInfo } from '../../../workers/protocol';
import type { RenderTier } from '../../state/viewStore';
import { cutPlane } from '../cutaway';
import { TIERS } from '../quality/tiers';

/** Layer codes of workers/engine/geometry.ts (not exported by the protocol; mirrored here, fixed by the model). */
export const LAYER_PAPILLARY = 2;
export const LAYER_HYPODERMIS = 4;

/** The per-site attributes of one model run, shared by every site geometry. */
export interface SiteStream {
  /** The per-frame buffer whose `array` is swapped to `frame.sites`. */
  readonly sites: THREE.InstancedInterleavedBuffer;
  readonly attributes: Readonly<Record<string, THREE.BufferAttribute | THREE.InterleavedBufferAttribute>>;
  /** The stream counter of the frame last applied (frameStream `received`); −1 for none. */
  applied: number;
  /** The one upload range, reused every frame (no allocation). */
  readonly range: { start: number; count: number };
}

const streams = new WeakMap<SimInfo, SiteStream>();

/** The site attributes of this model run (made on first use, then shared). */
export function siteStream(info: SimInfo): SiteStream {
  let stream = streams.get(info);
  if (stream) return stream;
  const sites = new THREE.InstancedInterleavedBuffer(new Float32Array(info.sites.count * SITE_STRIDE), SITE_STRIDE, 1);
  sites.setUsage(THREE.DynamicDrawUsage);
  stream = {
    sites,
    attributes: {
      sitePosition: new THREE.InstancedBufferAttribute(info.sites.positionsUm, 3),
      // Uint8 codes read as floats in the shader (unnormalised integer attribute → float).
      siteLayer: new THREE.InstancedBufferAttribute(info.sites.layer, 1),
      siteDirection: new THREE.InterleavedBufferAttribute(sites, 3, SITE.dirX),
      siteMatrix: new THREE.InterleavedBufferAttribute(sites, 4, SITE.collagenI),
      siteVessels: new THREE.InterleavedBufferAttribute(sites, 1, SITE.vessels),
    },
    applied: -1,
    range: { start: 0, count: 0 },
  };
  streams.set(info, stream);
  return stream;
}

/** An instanced geometry over `base` (one instance per site) reading the stream's attributes. */
export function createSiteGeometry(stream: SiteStream, base: THREE.BufferGeometry): THREE.InstancedBufferGeometry {
  const geometry = new THREE.InstancedBufferGeometry();
  geometry.index = base.index;
  for (const [name, attribute] of Object.entries(base.attributes)) geometry.setAttribute(name, attribute);
  for (const [name, attribute] of Object.entries(stream.attributes)) geometry.setAttribute(name, attribute);
  geometry.instanceCount = 0;
  return geometry;
}

/**
 * Disposes a site geometry's own GPU buffers. `geometry.dispose()` would also delete the SHARED site buffers
 * (three.js frees every attribute of a disposed geometry); they are re-created on the next draw, so this only
 * spares a re-upload, but it also keeps the layers independent.
 */
export function disposeSiteGeometry(geometry: THREE.InstancedBufferGeometry, stream: SiteStream): void {
  for (const name of Object.keys(stream.attributes)) geometry.deleteAttribute(name);
  geometry.dispose();
}

/** Sites drawn on this tier: a prefix of the (randomly ordered) list, i.e. a uniform sample. */
export function drawnSiteCount(info: SimInfo, tier: RenderTier, fraction = 1): number {
  return Math.floor(Math.min(TIERS[tier].siteCount, info.sites.count) * fraction);
}

/** Sets how many sites a site geometry draws (the prefix of the uploaded rows). */
export function drawSites(geometry: THREE.InstancedBufferGeometry, sites: number): void {
  geometry.instanceCount = sites;
}

/**
 * Points the site buffer at the frame's rows (no copy) and marks the drawn prefix for upload, once per received
 * frame whichever layer asks first. `received` is the frame stream's counter.
 */
export function applySiteFrame(stream: SiteStream, frame: Frame, received: number, drawnSites: number): void {
  if (stream.applied === received) return;
  stream.applied = received;
  const { sites, range } = stream;
  sites.array = frame.sites;
  range.count = drawnSites * SITE_STRIDE;
  // three.js empties updateRanges after each upload; pushing the one reused range allocates nothing.
  sites.clearUpdateRanges();
  sites.updateRanges.push(range);
  sites.needsUpdate = true;
}

/**
 * The matrix, capillaries and channels are drawn as a thick section behind the cut-away: full strength within
 * `fullUm` behind the cut plane, fading out by `endUm` (to `floor`). They are drawn after the tissue block's
 * translucent cross-section cap (which veils everything deeper than ~12 µm behind the cut at 72 % opacity): a fibre
 * under that veil keeps only a quarter of its contrast and collagen types no longer read; fading by distance keeps
 * the depth cue without the veil. Shaders read `uCutZ` (scene z of the cut, the shared plane's constant: kept
 * points have z ≤ it) and these three numbers.
 */
export function sectionUniforms(fullUm: number, endUm: number, floor = 0) {
  return {
    uCutZ: { value: 0 },
    uSectionFullUm: { value: fullUm },
    uSectionEndUm: { value: endUm },
    uSectionFloor: { value: floor },
  };
}

/** Per render: the cut's scene z from the shared plane (mutated by CutawayController earlier in the frame). */
export function setCutZ(section: ReturnType<typeof sectionUniforms>): void {
  section.uCutZ.value = cutPlane.constant;
}

/**
 * Draw order between the tissue block's cross-section cap (3) and its skin surface (4) (tissue/TissueBlock.tsx):
 * over the cap, under the translucent surface seen from above.
 */
export const SECTION_RENDER_ORDER = 3.5;
