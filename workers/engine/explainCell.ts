/**
 * Explains one agent: what it is, what it is doing now and which rule of the model makes it do that (the rules are
 * the ones in cells/*.ts and docs/model.md). Read-only: used by the info panel when a user taps a cell.
 *
 * The worker answers in codes and numbers, not sentences: `situation` names the case the model is in (one per
 * distinct "doing" and "why"), and the numbers those sentences quote come with it. The main thread words it in the
 * active language (src/ui/cellInfoText.ts, locale files `cells`), so the words can change language at once and the
 * engine stays free of display text.
 */
import { voxelOf } from './agents';
import { CellKind } from '../model/cellKinds';
import type { CellKindCode } from '../model/cellKinds';
import { collagenIIIShare, FibroblastState } from './cells/fibroblasts';
import { KeratinocyteState } from './cells/keratinocytes';
import { MacrophageState } from './cells/macrophages';
import { NeutrophilState } from './cells/neutrophils';
import { PlateletState } from './cells/platelets';
import type { SimState } from './state';
import { SUBLETHAL_DAMAGE } from './tissue';
import { BASELINE_COLLAGEN_III } from './matrix';

/**
 * Every case an explanation can be in: what the cell does now and why, as the model decides it. Append-only codes
 * (the locale files key their sentences by them).
 */
export const CELL_SITUATIONS = [
  /** Neutrophil that died by apoptosis, waiting to be eaten (quotes `hoursAgo`: since it died). */
  'neutrophilApoptotic',
  /** Live neutrophil on damaged tissue, eating debris (quotes the chemokine level). */
  'neutrophilEatingDebris',
  /** Live neutrophil following the injury signal (quotes the chemokine level). */
  'neutrophilCrawling',
  /** Monocyte maturing into a macrophage (quotes `hoursAgo`: since it arrived). */
  'monocyteMaturing',
  /** M1 macrophage clearing debris (quotes TGF-β). */
  'macrophageM1',
  /** M2 macrophage directing repair. */
  'macrophageM2',
  /** Myofibroblast contracting the wound (quotes TGF-β). */
  'myofibroblastContracting',
  /** Activated fibroblast younger than the collagen III → I switch (quotes PDGF, TGF-β, `hoursAgo`, `activation`). */
  'fibroblastActivatedYoung',
  /** Activated fibroblast past the switch, laying down collagen I (same numbers). */
  'fibroblastActivatedMature',
  /** Resting fibroblast (quotes PDGF). */
  'fibroblastResting',
  /** Keratinocyte that reached the centre of the opening. */
  'keratinocyteArrived',
  /** Keratinocyte crawling across the opening. */
  'keratinocyteMigrating',
  /** Platelet in a clot. */
  'plateletClot',
  /** Platelet clumping in a bleeding channel. */
  'plateletAggregating',
  /** Endothelial tip cell leading a sprout (quotes VEGF and oxygen). */
  'tipSprouting',
] as const;
export type CellSituation = (typeof CELL_SITUATIONS)[number];

/** The fields a cell's signals are read from, in the order the info panel lists them. */
export const CELL_SIGNAL_FIELDS = ['chemokine', 'tgf_beta', 'pdgf', 'vegf', 'oxygen', 'tgf_beta3'] as const;
export type CellSignalField = (typeof CELL_SIGNAL_FIELDS)[number];

export interface CellExplanation {
  id: number;
  /** Cell-kind and state codes (cellKinds.ts, cells/*.ts). */
  kind: number;
  state: number;
  situation: CellSituation;
  /**
   * Hours the situation quotes: since death (apoptotic neutrophil), since arrival (monocyte), since activation
   * (activated fibroblast); the cell's age otherwise.
   */
  hoursAgo: number;
  /** Fibroblast activation, 0–1 (0 for other kinds). */
  activation: number;
  /** Tissue damage where the cell is, 0–1. */
  damage: number;
  /** Whether the damage is worth adding to the "why" (high, and not already the neutrophil's story). */
  notesDamage: boolean;
  positionUm: { x: number; y: number; z: number };
  /** Layer code where the cell is (geometry.ts LAYER_NAMES order: stratum corneum 0 … hypodermis 4). */
  layer: number;
  /** Local levels of the signalling fields, with their units as the engine declares them. */
  signals: { id: CellSignalField; value: number; unit: string }[];
}

/** Local level above which a signal is called "high" in the explanation (relative units, ~the recruitment knee). */
const HIGH_SIGNAL = 0.5;

export function explainCell(sim: SimState, id: number): CellExplanation | null {
  const a = sim.agents;
  let i = -1;
  for (let k = 0; k < a.count; k++) {
    if (a.id[k] === id) {
      i = k;
      break;
    }
  }
  if (i < 0) return null;
  const g = sim.geometry.grid;
  const voxel = voxelOf(a, i, 1 / g.dxUm, g.nx, g.ny, g.nz);
  const f = sim.fields;
  const signals = CELL_SIGNAL_FIELDS.map((fieldId) => {
    const index = f.fieldIndex(fieldId);
    return { id: fieldId, value: f.values[index]![voxel]!, unit: f.specs[index]!.unit };
  });
  const damage = sim.tissue.damage[voxel]!;
  const kind = a.kind[i]! as CellKindCode;
  const state = a.state[i]!;
  const age = a.ageH[i]!;
  let hoursAgo = age;
  let activation = 0;
  let situation: CellSituation;
  switch (kind) {
    case CellKind.neutrophil:
      if (state === NeutrophilState.apoptotic) {
        situation = 'neutrophilApoptotic';
        hoursAgo = a.a1[i]!;
      } else {
        situation = damage > SUBLETHAL_DAMAGE ? 'neutrophilEatingDebris' : 'neutrophilCrawling';
      }
      break;
    case CellKind.macrophage:
      if (state === MacrophageState.monocyte) situation = 'monocyteMaturing';
      else situation = state === MacrophageState.m1 ? 'macrophageM1' : 'macrophageM2';
      break;
    case CellKind.fibroblast:
    case CellKind.myofibroblast:
      activation = a.a0[i]!;
      if (kind === CellKind.myofibroblast) situation = 'myofibroblastContracting';
      else if (state === FibroblastState.activated) {
        // "Young" = still making mostly collagen III: its neighbourhood is sparse enough (collagenIIIShare).
        const cfg = sim.config.fibroblast;
        const share3 = collagenIIIShare(cfg, sim.fibroblastDensity.relative(a.x[i]!, a.y[i]!, a.z[i]!));
        situation =
          share3 >= 0.5 * (cfg.collagenIIIShareSparse + BASELINE_COLLAGEN_III)
            ? 'fibroblastActivatedYoung'
            : 'fibroblastActivatedMature';
      } else situation = 'fibroblastResting';
      break;
    case CellKind.keratinocyte:
      situation = state === KeratinocyteState.arrived ? 'keratinocyteArrived' : 'keratinocyteMigrating';
      break;
    case CellKind.platelet:
      situation = state === PlateletState.clot ? 'plateletClot' : 'plateletAggregating';
      break;
    case CellKind.endothelialTip:
      situation = 'tipSprouting';
      break;
  }
  return {
    id,
    kind,
    state,
    situation,
    hoursAgo,
    activation,
    damage,
    notesDamage: damage > HIGH_SIGNAL && kind !== CellKind.neutrophil,
    positionUm: { x: a.x[i]!, y: a.y[i]!, z: a.z[i]! },
    layer: sim.geometry.layer[voxel]!,
    signals,
  };
}
