/**
 * The cells on screen, in words: the frame's census (live agents by kind × state, counted in the worker) grouped into
 * the populations the narrative talks about, and one sentence per population and mode (locale files, namespace
 * `narrative`, cells.<id>). Colours and shapes are named exactly as the legend draws them
 * (src/look/cellLooks.ts). Populations are the model's declared kinds and states (workers/model/cellKinds.ts);
 * test/unit/declarations.test.ts checks that each has its words in every language.
 *
 * Counts are AGENTS, i.e. what the scene draws: at the low and medium quality tiers one immune or fibroblast agent
 * stands for 4 or 2 cells while platelets and keratinocytes are drawn one to one (docs/model.md §5). That is right
 * for "what you see", not for comparing real cell numbers: the student numbers come from the metrics (cells/mm²).
 */
import { CellKind, CellState } from '../../../workers/model/cellKinds';
import type { CellKindId, CellStateId } from '../../../workers/model/cellKinds';
import { CENSUS_STATES } from '../../../workers/model/sceneLayout';
import { t } from '../../i18n';
import type { NarrativeMode } from './narrativeTypes';

/** A population the narrative describes: one declared (kind, state) of the census; its words are under this id. */
export type CellGroupId = { [K in CellKindId]: `${K}-${CellStateId<K>}` }[CellKindId];

export interface CellGroup {
  id: CellGroupId;
  kind: number;
  state: number;
}

function group<K extends CellKindId>(kind: K, state: CellStateId<K>): CellGroup {
  const states: Readonly<Record<string, number>> = CellState[kind];
  return { id: `${kind}-${state}` as CellGroupId, kind: CellKind[kind], state: states[state]! };
}

/**
 * Every declared (kind, state), in teaching order (the order cells arrive after an injury, as the legend lists them);
 * resting fibroblasts last. test/unit/declarations.test.ts fails if a declared state is missing here.
 */
export const CELL_GROUPS: readonly CellGroup[] = [
  group('platelet', 'aggregating'),
  group('platelet', 'clot'),
  group('neutrophil', 'live'),
  group('neutrophil', 'apoptotic'),
  group('macrophage', 'monocyte'),
  group('macrophage', 'm1'),
  group('macrophage', 'm2'),
  group('fibroblast', 'activated'),
  group('myofibroblast', 'contracting'),
  group('endothelialTip', 'sprouting'),
  group('keratinocyte', 'migrating'),
  group('keratinocyte', 'arrived'),
  group('fibroblast', 'quiescent'),
];

/** Resting fibroblasts: always the most numerous and doing nothing new, so they only fill a free line. */
const RESTING: CellGroupId = 'fibroblast-quiescent';

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
  const wound = CELL_GROUPS.filter((g) => g.id !== RESTING && counts[g.id] > 0);
  const top = [...wound].sort((a, b) => counts[b.id] - counts[a.id]).slice(0, MAX_CELL_LINES);
  const chosen = CELL_GROUPS.filter((g) => top.includes(g));
  if (chosen.length < MAX_CELL_LINES && counts[RESTING] > 0) chosen.push(CELL_GROUPS.find((g) => g.id === RESTING)!);
  return {
    lines: chosen.map((g) => ({ id: g.id, kind: g.kind, state: g.state, text: cellText(g.id, mode) })),
    dominant: top[0]?.id ?? null,
  };
}
