/**
 * Skin geometry: the layer stack of each body site and the voxel grid that discretises the simulated block.
 *
 * Coordinates are µm. x, y run along the skin surface (0 … width), z is depth below the surface (0 at the
 * top of the stratum corneum, increasing downwards). Sources: shared/science/EVIDENCE.md §1a–1b.
 */
import { createGrid } from './grid';
import type { Grid } from './grid';

export type BodySite = 'cheek' | 'forehead' | 'neck' | 'back' | 'abdomen' | 'scalp';
export type QualityTier = 'low' | 'medium' | 'high';

/** Layer codes stored per voxel (Uint8). Order = depth order. */
export const Layer = {
  stratumCorneum: 0,
  epidermis: 1,
  papillaryDermis: 2,
  reticularDermis: 3,
  hypodermis: 4,
} as const;
export type LayerCode = (typeof Layer)[keyof typeof Layer];
export const LAYER_NAMES = [
  'stratum corneum',
  'viable epidermis',
  'papillary dermis',
  'reticular dermis',
  'hypodermis',
];

export interface LayerStack {
  site: BodySite;
  label: string;
  /** Thicknesses, µm. */
  stratumCorneumUm: number;
  /** Viable epidermis, mean thickness (rete ridges undulate around it). */
  epidermisUm: number;
  papillaryDermisUm: number;
  reticularDermisUm: number;
  /** Rete-ridge amplitude (peak-to-trough / 2) and wavelength along the surface, µm. */
  reteAmplitudeUm: number;
  reteWavelengthUm: number;
  /** Depth of the tips of the papillary capillary loops below the surface, µm. */
  capillaryLoopTipUm: number;
  /** Depth of the sub-papillary (upper horizontal) plexus, µm. */
  subpapillaryPlexusUm: number;
  source: string;
}

/**
 * Layer stacks by body site (µm). Face values synthesise Chopra 2015, Iyengar 2018 and the Selçuk face
 * study (EVIDENCE §1a: cheek/forehead epidermis 50–120 µm with thin SC, dermis 1.1–1.5 mm); body sites use
 * Sandby-Møller 2003 (SC 11–18 µm, viable epidermis 57–82 µm) and Oltulu 2018 (back/abdomen dermis 2–4 mm).
 * Papillary dermis ≈ 200–400 µm or ~1/5 of the dermis (Sorrell & Caplan 2004).
 * Rete ridges: no thickness source (EVIDENCE §1a, "L"); 50–150 µm papilla height is a rule of thumb — we use a
 * 20–35 µm amplitude (40–70 µm peak to trough) at a 100–120 µm wavelength: assumed.
 * Capillary loops reach within ~0.1–0.2 mm of the surface (Braverman 1977, derived); the sub-papillary plexus
 * is placed at the papillary/reticular junction (textbook placement; Braverman 1997 reports 1–1.5 mm on the
 * forearm — contested, EVIDENCE §7). This placement sets the bleeding threshold near 0.5 mm nominal on the
 * face, matching clinical experience (EVIDENCE §1b).
 */
export const LAYER_STACKS: Record<BodySite, LayerStack> = {
  cheek: {
    site: 'cheek',
    label: 'Face — cheek',
    stratumCorneumUm: 12,
    epidermisUm: 65,
    papillaryDermisUm: 250,
    reticularDermisUm: 1000,
    reteAmplitudeUm: 25,
    reteWavelengthUm: 110,
    capillaryLoopTipUm: 120,
    subpapillaryPlexusUm: 330,
    source: 'Chopra 2015; Iyengar 2018; Selçuk face study; Sorrell & Caplan 2004 (EVIDENCE §1a)',
  },
  forehead: {
    site: 'forehead',
    label: 'Face — forehead',
    stratumCorneumUm: 12,
    epidermisUm: 75,
    papillaryDermisUm: 260,
    reticularDermisUm: 1050,
    reteAmplitudeUm: 25,
    reteWavelengthUm: 110,
    capillaryLoopTipUm: 130,
    subpapillaryPlexusUm: 350,
    source: 'Selçuk face study (forehead dermis 1.15–1.5 mm); Ha 2005 (forehead thick); EVIDENCE §1a',
  },
  neck: {
    site: 'neck',
    label: 'Neck',
    stratumCorneumUm: 12,
    epidermisUm: 60,
    papillaryDermisUm: 200,
    reticularDermisUm: 900,
    reteAmplitudeUm: 20,
    reteWavelengthUm: 110,
    capillaryLoopTipUm: 115,
    subpapillaryPlexusUm: 275,
    source: 'assumed: between eyelid-thin and cheek values (no neck-specific figure in EVIDENCE §1a)',
  },
  back: {
    site: 'back',
    label: 'Back',
    stratumCorneumUm: 11,
    epidermisUm: 70,
    papillaryDermisUm: 450,
    reticularDermisUm: 2550,
    reteAmplitudeUm: 35,
    reteWavelengthUm: 120,
    capillaryLoopTipUm: 140,
    subpapillaryPlexusUm: 530,
    source: 'Sandby-Møller 2003 (shoulder SC 11, epidermis 70 µm); dermis ~3 mm (textbook, EVIDENCE §1a)',
  },
  abdomen: {
    site: 'abdomen',
    label: 'Abdomen',
    stratumCorneumUm: 15,
    epidermisUm: 80,
    papillaryDermisUm: 400,
    reticularDermisUm: 1800,
    reteAmplitudeUm: 30,
    reteWavelengthUm: 120,
    capillaryLoopTipUm: 150,
    subpapillaryPlexusUm: 495,
    source: 'Sandby-Møller 2003 (buttock as nearest trunk site); Oltulu 2018 (body dermis 2–4 mm)',
  },
  scalp: {
    site: 'scalp',
    label: 'Scalp',
    stratumCorneumUm: 12,
    epidermisUm: 70,
    papillaryDermisUm: 300,
    reticularDermisUm: 1400,
    reteAmplitudeUm: 25,
    reteWavelengthUm: 110,
    capillaryLoopTipUm: 130,
    subpapillaryPlexusUm: 380,
    source: 'Oltulu 2018 (scalp among body sites); follicle bulbs 2–5 mm deep sit in fat (EVIDENCE §1b)',
  },
};

/**
 * Voxel edge per quality tier, µm. 20 µm ≈ two fibroblast diameters: fields around a 50–100 µm channel are
 * resolved by 3–5 voxels (medium). High halves it for research-grade pictures; low keeps tablets fluid.
 */
export const VOXEL_UM: Record<QualityTier, number> = { low: 25, medium: 20, high: 10 };

/** Hypodermis kept below the dermis so the deepest channels end inside the domain, µm. */
const HYPODERMIS_MARGIN_UM = 300;
/** Tissue kept below the deepest channel, µm (its tip's injury rim and treated zone). */
const CHANNEL_MARGIN_UM = 150;
/** Deepest domain, µm: covers a 2.5 mm needle at full penetration plus margin on every site. */
const MAX_DOMAIN_DEPTH_UM = 3000;

export interface Geometry {
  stack: LayerStack;
  grid: Grid;
  /** Block size, µm. */
  widthUm: number;
  depthUm: number;
  /** Layer code of every voxel (Uint8, grid order). */
  layer: Uint8Array;
  /** Per-voxel diffusivity multiplier for the field solver (1 = dermal). */
  diffusivity: Float32Array;
  /** Depth of the dermal–epidermal junction under each surface column (ix + nx*iy), µm. */
  dejDepthUm: Float32Array;
  /** Bottom of the papillary and of the reticular dermis, µm (flat). */
  papillaryBottomUm: number;
  dermisBottomUm: number;
}

/**
 * Relative diffusivity per layer (assumed: the stratum corneum is the barrier, ~2 % of dermal permeability
 * for a hydrophilic macromolecule; the viable epidermis is tight-junction-limited; fat is poorly perfused
 * interstitium). Matrix-bound effective D is calibrated per field; these only shape it by layer.
 */
export const LAYER_DIFFUSIVITY: Record<LayerCode, number> = {
  [Layer.stratumCorneum]: 0.02,
  [Layer.epidermis]: 0.3,
  [Layer.papillaryDermis]: 1,
  [Layer.reticularDermis]: 0.8,
  [Layer.hypodermis]: 0.5,
};

/** Depth of the dermal–epidermal junction at a surface point: mean SC + epidermis, plus rete ridges. */
export function dejDepthAt(stack: LayerStack, xUm: number, yUm: number): number {
  const k = (2 * Math.PI) / stack.reteWavelengthUm;
  return stack.stratumCorneumUm + stack.epidermisUm + stack.reteAmplitudeUm * Math.sin(k * xUm) * Math.sin(k * yUm);
}

export function layerAtDepth(stack: LayerStack, dejUm: number, zUm: number): LayerCode {
  if (zUm < stack.stratumCorneumUm) return Layer.stratumCorneum;
  if (zUm < dejUm) return Layer.epidermis;
  const papillaryBottom = stack.stratumCorneumUm + stack.epidermisUm + stack.papillaryDermisUm;
  if (zUm < papillaryBottom) return Layer.papillaryDermis;
  if (zUm < papillaryBottom + stack.reticularDermisUm) return Layer.reticularDermis;
  return Layer.hypodermis;
}

/**
 * `deepestChannelUm`: the deepest channel the protocol can make (needling.ts maxChannelDepthUm); the block reaches
 * at least CHANNEL_MARGIN_UM below it, so a long needle's channel ends inside the block instead of being cut off
 * by its floor (up to MAX_DOMAIN_DEPTH_UM).
 */
export function buildGeometry(site: BodySite, widthUm: number, quality: QualityTier, deepestChannelUm = 0): Geometry {
  const stack = LAYER_STACKS[site];
  const dx = VOXEL_UM[quality];
  const papillaryBottomUm = stack.stratumCorneumUm + stack.epidermisUm + stack.papillaryDermisUm;
  const dermisBottomUm = papillaryBottomUm + stack.reticularDermisUm;
  const depthWanted = Math.min(
    Math.max(dermisBottomUm + HYPODERMIS_MARGIN_UM, deepestChannelUm + CHANNEL_MARGIN_UM),
    MAX_DOMAIN_DEPTH_UM,
  );
  const nxy = Math.max(4, Math.round(widthUm / dx));
  const nz = Math.max(4, Math.ceil(depthWanted / dx));
  const grid = createGrid(nxy, nxy, nz, dx);
  const layer = new Uint8Array(grid.size);
  const diffusivity = new Float32Array(grid.size);
  const dejDepthUm = new Float32Array(nxy * nxy);
  for (let iy = 0; iy < nxy; iy++) {
    for (let ix = 0; ix < nxy; ix++) {
      dejDepthUm[ix + nxy * iy] = dejDepthAt(stack, (ix + 0.5) * dx, (iy + 0.5) * dx);
    }
  }
  for (let iz = 0; iz < nz; iz++) {
    const z = (iz + 0.5) * dx;
    for (let iy = 0; iy < nxy; iy++) {
      for (let ix = 0; ix < nxy; ix++) {
        const i = ix + nxy * (iy + nxy * iz);
        const code = layerAtDepth(stack, dejDepthUm[ix + nxy * iy]!, z);
        layer[i] = code;
        diffusivity[i] = LAYER_DIFFUSIVITY[code];
      }
    }
  }
  return {
    stack,
    grid,
    widthUm: nxy * dx,
    depthUm: nz * dx,
    layer,
    diffusivity,
    dejDepthUm,
    papillaryBottomUm,
    dermisBottomUm,
  };
}
