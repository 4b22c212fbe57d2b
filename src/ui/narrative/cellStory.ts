/**
 * The cells on screen, in words: the frame's census (live agents by kind × state, counted in the worker) grouped into
 * the populations the narrative talks about, and one sentence per population and mode (locale files, namespace
 * `narrative`, cells.<id>). Colours and shapes are named exactly as the legend draws them
 * (src/scene/cells/cellPalette.ts); test/unit/narrativeCells.test.ts checks that every look in the palette has a
 * description here and that the state codes match the engine's.
 *
 * Counts are AGENTS, i.e. what the scene draws: at the low and medium quality tiers one immune or fibroblast agent
 * stands for 4 or 2 cells while platelets and keratinocytes are drawn one to one (docs/model.md §5). That is right
 * for "what you see", not for comparing real cell numbers: the student numbers come from the metrics (cells/mm²).
 */
import { CellKind, CENSUS_STATES } from '../../../workers/protocol';
import { t } from '../../i18n';
import type { NarrativeMode } from './narrativeTypes';

/** State codes per kind, mirrored from workers/engine/cells/*.ts (the main thread may not import engine code). */
export const CELL_STATE = {
  neutrophil: { live: 0, apoptotic: 1 },
  macrophage: { m1: 0, m2: 1, monocyte: 2 },
  fibroblast: { resting: 0, activated: 1 },
  keratinocyte: { migrating: 0, arrived: 1 },
  platelet: { aggregating: 0, clot: 1 },
} as const;

export type CellGroupId =
  | 'platelet-forming'
  | 'platelet-clot'
  | 'neutrophil-live'
  | 'neutrophil-dying'
  | 'monocyte'
  | 'macrophage-m1'
  | 'macrophage-m2'
  | 'fibroblast-active'
  | 'myofibroblast'
  | 'vessel-tip'
  | 'keratinocyte-migrating'
  | 'keratinocyte-arrived'
  | 'fibroblast-resting';

/** A population the narrative describes: the census cell it counts (its words are in the locale files, by id). */
export interface CellGroup {
  id: CellGroupId;
  kind: number;
  state: number;
}

/** In teaching order (the order cells arrive after an injury, as the legend lists them); resting fibroblasts last. */
export const CELL_GROUPS: readonly CellGroup[] = [
  { id: 'platelet-forming', kind: CellKind.platelet, state: CELL_STATE.platelet.aggregating },
  { id: 'platelet-clot', kind: CellKind.platelet, state: CELL_STATE.platelet.clot },
  { id: 'neutrophil-live', kind: CellKind.neutrophil, state: CELL_STATE.neutrophil.live },
  { id: 'neutrophil-dying', kind: CellKind.neutrophil, state: CELL_STATE.neutrophil.apoptotic },
  { id: 'monocyte', kind: CellKind.macrophage, state: CELL_STATE.macrophage.monocyte },
  { id: 'macrophage-m1', kind: CellKind.macrophage, state: CELL_STATE.macrophage.m1 },
  { id: 'macrophage-m2', kind: CellKind.macrophage, state: CELL_STATE.macrophage.m2 },
  { id: 'fibroblast-active', kind: CellKind.fibroblast, state: CELL_STATE.fibroblast.activated },
  { id: 'myofibroblast', kind: CellKind.myofibroblast, state: 0 },
  { id: 'vessel-tip', kind: CellKind.endothelialTip, state: 0 },
  { id: 'keratinocyte-migrating', kind: CellKind.keratinocyte, state: CELL_STATE.keratinocyte.migrating },
  { id: 'keratinocyte-arrived', kind: CellKind.keratinocyte, state: CELL_STATE.keratinocyte.arrived },
  { id: 'fibroblast-resting', kind: CellKind.fibroblast, state: CELL_STATE.fibroblast.resting },
];

/** Short name for the "most numerous" line. */
export function cellName(id: CellGroupId, mode: NarrativeMode): string {
  return t(`narrative:cells.${id}.name.${mode}`);
}

/** How the legend draws the population, in words (colour, shape): quoted in both modes' sentences. */
export function cellLooks(id: CellGroupId): string {
  return t(`narrative:cells.${id}.looks`);
}

/** One sentence on the population: what it is (named by its look) and what it does now. */
export function cellText(id: CellGroupId, mode: NarrativeMode): string {
  return t(`narrative:cells.${id}.text.${mode}`);
}

export type CellCounts = Record<CellGroupId, number>;

/** Groups the census (CENSUS_KINDS × CENSUS_STATES counts) by population. */
export function countCells(census: ArrayLike<number>): CellCounts {
  const counts = {} as CellCounts;
  for (const group of CELL_GROUPS) counts[group.id] = census[group.kind * CENSUS_STATES + group.state] ?? 0;
  return counts;
}

/** How many populations the panel describes at once (more is a list nobody reads at the pace of the model). */
export const MAX_CELL_LINES = 4;

export interface CellLine {
  id: CellGroupId;
  kind: number;
  state: number;
  text: string;
}

/**
 * The populations to describe: the most numerous wound populations on screen (every population but resting
 * fibroblasts, which always outnumber the rest and do nothing new), shown in teaching order so the list does not
 * reshuffle every second; resting fibroblasts fill a free slot. `dominant` is the most numerous wound population.
 */
export function cellLines(
  counts: CellCounts,
  mode: NarrativeMode,
): { lines: CellLine[]; dominant: CellGroupId | null } {
  const wound = CELL_GROUPS.filter((g) => g.id !== 'fibroblast-resting' && counts[g.id] > 0);
  const top = [...wound].sort((a, b) => counts[b.id] - counts[a.id]).slice(0, MAX_CELL_LINES);
  const chosen = CELL_GROUPS.filter((g) => top.includes(g));
  if (chosen.length < MAX_CELL_LINES && counts['fibroblast-resting'] > 0) chosen.push(CELL_GROUPS.at(-1)!);
  return {
    lines: chosen.map((g) => ({ id: g.id, kind: g.kind, state: g.state, text: cellText(g.id, mode) })),
    dominant: top[0]?.id ?? null,
  };
}
