/**
 * Shared plumbing for everything drawn at the tissue sites (collagen, elastin, dynamic capillary segments): one
 * InstancedBufferGeometry per visual kind whose per-site attributes are
 *  - static, from SimInfo: `sitePosition` (µm, model axes) and `siteLayer` (Layer code);
 *  - per frame, zero-copy: an InstancedInterleavedBuffer whose array is SWAPPED to the newest frame's `sites`
 *    (SITE_STRIDE floats per site) and read through interleaved views `siteDirection` (dirX..dirZ),
 *    `siteMatrix` (collagen I, collagen III, elastin, alignment) and `siteVessels` (capillary density).
 *
 * `instancesPerSite` > 1 draws several instances from one site row (the attribute divisor): the collagen layer
 * uses 2 so a site with excess collagen can grow a second, parallel fibre without a second draw call.
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

export interface SiteGeometry {
  geometry: THREE.InstancedBufferGeometry;
  /** The per-frame buffer whose `array` is swapped to `frame.sites`. */
  sites: THREE.InstancedInterleavedBuffer;
  instancesPerSite: number;
}

/** Builds an instanced geometry over `base` with the site attributes described above. */
export function createSiteGeometry(info: SimInfo, base: THREE.BufferGeometry, instancesPerSite: number): SiteGeometry {
  const geometry = new THREE.InstancedBufferGeometry();
  geometry.index = base.index;
  for (const name of ['position', 'normal', 'uv'] as const) {
    const attribute = base.getAttribute(name);
    if (attribute) geometry.setAttribute(name, attribute);
  }
  const count = info.sites.count;
  geometry.setAttribute(
    'sitePosition',
    new THREE.InstancedBufferAttribute(info.sites.positionsUm, 3, false, instancesPerSite),
  );
  // Uint8 codes read as floats in the shader (unnormalised integer attribute → float).
  geometry.setAttribute('siteLayer', new THREE.InstancedBufferAttribute(info.sites.layer, 1, false, instancesPerSite));
  const sites = new THREE.InstancedInterleavedBuffer(
    new Float32Array(count * SITE_STRIDE),
    SITE_STRIDE,
    instancesPerSite,
  );
  sites.setUsage(THREE.DynamicDrawUsage);
  geometry.setAttribute('siteDirection', new THREE.InterleavedBufferAttribute(sites, 3, SITE.dirX));
  geometry.setAttribute('siteMatrix', new THREE.InterleavedBufferAttribute(sites, 4, SITE.collagenI));
  geometry.setAttribute('siteVessels', new THREE.InterleavedBufferAttribute(sites, 1, SITE.vessels));
  geometry.instanceCount = 0;
  return { geometry, sites, instancesPerSite };
}

/** Sites drawn on this tier: a prefix of the (randomly ordered) list, i.e. a uniform sample. */
export function drawnSiteCount(info: SimInfo, tier: RenderTier, fraction = 1): number {
  return Math.floor(Math.min(TIERS[tier].siteCount, info.sites.count) * fraction);
}

/**
 * Points the site buffer at the frame's rows (no copy) and sets how many sites are drawn. The whole buffer is
 * uploaded (≈ 200 kB for 6 000 sites): cheaper than tracking update ranges, which would allocate per frame.
 */
export function applySiteFrame(target: SiteGeometry, frame: Frame, drawnSites: number): void {
  target.sites.array = frame.sites;
  target.sites.needsUpdate = true;
  target.geometry.instanceCount = drawnSites * target.instancesPerSite;
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
