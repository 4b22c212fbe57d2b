/**
 * The one table of how each cell type looks: colour per state, shape and size, keyed by the model's declared kinds and
 * states. The 3D scene (Cells.tsx), the
 * legend (ui/CellLegend.tsx), the info panel (ui/CellInfoPanel.tsx), the narrative and the charts all read it, so what a student sees in the
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
import { CELL_KINDS, CellKind } from '../../workers/model/cellKinds';
import type { CellKindCode, CellKindId, CellStateId } from '../../workers/model/cellKinds';
import { t } from '../i18n';
import { OKABE_ITO } from './colors';

/** The shape families the scene builds geometry for (cellGeometry.ts) and the legend draws as SVG (CellSwatch.tsx). */
export type CellShape = 'spindle' | 'stoutSpindle' | 'lobed' | 'knobbly' | 'cobblestone' | 'disc' | 'teardrop';

/** How one state of a type is drawn. */
interface StateLookDecl {
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

/** How one type is drawn, with a look for every state the model declares for it (and no other). */
interface TypeLookDecl<K extends CellKindId> {
  shape: CellShape;
  /**
   * Base size in µm before state scaling: `length` along the cell's local x (its heading when oriented, else scene x),
   * `thickness` along local y (up for unoriented cells), `breadth` along local z.
   */
  sizeUm: { length: number; thickness: number; breadth: number };
  /** Whether the shape is turned to the cell's heading (spindles crawl along it; cobblestones lie flat). */
  oriented: boolean;
  states: { readonly [S in CellStateId<K>]: StateLookDecl };
}

/**
 * The looks, keyed by the model's cell kinds and states (workers/model/cellKinds.ts): a kind or state without a look
 * fails to compile, and so does a look for one the model does not have.
 */
const LOOKS = {
  fibroblast: {
    shape: 'spindle',
    sizeUm: { length: 54, thickness: 18, breadth: 16 },
    oriented: true,
    states: {
      // Resting: a greyed tan, so the bright activated ones stand out; not the dimmed orange it was, which under
      // protanopia matched the contracting myofibroblast's vermillion (same spindle shape; test/unit/a11yPalette).
      quiescent: { color: '#A08C5A', scale: 0.9, morph: 0 },
      activated: { color: '#FFB21A', scale: 1, morph: 0 },
    },
  },
  neutrophil: {
    shape: 'lobed',
    sizeUm: { length: 22, thickness: 22, breadth: 22 },
    oriented: true,
    states: {
      live: { color: OKABE_ITO.skyBlue, scale: 1, morph: 0 },
      // Apoptotic: shrunken and dark (a dying cell waiting to be eaten).
      apoptotic: { color: '#2E5A73', scale: 0.7, morph: 0 },
    },
  },
  macrophage: {
    shape: 'knobbly',
    sizeUm: { length: 36, thickness: 36, breadth: 36 },
    oriented: true,
    states: {
      m1: { color: OKABE_ITO.reddishPurple, scale: 1, morph: 1 },
      m2: { color: OKABE_ITO.bluishGreen, scale: 1, morph: 0 },
      monocyte: { color: '#B8A9C9', scale: 0.65, morph: 0 },
    },
  },
  keratinocyte: {
    shape: 'cobblestone',
    sizeUm: { length: 30, thickness: 12, breadth: 30 },
    oriented: false,
    states: {
      migrating: { color: OKABE_ITO.yellow, scale: 1, morph: 0 },
      arrived: { color: '#CFC89A', scale: 1, morph: 0 },
    },
  },
  myofibroblast: {
    shape: 'stoutSpindle',
    sizeUm: { length: 64, thickness: 28, breadth: 24 },
    oriented: true,
    states: { contracting: { color: OKABE_ITO.vermillion, scale: 1, morph: 0 } },
  },
  platelet: {
    shape: 'disc',
    sizeUm: { length: 9, thickness: 3.5, breadth: 9 },
    oriented: true,
    states: {
      aggregating: { color: '#B3261E', scale: 1, morph: 0 },
      clot: { color: '#7A1010', scale: 1, morph: 0 },
    },
  },
  endothelialTip: {
    shape: 'teardrop',
    sizeUm: { length: 48, thickness: 16, breadth: 16 },
    oriented: true,
    states: { sprouting: { color: OKABE_ITO.blue, scale: 1, morph: 0 } },
  },
} as const satisfies { readonly [K in CellKindId]: TypeLookDecl<K> };

/** A type's look with its states read by name (the table above, indexed by a kind id only known at run time). */
type AnyTypeLook = Omit<TypeLookDecl<CellKindId>, 'states'> & { states: Readonly<Record<string, StateLookDecl>> };

export interface CellStateLook extends StateLookDecl {
  /** State code as stored in the frame's `states` (workers/model/cellKinds.ts). */
  state: number;
  /** The state's id, also the key of its plain name (locale files: cells `type.<type key>.state.<key>`). */
  key: string;
}

export interface CellTypeLook {
  kind: CellKindCode;
  /**
   * The kind's id, also the key of its words in the locale files (cells `type.<key>`): `label`, the plain name for
   * legends and the info panel, and `shape`, what the shape is meant to suggest (the legend's tooltip).
   */
  key: CellKindId;
  shape: CellShape;
  sizeUm: { length: number; thickness: number; breadth: number };
  oriented: boolean;
  states: CellStateLook[];
}

/** Indexed by kind code, states by state code. */
export const CELL_TYPES: readonly CellTypeLook[] = CELL_KINDS.map((kind, code) => {
  const look: AnyTypeLook = LOOKS[kind.id];
  const states = look.states;
  return {
    kind: code as CellKindCode,
    key: kind.id,
    shape: look.shape,
    sizeUm: look.sizeUm,
    oriented: look.oriented,
    states: kind.states.map((id, state) => ({ state, key: id, ...states[id]! })),
  };
});

/** The colour of a kind in a state (charts and text use the scene's colours through this). */
export function cellColor<K extends CellKindId>(kind: K, state: CellStateId<K>): string {
  const look: AnyTypeLook = LOOKS[kind];
  return look.states[state]!.color;
}

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
  CellKind.platelet,
  CellKind.neutrophil,
  CellKind.macrophage,
  CellKind.fibroblast,
  CellKind.myofibroblast,
  CellKind.endothelialTip,
  CellKind.keratinocyte,
];
