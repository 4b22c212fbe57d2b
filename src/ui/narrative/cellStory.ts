/**
 * The cells on screen, in words: the frame's census (live agents by kind × state, counted in the worker) grouped into
 * the populations the narrative talks about, and one sentence per population and mode. Colours and shapes are named
 * exactly as the legend draws them (src/scene/cells/cellPalette.ts); test/unit/narrativeCells.test.ts checks that
 * every look in the palette has a description here and that the state codes match the engine's.
 *
 * Counts are AGENTS, i.e. what the scene draws: at the low and medium quality tiers one immune or fibroblast agent
 * stands for 4 or 2 cells while platelets and keratinocytes are drawn one to one (docs/model.md §5). That is right
 * for "what you see", not for comparing real cell numbers: the student numbers come from the metrics (cells/mm²).
 */
import { CellKind, CENSUS_STATES } from '../../../workers/protocol';
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

export interface CellGroup {
  id: CellGroupId;
  kind: number;
  state: number;
  /** Short name for the "most numerous" line. */
  name: Record<NarrativeMode, string>;
  /** How the legend draws it, in words (colour, shape): quoted in both modes' sentences. */
  looks: string;
  text: Record<NarrativeMode, string>;
}

/** In teaching order (the order cells arrive after an injury, as the legend lists them); resting fibroblasts last. */
export const CELL_GROUPS: readonly CellGroup[] = [
  {
    id: 'platelet-forming',
    name: { patient: 'platelets', student: 'platelets' },
    kind: CellKind.platelet,
    state: CELL_STATE.platelet.aggregating,
    looks: 'red discs',
    text: {
      patient: 'The red discs are platelets: they clump in the channels that bled and stop the bleeding.',
      student:
        'Platelet aggregates (red discs) plug the channels deep enough to reach the capillary loops, ' +
        'and start releasing PDGF and TGF-β (rule: platelets).',
    },
  },
  {
    id: 'platelet-clot',
    name: { patient: 'small clots', student: 'platelets in the clot' },
    kind: CellKind.platelet,
    state: CELL_STATE.platelet.clot,
    looks: 'dark-red discs',
    text: {
      patient: 'The dark-red discs are tiny clots sealing the channels that bled; the body clears them within days.',
      student:
        'Clot (dark-red discs) in the bleeding channels: it keeps releasing PDGF and TGF-β with a decaying rate ' +
        'and is resorbed after the clot lifetime (rule: platelets).',
    },
  },
  {
    id: 'neutrophil-live',
    name: { patient: 'neutrophils (first defence cells)', student: 'live neutrophils' },
    kind: CellKind.neutrophil,
    state: CELL_STATE.neutrophil.live,
    looks: 'light-blue, lobed',
    text: {
      patient:
        'The light-blue, lobed cells are neutrophils, the first defence cells: they come out of the tiny blood ' +
        'vessels and clean up the damaged tissue.',
      student:
        'Neutrophils (light-blue, lobed) leave perfused capillaries where chemokine × capillary density is high ' +
        '(rule: recruitment), crawl up the chemokine gradient, eat necrotic debris and fill the channel as they go ' +
        '(rule: neutrophils).',
    },
  },
  {
    id: 'neutrophil-dying',
    name: { patient: 'spent neutrophils', student: 'apoptotic neutrophils' },
    kind: CellKind.neutrophil,
    state: CELL_STATE.neutrophil.apoptotic,
    looks: 'dark blue, shrunken',
    text: {
      patient:
        'The dark blue, shrunken cells are neutrophils that have finished their work; larger cleaner cells eat them.',
      student:
        'Apoptotic neutrophils (dark blue, shrunken) wait to be eaten (efferocytosis), which releases a TGF-β pulse; ' +
        'left uneaten too long they burst and injure the tissue again (secondary necrosis).',
    },
  },
  {
    id: 'monocyte',
    name: { patient: 'monocytes (arriving cleaner cells)', student: 'monocytes' },
    kind: CellKind.macrophage,
    state: CELL_STATE.macrophage.monocyte,
    looks: 'small, lilac',
    text: {
      patient:
        'The small lilac cells are monocytes arriving from the blood; in about a day they grow into macrophages.',
      student:
        'Monocytes (small, lilac) are recruited like neutrophils but later, and mature into M1 macrophages after ' +
        'about a day in the tissue (rule: macrophages).',
    },
  },
  {
    id: 'macrophage-m1',
    name: { patient: 'macrophages in clean-up mode', student: 'M1 macrophages' },
    kind: CellKind.macrophage,
    state: CELL_STATE.macrophage.m1,
    looks: 'pink-purple, spiky',
    text: {
      patient: 'The spiky pink-purple cells are macrophages in clean-up mode: they eat debris and spent neutrophils.',
      student:
        'M1 macrophages (pink-purple, spiky) eat debris and apoptotic neutrophils, release chemokine (standing in ' +
        'for TNF and IL-1) and MMPs, and switch to M2 faster where TGF-β is high (rule: macrophages).',
    },
  },
  {
    id: 'macrophage-m2',
    name: { patient: 'macrophages in repair mode', student: 'M2 macrophages' },
    kind: CellKind.macrophage,
    state: CELL_STATE.macrophage.m2,
    looks: 'green, smooth',
    text: {
      patient:
        'The smooth green cells are macrophages in repair mode: they send the signals that start the rebuilding.',
      student:
        'M2 macrophages (green, smooth) release TGF-β, PDGF and VEGF: the signals that activate fibroblasts and ' +
        'make capillaries sprout (rule: macrophages).',
    },
  },
  {
    id: 'fibroblast-active',
    name: { patient: 'busy fibroblasts (collagen makers)', student: 'activated fibroblasts' },
    kind: CellKind.fibroblast,
    state: CELL_STATE.fibroblast.activated,
    looks: 'bright orange spindles',
    text: {
      patient:
        'The bright orange spindles are fibroblasts woken by those signals: they multiply and lay down new collagen.',
      student:
        'Activated fibroblasts (bright orange spindles) respond to PDGF + TGF-β: they crawl up the PDGF gradient, ' +
        'divide until crowded and lay down collagen III first, then I, along their direction (rule: fibroblasts).',
    },
  },
  {
    id: 'myofibroblast',
    name: { patient: 'myofibroblasts (strong repair cells)', student: 'myofibroblasts' },
    kind: CellKind.myofibroblast,
    state: 0,
    looks: 'red-orange, stout spindles',
    text: {
      patient:
        'The stout red-orange spindles are myofibroblasts, extra-strong repair cells; they disappear as the repair ' +
        'finishes.',
      student:
        'Myofibroblasts (red-orange, stout spindles) form from fibroblasts active for days under high TGF-β; they ' +
        'lay down collagen, turn fibres 3× faster, and die off as TGF-β falls (rule: fibroblasts).',
    },
  },
  {
    id: 'vessel-tip',
    name: { patient: 'new vessel tips', student: 'vessel tip cells' },
    kind: CellKind.endothelialTip,
    state: 0,
    looks: 'blue teardrops',
    text: {
      patient: 'The blue teardrops lead new tiny blood vessels into the healing tissue.',
      student: 'Vessel tip cells (blue teardrops) lead capillary sprouts up the VEGF gradient (rule: angiogenesis).',
    },
  },
  {
    id: 'keratinocyte-migrating',
    name: { patient: 'surface cells closing the openings', student: 'migrating keratinocytes' },
    kind: CellKind.keratinocyte,
    state: CELL_STATE.keratinocyte.migrating,
    looks: 'yellow cobblestones',
    text: {
      patient: 'The yellow cobblestones are surface skin cells crawling across each tiny opening to close it.',
      student:
        'Migrating keratinocytes (yellow cobblestones): a ring of 8 per channel tracking the closing edge of the ' +
        'epidermis; while they move they release VEGF (rule: keratinocytes).',
    },
  },
  {
    id: 'keratinocyte-arrived',
    name: { patient: 'surface cells that closed their opening', student: 'arrived keratinocytes' },
    kind: CellKind.keratinocyte,
    state: CELL_STATE.keratinocyte.arrived,
    looks: 'pale khaki cobblestones',
    text: {
      patient: 'The pale khaki cobblestones have met in the middle: the surface is closed over those channels.',
      student:
        'Arrived keratinocytes (pale khaki cobblestones): the basal layer is continuous over that channel, so its ' +
        'barrier deficit decays and the epidermis restores its structure (rule: keratinocytes).',
    },
  },
  {
    id: 'fibroblast-resting',
    name: { patient: 'resting fibroblasts', student: 'resting fibroblasts' },
    kind: CellKind.fibroblast,
    state: CELL_STATE.fibroblast.resting,
    looks: 'dim orange spindles',
    text: {
      patient: 'The dim orange spindles all through the deeper skin are resting fibroblasts, its own collagen makers.',
      student:
        'Resting fibroblasts (dim orange spindles) are sessile and only maintain the matrix; they wake when ' +
        'PDGF + TGF-β rise near them.',
    },
  },
];

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
    lines: chosen.map((g) => ({ id: g.id, kind: g.kind, state: g.state, text: g.text[mode] })),
    dominant: top[0]?.id ?? null,
  };
}
