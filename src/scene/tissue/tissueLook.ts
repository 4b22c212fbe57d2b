/**
 * Colours and look constants of the tissue block. Illustrative, not measured: they are chosen so a student tells
 * the layers apart at a glance (lightness steps between neighbours, boundary lines, texture differences), not to
 * reproduce a stained histology slide.
 */
import * as THREE from 'three';
import { TISSUE } from '../../look/colors';

/**
 * Epidermis / surface colour per Fitzpatrick skin type 1–6 (index 0 = type 1): light beige → deep brown. Assumed
 * swatches in the range of common Fitzpatrick charts; only the epidermis and surface carry melanin, so only they
 * change with skin type (the dermis stays pinkish).
 */
export const FITZPATRICK_EPIDERMIS = TISSUE.fitzpatrickEpidermis;

/** Epidermis colour for a skin type (clamped to 1–6; non-integers round). */
export function epidermisColor(skinType: number): THREE.Color {
  const index = Math.min(5, Math.max(0, Math.round(skinType) - 1));
  return new THREE.Color(FITZPATRICK_EPIDERMIS[index]!);
}

/** Stratum corneum: dead, flattened, keratin-filled cells read paler than the viable epidermis under them. */
const KERATIN_WHITE = new THREE.Color(TISSUE.keratinWhite);
/** How far the stratum corneum is bleached toward keratin white (0 = epidermis colour, 1 = white); assumed. */
const STRATUM_CORNEUM_PALENESS = 0.55;

export function stratumCorneumColor(skinType: number): THREE.Color {
  return epidermisColor(skinType).lerp(KERATIN_WHITE, STRATUM_CORNEUM_PALENESS);
}

/**
 * The top surface seen from above: the stratum corneum is thin and translucent, so skin looks the colour of the
 * epidermis under it, only a little paler. (The cut face shows the corneum band paler still, to tell it apart.)
 */
const SURFACE_PALENESS = 0.25;

export function surfaceColor(skinType: number): THREE.Color {
  return epidermisColor(skinType).lerp(KERATIN_WHITE, SURFACE_PALENESS);
}

/**
 * Basal-layer melanin: the bottom cells of the epidermis hold most of the pigment, so a darker band sits on the
 * dermal–epidermal junction. Darkening factor per skin type (assumed: faint on type 1, strong on type 6).
 */
export function basalLayerColor(skinType: number): THREE.Color {
  const t = (Math.min(6, Math.max(1, skinType)) - 1) / 5;
  return epidermisColor(skinType).multiplyScalar(0.82 - 0.22 * t);
}

/** Papillary dermis: loose, well-perfused connective tissue, light pink. */
export const PAPILLARY_COLOR = TISSUE.papillaryDermis;
/** Reticular dermis: dense collagen bundles, a deeper, more saturated pink so the step to papillary reads. */
export const RETICULAR_COLOR = TISSUE.reticularDermis;
/** Hypodermis adipocyte lobules: yellow (fat), the textbook cue. */
export const FAT_COLOR = TISSUE.fat;
/** Connective-tissue septa between fat lobules: pale straw (fat and thin septa read as one yellowish tissue). */
export const SEPTA_COLOR = TISSUE.septa;
/** Thin lines drawn on layer boundaries (dark warm brown, at partial strength so they do not dominate). */
export const BOUNDARY_LINE_COLOR = TISSUE.boundaryLine;
/** Redness target for erythema (vasodilation): a blood red; tints the surface and the epidermis. */
export const ERYTHEMA_COLOR = TISSUE.erythema;
/**
 * Flushed papillary dermis: a light saturated pink, so the reddened papillary layer stays lighter (and more
 * saturated) than the reticular dermis below it and the layer step still reads while inflamed.
 */
export const PAPILLARY_FLUSH_COLOR = TISSUE.papillaryFlush;

/**
 * Strength of the erythema tint at erythema = 1, per surface. The papillary dermis (where the dilated capillary
 * loops are) reddens most; the epidermis, which only lets the redness through, least. Applied to the displayed
 * redness (see displayedRedness): the model's erythema index peaks near 0.25 a few hours after a 1.5 mm pen
 * session, which then reads as clearly pink (≈ 30 % toward red on the surface). Assumed, for visibility.
 */
export const ERYTHEMA_TINT = { surface: 0.55, epidermis: 0.4, papillary: 0.85 } as const;

/**
 * Redness drawn for an erythema index e: 1 − (1 − e)^k. The index saturates slowly (D / (D + K)), so a linear
 * tint would leave a clearly inflamed block (e ≈ 0.25) looking almost untouched; k = 3 lifts it to ~0.58 while a
 * faded e = 0.05 (day 2) stays a faint ~0.14 and e ≈ 0 stays 0. Assumed, a display curve only.
 */
export const ERYTHEMA_DISPLAY_EXPONENT = 3;

export function displayedRedness(erythema: number): number {
  return 1 - Math.pow(1 - Math.min(1, Math.max(0, erythema)), ERYTHEMA_DISPLAY_EXPONENT);
}

/**
 * Swelling at SURFACE.swelling = 1: how far the surface rises, µm. Oedema lifts facial skin by some tens of µm at
 * most after needling; 20 µm keeps it subtle against the 1–2 mm block (assumed, illustrative). The model's
 * swelling follows its erythema (peak ≈ 0.25), so a typical session lifts the surface by ~5 µm.
 */
export const MAX_SWELLING_UM = 20;

/** Opacity of the top (stratum corneum) surface: translucent, so keratinocytes and channels show through it. */
export const SURFACE_OPACITY = 0.55;
/** Surface roughness with an intact barrier (a slight lipid gloss) and the extra roughness when it is lost. */
export const SURFACE_ROUGHNESS = 0.32;
export const SURFACE_ROUGHNESS_BARRIER_LOSS = 0.45;
/**
 * Opacity of the dermal–epidermal junction surface (the rete-ridge egg-crate seen through the epidermis). It is
 * coloured as the pigmented basal layer that lines it, so from above the skin keeps its Fitzpatrick tone.
 */
export const JUNCTION_OPACITY = 0.6;
/** Opacity of the fat lobules: slightly translucent so cells in the fat are not completely hidden. */
export const FAT_LOBULE_OPACITY = 0.82;

/**
 * The cross-section cap: how far behind the cut it sits (µm) and how opaque it is. Sitting one cell diameter
 * (~12 µm) behind the cut keeps cells lying on the cut in front of it, fully visible; the translucency lets
 * deeper cells, fibres and channels show through, tinted by the layer colour. Assumed, tuned by eye.
 */
export const CAP_OFFSET_UM = 12;
export const CAP_OPACITY = 0.72;
