/**
 * Every colour HealSim draws with, in one place (as PhET keeps its sims' colours in one `…Colors` file): the scene,
 * the legends, the charts, the timeline and the exported picture all read them from here, so a fibre, a vessel or a
 * cell has the same colour in the block, in its legend and in its chart. Keyed by the model's declarations where one
 * exists (phases), so a phase without a colour fails to compile. Cell colours are in cellLooks.ts (with shapes and
 * sizes, keyed by kind and state).
 *
 * Palette: Okabe–Ito (Okabe & Ito 2008, "Color Universal Design"), which stays distinguishable under the common
 * colour-vision deficiencies; hue is never the only cue (shapes, dashes, text legends). Tissue colours are
 * illustrative, not measured: chosen so the layers tell apart at a glance, not to reproduce a stained slide.
 */
import type { Phase } from '../../workers/model/phases';

/** Okabe–Ito base colours (names from the paper). */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** The app's dark theme where colours are drawn on canvases (the scene's clear colour, chart axes, picture bands). */
export const THEME = {
  /** Stage and timeline track background (the scene's clear colour). */
  background: '#0d1b2a',
  /** Panel background the charts are drawn on. */
  panel: '#16283b',
  /** Muted text for chart axes. */
  axis: '#9fb3c8',
  /** Text on the exported picture's bands. */
  text: '#e8eef4',
  /** The exported picture's "educational model" notice. */
  notice: '#ffd58a',
} as const;

/**
 * Matrix fibres. The dermis is drawn pink and the cut face veils what lies behind it, so the collagen types are told
 * apart by LIGHTNESS first (dark wine vs pale lime: safe for every colour vision) and thickness; hue second. Thin
 * type III fibres look green under polarised picrosirius red, hence lime. Elastin dark indigo, darker than the tip
 * cells' blue. In charts elastin is sky blue: indigo is too dark on the panel background.
 */
export const MATRIX = {
  collagenI: '#8E2A5E',
  collagenIII: '#D4E68A',
  elastin: '#3B2C85',
  elastinOnChart: OKABE_ITO.skyBlue,
} as const;

/** Blood vessels: resting capillaries deep red, the deep plexus darker, new sprouts lighter red (and thinner). */
export const VESSELS = {
  resting: '#B81D2A',
  deep: '#8E1520',
  sprout: '#F0506A',
} as const;

/** Needle channels: lumen near-black plum; blood → clot; the opening in the surface and its rim. */
export const CHANNELS = {
  wall: '#1C0F14',
  blood: '#C0182A',
  clot: '#4A0A10',
  opening: '#120A0C',
  openingRim: '#3A2320',
} as const;

/**
 * Tissue layers. Epidermis per Fitzpatrick skin type 1–6 (index 0 = type 1), light beige → deep brown: assumed
 * swatches in the range of common Fitzpatrick charts; only the epidermis and surface carry melanin.
 */
export const TISSUE = {
  fitzpatrickEpidermis: ['#f3d9c6', '#e8c2a0', '#d3a27a', '#b07a55', '#7e5236', '#4e3222'],
  /** Stratum corneum: keratin-filled dead cells read paler than the viable epidermis. */
  keratinWhite: '#f6efe6',
  papillaryDermis: '#f2c1bb',
  reticularDermis: '#cf8f8c',
  fat: '#f1d36b',
  septa: '#ead2a4',
  boundaryLine: '#4a2c2a',
  /** Redness of inflamed skin, blended into the surface. */
  erythema: '#c8323c',
  /** The papillary dermis when its capillary loops are dilated. */
  papillaryFlush: '#f39aa0',
} as const;

/** The needling devices: steel needles, a white body, a clear cartridge, a blue accent. */
export const DEVICE = {
  steel: '#c5ccd4',
  body: '#eceff3',
  cartridge: '#cfe8f3',
  accent: OKABE_ITO.blue,
} as const;

/** Healing phases on the timeline track, legend and charts (the legend names every phase in text). */
export const PHASE_COLORS = {
  /** Grey: before any session, or untreated skin. */
  baseline: '#8c9aa8',
  hemostasis: OKABE_ITO.reddishPurple,
  inflammation: OKABE_ITO.orange,
  proliferation: OKABE_ITO.bluishGreen,
  remodeling: OKABE_ITO.skyBlue,
} as const satisfies Record<Phase, string>;

/** Difference charts: A solid sky blue, B dashed orange, A − B dotted yellow. */
export const COMPARISON = {
  a: OKABE_ITO.skyBlue,
  b: OKABE_ITO.orange,
  delta: OKABE_ITO.yellow,
} as const;
