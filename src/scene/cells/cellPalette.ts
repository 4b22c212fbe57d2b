import { CellKind } from '../../../workers/protocol';

/**
 * The one table of how each cell type looks: label, colour per state, shape and size. The 3D scene (Cells.tsx), the
 * legend (ui/CellLegend.tsx) and the info panel (ui/CellInfoPanel.tsx) all read it, so what a student sees in the
 * block and in the legend always agree.
 *
 * Colours: based on the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), which stays distinguishable
 * under the common colour-vision deficiencies. Hue is never the only cue: every type also has its own shape and size
 * (and M1/M2 macrophages differ in shape as well as colour), so the block reads in greyscale too.
 *
 * Sizes: real cells are ~3–30 µm; drawn sizes are ≈ 1.75× real (platelets ≈ 3×, or they vanish) so they read at the
 * scale of a 1 mm block. The factor is the same for the types that matter for comparison, so relative sizes hold.
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
  /** Plain name shown in the legend. */
  label: string;
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
  /** Plain name for legends and the info panel. */
  label: string;
  shape: CellShape;
  /** What the shape is meant to suggest (shown as the legend's tooltip; documents the choice). */
  shapeDescription: string;
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
    label: 'Fibroblast',
    shape: 'spindle',
    shapeDescription: 'Slender spindle (3:1) pointing the way it crawls; lays down collagen.',
    sizeUm: { length: 54, thickness: 18, breadth: 16 },
    oriented: true,
    states: [
      // Resting: a dimmed orange, so the bright activated ones stand out.
      { state: 0, label: 'resting', color: '#9C6C12', scale: 0.9, morph: 0 },
      { state: 1, label: 'activated', color: '#FFB21A', scale: 1, morph: 0 },
    ],
  },
  {
    kind: CELL_KIND.neutrophil,
    label: 'Neutrophil',
    shape: 'lobed',
    shapeDescription: 'Small round cell with a lumpy, three-lobed outline (its nucleus has 3–5 lobes).',
    sizeUm: { length: 22, thickness: 22, breadth: 22 },
    oriented: true,
    states: [
      { state: 0, label: 'live', color: OKABE_ITO.skyBlue, scale: 1, morph: 0 },
      // Apoptotic: shrunken and dark (a dying cell waiting to be eaten).
      { state: 1, label: 'dying (apoptotic)', color: '#2E5A73', scale: 0.7, morph: 0 },
    ],
  },
  {
    kind: CELL_KIND.macrophage,
    label: 'Macrophage',
    shape: 'knobbly',
    shapeDescription: 'Large round cell: M1 spiky (attacking), M2 smooth (repairing); monocytes small and smooth.',
    sizeUm: { length: 36, thickness: 36, breadth: 36 },
    oriented: true,
    states: [
      { state: 0, label: 'M1 (inflammatory)', color: OKABE_ITO.reddishPurple, scale: 1, morph: 1 },
      { state: 1, label: 'M2 (repairing)', color: OKABE_ITO.bluishGreen, scale: 1, morph: 0 },
      { state: 2, label: 'monocyte (arriving)', color: '#B8A9C9', scale: 0.65, morph: 0 },
    ],
  },
  {
    kind: CELL_KIND.keratinocyte,
    label: 'Keratinocyte',
    shape: 'cobblestone',
    shapeDescription: 'Flat six-sided cobblestone lying in the epidermis; the sheet that re-covers the skin.',
    sizeUm: { length: 30, thickness: 12, breadth: 30 },
    oriented: false,
    states: [
      { state: 0, label: 'migrating', color: OKABE_ITO.yellow, scale: 1, morph: 0 },
      { state: 1, label: 'arrived', color: '#CFC89A', scale: 1, morph: 0 },
    ],
  },
  {
    kind: CELL_KIND.myofibroblast,
    label: 'Myofibroblast',
    shape: 'stoutSpindle',
    shapeDescription: 'Bigger, stouter spindle with blunt ends; full of stress fibres that pull the wound shut.',
    sizeUm: { length: 64, thickness: 28, breadth: 24 },
    oriented: true,
    states: [{ state: 0, label: 'contracting', color: OKABE_ITO.vermillion, scale: 1, morph: 0 }],
  },
  {
    kind: CELL_KIND.platelet,
    label: 'Platelet',
    shape: 'disc',
    shapeDescription: 'Tiny dark-red disc (drawn ≈ 3× real size); clumps into a clot where a channel bled.',
    sizeUm: { length: 9, thickness: 3.5, breadth: 9 },
    oriented: true,
    states: [
      { state: 0, label: 'clumping', color: '#B3261E', scale: 1, morph: 0 },
      { state: 1, label: 'in a clot', color: '#7A1010', scale: 1, morph: 0 },
    ],
  },
  {
    kind: CELL_KIND.endothelialTip,
    label: 'Vessel tip cell',
    shape: 'teardrop',
    shapeDescription: 'Pointed teardrop at the head of a new capillary sprout, pointing where it grows.',
    sizeUm: { length: 48, thickness: 16, breadth: 16 },
    oriented: true,
    states: [{ state: 0, label: 'sprouting', color: OKABE_ITO.blue, scale: 1, morph: 0 }],
  },
];

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
