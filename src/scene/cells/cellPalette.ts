import { CellKind } from '../../../workers/protocol';
import { t } from '../../i18n';

/**
 * The one table of how each cell type looks: name, colour per state, shape and size. The 3D scene (Cells.tsx), the
 * legend (ui/CellLegend.tsx) and the info panel (ui/CellInfoPanel.tsx) all read it, so what a student sees in the
 * block and in the legend always agree.
 *
 * Colours: based on the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), which stays distinguishable
 * under the common colour-vision deficiencies. Hue is never the only cue: every type also has its own shape and size
 * (and M1/M2 macrophages differ in shape as well as colour), so the block reads in greyscale too.
 *
 * Sizes: real cells are ~3–30 µm; drawn sizes are ≈ 1.75× real (platelets ≈ 3×, or they vanish) so they read at the
 * scale of a 1 mm block. The factor is the same for the types that matter for comparison, so relative sizes hold.
 *
 * Names are words, so they live in the locale files (namespace `cells`: `type.<key>.label`, `type.<key>.shape`,
 * `type.<key>.state.<state key>`); the table holds the keys and cellTypeLabel / cellStateLabel / cellShapeDescription
 * read them in the active language when the text is shown.
 */

/**
 * Cell-type codes: the engine's own table (workers/engine/cellKinds.ts, a constants-only module the protocol
 * re-exports; append-only, so stable): fibroblast 0, neutrophil 1, macrophage 2, keratinocyte 3, myofibroblast 4,
 * platelet 5, endothelial tip 6. State codes are mirrored below and checked against the engine by a unit test.
 */
export const CELL_KIND = CellKind;
export type CellKindCode = (typeof CELL_KIND)[keyof typeof CELL_KIND];

/** Number of cell types drawn (one draw call each). */
export const CELL_KIND_COUNT = 7;

/** Most state codes any type uses (macrophage: M1, M2, monocyte). State uniforms are arrays of this length. */
export const MAX_STATES = 3;

/** The shape families the scene builds geometry for (cellGeometry.ts) and the legend draws as SVG (CellSwatch.tsx). */
export type CellShape = 'spindle' | 'stoutSpindle' | 'lobed' | 'knobbly' | 'cobblestone' | 'disc' | 'teardrop';

export interface CellStateLook {
  /** State code as stored in the frame's `states` (workers/engine/cells/*.ts). */
  state: number;
  /** Key of the state's plain name (locale files: cells `type.<type key>.state.<key>`, e.g. "resting"). */
  key: string;
  /** sRGB hex. */
  color: string;
  /** Size relative to the type's base size (shrunken apoptotic neutrophil, small monocyte). */
  scale: number;
  /**
   * 0 = the smooth base shape, 1 = the alternative shape (only macrophages have one: M1 spiky). Morphing in the vertex
   * shader keeps one draw call per type while the state still changes the silhouette.
   */
  morph: number;
}

export interface CellTypeLook {
  kind: CellKindCode;
  /**
   * Key of the type's words in the locale files (cells `type.<key>`): `label`, the plain name for legends and the
   * info panel, and `shape`, what the shape is meant to suggest (the legend's tooltip; documents the choice).
   */
  key: string;
  shape: CellShape;
  /**
   * Base size in µm before state scaling: `length` along the cell's local x (its heading when oriented, else scene x),
   * `thickness` along local y (up for unoriented cells), `breadth` along local z.
   */
  sizeUm: { length: number; thickness: number; breadth: number };
  /** Whether the shape is turned to the cell's heading (spindles crawl along it; cobblestones lie flat). */
  oriented: boolean;
  states: CellStateLook[];
}

/** Okabe–Ito base colours (names from the paper), plus the few darker/lighter variants derived from them. */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Indexed by kind code. */
export const CELL_TYPES: readonly CellTypeLook[] = [
  {
    kind: CELL_KIND.fibroblast,
    key: 'fibroblast',
    shape: 'spindle',
    sizeUm: { length: 54, thickness: 18, breadth: 16 },
    oriented: true,
    states: [
      // Resting: a greyed tan, so the bright activated ones stand out; not the dimmed orange it was, which under
      // protanopia matched the contracting myofibroblast's vermillion (same spindle shape; test/unit/a11yPalette).
      { state: 0, key: 'resting', color: '#A08C5A', scale: 0.9, morph: 0 },
      { state: 1, key: 'activated', color: '#FFB21A', scale: 1, morph: 0 },
    ],
  },
  {
    kind: CELL_KIND.neutrophil,
    key: 'neutrophil',
    shape: 'lobed',
    sizeUm: { length: 22, thickness: 22, breadth: 22 },
    oriented: true,
    states: [
      { state: 0, key: 'live', color: OKABE_ITO.skyBlue, scale: 1, morph: 0 },
      // Apoptotic: shrunken and dark (a dying cell waiting to be eaten).
      { state: 1, key: 'apoptotic', color: '#2E5A73', scale: 0.7, morph: 0 },
    ],
  },
  {
    kind: CELL_KIND.macrophage,
    key: 'macrophage',
    shape: 'knobbly',
    sizeUm: { length: 36, thickness: 36, breadth: 36 },
    oriented: true,
    states: [
      { state: 0, key: 'm1', color: OKABE_ITO.reddishPurple, scale: 1, morph: 1 },
      { state: 1, key: 'm2', color: OKABE_ITO.bluishGreen, scale: 1, morph: 0 },
      { state: 2, key: 'monocyte', color: '#B8A9C9', scale: 0.65, morph: 0 },
    ],
  },
  {
    kind: CELL_KIND.keratinocyte,
    key: 'keratinocyte',
    shape: 'cobblestone',
    sizeUm: { length: 30, thickness: 12, breadth: 30 },
    oriented: false,
    states: [
      { state: 0, key: 'migrating', color: OKABE_ITO.yellow, scale: 1, morph: 0 },
      { state: 1, key: 'arrived', color: '#CFC89A', scale: 1, morph: 0 },
    ],
  },
  {
    kind: CELL_KIND.myofibroblast,
    key: 'myofibroblast',
    shape: 'stoutSpindle',
    sizeUm: { length: 64, thickness: 28, breadth: 24 },
    oriented: true,
    states: [{ state: 0, key: 'contracting', color: OKABE_ITO.vermillion, scale: 1, morph: 0 }],
  },
  {
    kind: CELL_KIND.platelet,
    key: 'platelet',
    shape: 'disc',
    sizeUm: { length: 9, thickness: 3.5, breadth: 9 },
    oriented: true,
    states: [
      { state: 0, key: 'clumping', color: '#B3261E', scale: 1, morph: 0 },
      { state: 1, key: 'clot', color: '#7A1010', scale: 1, morph: 0 },
    ],
  },
  {
    kind: CELL_KIND.endothelialTip,
    key: 'endothelialTip',
    shape: 'teardrop',
    sizeUm: { length: 48, thickness: 16, breadth: 16 },
    oriented: true,
    states: [{ state: 0, key: 'sprouting', color: OKABE_ITO.blue, scale: 1, morph: 0 }],
  },
];

/** A cell type's plain name in the active language ("Fibroblast"). */
export function cellTypeLabel(type: CellTypeLook): string {
  return t(`cells:type.${type.key}.label`);
}

/** What a type's drawn shape suggests, in the active language (the legend's tooltip). */
export function cellShapeDescription(type: CellTypeLook): string {
  return t(`cells:type.${type.key}.shape`);
}

/** A state's plain name in the active language ("activated", "M2 (repairing)"). */
export function cellStateLabel(type: CellTypeLook, look: CellStateLook): string {
  return t(`cells:type.${type.key}.state.${look.key}`);
}

/** The look of (kind, state); falls back to the type's first state for a code it does not list. */
export function lookOf(kind: number, state: number): { type: CellTypeLook; look: CellStateLook } | null {
  const type = CELL_TYPES[kind];
  if (!type) return null;
  const look = type.states.find((s) => s.state === state) ?? type.states[0]!;
  return { type, look };
}

/** Legend rows: one per (type, state), in a teaching order (arrival order after an injury), not by code. */
export const LEGEND_ORDER: readonly CellKindCode[] = [
  CELL_KIND.platelet,
  CELL_KIND.neutrophil,
  CELL_KIND.macrophage,
  CELL_KIND.fibroblast,
  CELL_KIND.myofibroblast,
  CELL_KIND.endothelialTip,
  CELL_KIND.keratinocyte,
];
