/**
 * "What is happening now": the narrative's text as pure functions of what the model reports — the phase (read by
 * the engine from the cell populations, workers/engine/phase.ts), the cells on screen (the frame's census), the
 * surface scalars and the session schedule. Keyed by phase, by a stage inside the phase (chosen from the
 * populations, never from a clock) and by a few thresholds; every string lives here, with {placeholders} filled by
 * `fill`, so a later issue can move them to locale files.
 *
 * The biology is the model's own (docs/model.md §3–§5): nothing here describes a process the engine does not run,
 * and student mode says where the model simplifies.
 */
import { CELL_GROUPS, cellLines } from './cellStory';
import type { CellCounts, CellLine } from './cellStory';
import type { NarrativeMode, PhaseName } from './narrativeTypes';
import { BARRIER_OPEN_BELOW, CHANNELS_CLOSED_BELOW } from './aftercare';
import { fill } from './fill';

/** Stages: the phase, split where the populations change what the story is about. */
export type StageId =
  | 'untreated'
  | 'sealing'
  | 'alarm'
  | 'neutrophil-wave'
  | 'macrophage-wave'
  | 'rebuilding'
  | 'consolidating'
  | 'maturing';

/**
 * The stage inside a phase, from the cells on screen:
 *  - inflammation: no leukocyte yet ('alarm'), live neutrophils outnumber macrophages ('neutrophil-wave'), or M1 + M2
 *    macrophages have caught up ('macrophage-wave'). Monocytes are left out, as in the metrics; neutrophils and
 *    macrophages are drawn at the same cells per agent, so the ratio of agents is the ratio of cells;
 *  - proliferation: before myofibroblasts appear ('rebuilding') or with them ('consolidating').
 */
export function stageOf(phase: PhaseName, counts: CellCounts): StageId {
  switch (phase) {
    case 'baseline':
      return 'untreated';
    case 'hemostasis':
      return 'sealing';
    case 'inflammation': {
      const neutrophils = counts['neutrophil-live'];
      const macrophages = counts['macrophage-m1'] + counts['macrophage-m2'];
      if (neutrophils + counts.monocyte + macrophages === 0) return 'alarm';
      return macrophages > 0 && macrophages >= neutrophils ? 'macrophage-wave' : 'neutrophil-wave';
    }
    case 'proliferation':
      return counts.myofibroblast > 0 ? 'consolidating' : 'rebuilding';
    case 'remodeling':
      return 'maturing';
  }
}

interface StageStory {
  title: string;
  /** What the body is doing and why: 2–4 sentences. */
  now: string;
  next: string;
}

/** Phase names as headings (student mode names the phase; patient mode says what it means). */
export const PHASE_TITLE: Record<NarrativeMode, Record<PhaseName, string>> = {
  patient: {
    baseline: 'Untreated skin',
    hemostasis: 'Sealing the channels',
    inflammation: 'Cleaning up',
    proliferation: 'Rebuilding',
    remodeling: 'Maturing',
  },
  student: {
    baseline: 'Baseline',
    hemostasis: 'Hemostasis',
    inflammation: 'Inflammation',
    proliferation: 'Proliferation',
    remodeling: 'Remodeling',
  },
};

const STORY: Record<NarrativeMode, Record<StageId, StageStory>> = {
  patient: {
    untreated: {
      title: 'Nothing to heal',
      now:
        'No needling has happened to this piece of skin, so nothing was injured and nothing needs to heal. Its own ' +
        'cells simply keep it as it is.',
      next: 'Untreated skin stays much the same over these weeks.',
    },
    sealing: {
      title: 'Tiny channels, sealed in minutes',
      now:
        'The needles have just made many tiny channels. The deeper ones reached the smallest blood vessels and bled ' +
        'a little, and clotting cells are already sealing them. This is normal.',
      next: 'Next, the skin calls in its defence cells to clean the channels.',
    },
    alarm: {
      title: 'The alarm goes out',
      now:
        'The injured cells around each channel send out an alarm signal. The small blood vessels nearby widen, ' +
        'which is the redness and warmth you may feel. This is normal.',
      next: 'Within hours, defence cells arrive to clean up.',
    },
    'neutrophil-wave': {
      title: 'Defence cells clean the channels',
      now:
        'Defence cells called neutrophils pour in from the small blood vessels and clear away the damaged tissue. ' +
        'Redness, warmth and slight swelling at this stage are normal signs of this clean-up.',
      next: 'Over the next day or two, larger cleaner cells (macrophages) take over and the redness starts to fade.',
    },
    'macrophage-wave': {
      title: 'The bigger cleaners take over',
      now:
        'Larger cleaner cells, macrophages, eat the last damaged tissue and the spent neutrophils. As they finish, ' +
        'they switch from cleaning to repair. This is how the skin moves on from inflammation.',
      next: 'Once the channels are clean, rebuilding begins.',
    },
    rebuilding: {
      title: 'Repair starts',
      now:
        'Repair-mode macrophages send signals that wake the skin’s collagen makers (fibroblasts) and grow extra ' +
        'tiny blood vessels to feed the work. New, fine collagen starts to be laid down.',
      next: 'Over the next one to two weeks, more collagen makers join in and the new collagen builds up.',
    },
    consolidating: {
      title: 'Building new collagen',
      now:
        'Many collagen makers are busy, some of them as extra-strong repair cells. Under the surface the work goes ' +
        'on even when the skin already looks calm. This is normal.',
      next: 'Over the following weeks, the extra cells and vessels are cleared away and the new collagen matures.',
    },
    maturing: {
      title: 'Quiet maturing',
      now:
        'The repair work is done and the skin is quiet again. The new collagen keeps slowly maturing and ' +
        'strengthening for months, which is why changes after micro-needling are judged after months, not days.',
      next: 'The collagen keeps maturing slowly over the coming months.',
    },
  },
  student: {
    untreated: {
      title: 'No injury',
      now:
        'No session has been performed: no damage, so no injury chemokine and no recruitment. Resident fibroblasts ' +
        'stay quiescent and the matrix sits at its baseline (collagen I 0.85, III 0.15 of the total).',
      next: 'Nothing changes until a session: compare this block with a treated one.',
    },
    sealing: {
      title: 'Platelet plugs',
      now:
        'The session has just made the channels. Those reaching the capillary loops bleed, and platelet aggregates ' +
        'plug them; the phase reads hemostasis while any aggregate is still forming. Damaged voxels start releasing ' +
        'the injury chemokine (rule: injury).',
      next: 'Neutrophils start leaving the capillaries within hours, recruited by chemokine × capillary density.',
    },
    alarm: {
      title: 'Injury signal, no leukocytes yet',
      now:
        'Damaged tissue releases the injury chemokine in proportion to its damage (rule: injury); it spreads about ' +
        '300 µm and dilates the papillary capillaries, which is the redness (rule: erythema). No leukocyte has ' +
        'arrived yet: recruitment is a Poisson process from perfused capillaries.',
      next: 'Neutrophils arrive first (they crawl hundreds of µm per hour); monocytes follow and mature for about a day.',
    },
    'neutrophil-wave': {
      title: 'The neutrophil wave',
      now:
        'Innate cells (neutrophils + M1) outnumber M2 macrophages, which is what makes the phase inflammation. ' +
        'Neutrophils eat necrotic debris, help fill the lumen and die by apoptosis after about a day. Cleaning the ' +
        'debris removes the chemokine’s source, so recruitment stops because the wound is clean, not on a clock.',
      next: 'Monocytes mature into M1 macrophages; eating apoptotic neutrophils releases TGF-β, which pushes them to M2.',
    },
    'macrophage-wave': {
      title: 'Macrophages take over',
      now:
        'Macrophages (M1 + M2) now outnumber live neutrophils. M1 cells clear the remaining debris and apoptotic ' +
        'neutrophils and keep the chemokine up; every neutrophil eaten releases a TGF-β pulse that raises their ' +
        'M1 → M2 switching rate (efferocytosis).',
      next:
        'When M2 outnumber the innate cells and less than 10 % of the necrotic volume is left, the phase becomes ' +
        'proliferation.',
    },
    rebuilding: {
      title: 'Growth factors wake the fibroblasts',
      now:
        'At least 5 % of the fibroblast lineage is activated, or M2 macrophages are above 20 /mm². M2 cells release ' +
        'TGF-β, PDGF and VEGF: fibroblasts activate as PDGF + TGF-β approach their half-saturation, migrate, divide ' +
        'and lay down collagen III first. VEGF makes capillaries sprout, so vessel density overshoots normal.',
      next: 'Fibroblasts active for about 4 days under high TGF-β (≥ 2, relative units) can become myofibroblasts.',
    },
    consolidating: {
      title: 'Myofibroblasts and new matrix',
      now:
        'Myofibroblasts are present: they lay down collagen, turn fibres 3× faster and die by apoptosis as TGF-β ' +
        'falls. Fibroblasts active for weeks shift from collagen III to I. Once VEGF falls, surplus capillaries are ' +
        'pruned (regression half-life 5 days).',
      next: 'As M2 fall below 20 /mm² and fewer than 5 % of fibroblasts stay activated, the phase becomes remodeling.',
    },
    maturing: {
      title: 'Maturation and turnover',
      now:
        'The wound is quiet by the phase thresholds. The matrix keeps changing slowly: excess collagen III matures ' +
        'into I (half-time 75 days) and excess collagen I turns over very slowly (half-life 700 days, rule: matrix). ' +
        'The new fibres keep the orientation fibroblasts gave them.',
      next: 'Collagen keeps maturing for months, which is why clinical studies measure gains months after treatment.',
    },
  },
};

/** Signals at work per stage, student mode (relative units: ≈ 1 means about half-maximal effect). */
const SIGNALS: Record<StageId, string> = {
  untreated: 'No signals above background: chemokine, PDGF, TGF-β and VEGF are all near zero.',
  sealing: 'Platelets release PDGF and TGF-β; damaged voxels release the injury chemokine.',
  alarm: 'Injury chemokine high around the channels (half-life about 12 min, so it follows the damage closely).',
  'neutrophil-wave':
    'Chemokine from damage (and from M1 cells) recruits and steers leukocytes; platelet PDGF and TGF-β linger in ' +
    'the channels that bled.',
  'macrophage-wave':
    'Chemokine falls as debris is cleared; TGF-β pulses from efferocytosis push M1 to M2; M2 cells start releasing ' +
    'PDGF, TGF-β and VEGF.',
  rebuilding:
    'PDGF + TGF-β from M2 macrophages activate fibroblasts (PDGF also steers them); VEGF from M2 cells, migrating ' +
    'keratinocytes and hypoxic fibroblasts drives sprouting.',
  consolidating:
    'TGF-β keeps myofibroblasts alive and sets who converts; PDGF and VEGF fall as M2 macrophages leave, so surplus ' +
    'vessels are pruned.',
  maturing: 'Growth factors are back near zero; only slow matrix maturation and turnover go on.',
};

/** The engine's rules (SimInfo.rules names) doing the work in each stage. */
export const STAGE_RULES: Record<StageId, readonly string[]> = {
  untreated: ['fibroblasts', 'matrix'],
  sealing: ['platelets', 'injury', 'fields'],
  alarm: ['injury', 'fields', 'erythema', 'recruitment'],
  'neutrophil-wave': ['recruitment', 'neutrophils', 'lumen', 'erythema'],
  'macrophage-wave': ['macrophages', 'neutrophils', 'lumen', 'erythema'],
  rebuilding: ['macrophages', 'fibroblasts', 'angiogenesis', 'keratinocytes'],
  consolidating: ['fibroblasts', 'angiogenesis', 'matrix'],
  maturing: ['matrix', 'epidermal-thickness'],
};

/** Where the model simplifies what this stage shows (docs/model.md §9). */
const SIMPLIFIED: Record<StageId, string> = {
  untreated: 'The block is about 1 mm² of population-average skin, not a particular person’s.',
  sealing: 'Bleeding is a yes/no flag per channel (deep enough to reach the capillary loops); no haematoma.',
  alarm: 'Signals are in relative units: no measured tissue concentrations exist for micro-needle channels.',
  'neutrophil-wave': 'No lymphocytes, mast cells or resident macrophages; no oedema or infection.',
  'macrophage-wave': 'Three macrophage states only (monocyte, M1, M2); the real spectrum is continuous.',
  rebuilding: 'Capillaries are a density field, not a vessel network: no flow, no blood volume.',
  consolidating:
    'No mechanics: myofibroblasts differ only in fate, TGF-β-dependent survival and faster fibre turning ' +
    '(no wound contraction).',
  maturing: 'No cross-linking or ground substance; collagen I is not broken down by MMPs, only its excess turns over.',
};

const INFLAMMATION_NUMBERS = [
  'neutrophils',
  'macrophages_m1',
  'macrophages_m2',
  'erythema',
  'reepithelialisation',
  'barrier',
  'channel_patency',
];

/** Metric keys (ENGINE_METRICS) shown as numbers per stage, student mode. */
export const STAGE_NUMBERS: Record<StageId, readonly string[]> = {
  untreated: ['fibroblasts', 'collagen_i', 'collagen_iii'],
  sealing: ['platelets', 'reepithelialisation', 'barrier', 'channel_patency'],
  alarm: ['erythema', 'reepithelialisation', 'barrier', 'channel_patency'],
  'neutrophil-wave': INFLAMMATION_NUMBERS,
  'macrophage-wave': INFLAMMATION_NUMBERS,
  rebuilding: ['macrophages_m2', 'fibroblasts', 'growth_factors', 'vessels_tz', 'collagen_iii_tz', 'new_collagen'],
  consolidating: ['macrophages_m2', 'myofibroblasts', 'vessels_tz', 'collagen_iii_tz', 'collagen_i_tz', 'new_collagen'],
  maturing: ['collagen_iii_tz', 'collagen_i_tz', 'new_collagen', 'alignment_tz', 'vessels_tz'],
};

const SURFACE_TEXT: Record<NarrativeMode, { open: string; sealedChannelsClosing: string }> = {
  patient: {
    open: 'The surface is still open in places, so the skin loses a little more water than usual for now.',
    sealedChannelsClosing: 'The surface has sealed over the channels; underneath, they are still closing.',
  },
  student: {
    open: 'Not every opening is re-covered by its keratinocyte ring yet, so the barrier (a water-loss proxy) is low.',
    sealedChannelsClosing:
      'The openings are re-covered but the lumens below are still closing by recoil and cell infill (rule: lumen): ' +
      'barrier recovery and lumen closure are separate processes.',
  },
};

const TEXT = {
  when: { patient: 'Day {day}, {hour} h after the treatment', student: 'Day {day}, {hour} h' },
  whenSession: {
    patient: 'Day {day}, {hour} h · {since} after session {k} of {n}',
    student: 'Day {day}, {hour} h · {since} after session {k} of {n}',
  },
  nextSession: {
    patient: 'The next session in this plan is on day {day}; it starts the same sequence again.',
    student: 'Session {k} is on day {day}: it re-injures tissue that is still remodeling, and the cycle restarts.',
  },
  dominant: {
    patient: 'The most numerous working cells now: {name}.',
    student: 'Most numerous wound cells now: {name}.',
  },
  noCells: { patient: 'No cells are drawn yet.', student: 'No agents in the frame yet.' },
  announce: 'Now: {phase} — {title}.',
  hours: '{n} h',
  days: '{n} days',
} as const;

export interface SessionContext {
  /** Sessions performed by now (1-based index of the latest), and planned in all. */
  done: number;
  total: number;
  /** Hours since the latest session performed, or null before any. */
  sinceH: number | null;
  /** Time of the next session, h, or null when none is left. */
  nextAtH: number | null;
}

export function sessionContext(timeH: number, sessionTimesH: readonly number[]): SessionContext {
  // A session at t is performed at the end of the step reaching t (docs/model.md §2.2): the state at t is after it.
  const performed = sessionTimesH.filter((t) => t <= timeH + 1e-6);
  const latest = performed.at(-1);
  const upcoming = sessionTimesH.find((t) => t > timeH + 1e-6);
  return {
    done: performed.length,
    total: sessionTimesH.length,
    sinceH: latest === undefined ? null : timeH - latest,
    nextAtH: upcoming ?? null,
  };
}

/** A duration for sentences: whole hours under two days, whole days after. */
export function formatDuration(hours: number): string {
  const h = Math.max(0, hours);
  return h < 48 ? fill(TEXT.hours, { n: Math.floor(h + 1e-6) }) : fill(TEXT.days, { n: Math.floor(h / 24 + 1e-6) });
}

/** "Day 2, 4 h …": model time counts from the first session; day N is N whole days after it (as the timeline). */
export function whenText(mode: NarrativeMode, timeH: number, sessions: SessionContext): string {
  const t = Math.max(0, timeH);
  const day = Math.floor(t / 24 + 1e-9);
  const hour = Math.floor(t - day * 24 + 1e-6);
  if (sessions.total > 1 && sessions.sinceH !== null) {
    return fill(TEXT.whenSession[mode], {
      day,
      hour,
      since: formatDuration(sessions.sinceH),
      k: sessions.done,
      n: sessions.total,
    });
  }
  return fill(TEXT.when[mode], { day, hour });
}

export interface SurfaceNow {
  /** Barrier function, 0–1 (1 = intact). */
  barrier: number;
  /** Fraction of the latest session's lumen still open, 0–1. */
  patency: number;
}

/**
 * One sentence on the surface, for stages after the alarm; null when there is nothing to add. Same thresholds as the
 * aftercare cards (aftercare.ts), so the two panels never disagree.
 */
export function surfaceSentence(mode: NarrativeMode, stage: StageId, surface: SurfaceNow): string | null {
  if (stage === 'untreated' || stage === 'sealing' || stage === 'alarm') return null;
  if (surface.barrier < BARRIER_OPEN_BELOW) return SURFACE_TEXT[mode].open;
  if (surface.patency >= CHANNELS_CLOSED_BELOW) return SURFACE_TEXT[mode].sealedChannelsClosing;
  return null;
}

export interface NarrativeInput {
  mode: NarrativeMode;
  phase: PhaseName;
  timeH: number;
  counts: CellCounts;
  surface: SurfaceNow;
  sessionTimesH: readonly number[];
}

export interface NarrativeContent {
  phase: PhaseName;
  stage: StageId;
  /** "Inflammation" / "Cleaning up", and the stage's own title. */
  phaseTitle: string;
  title: string;
  when: string;
  /** What the body is doing and why (2–4 sentences, plus one on the surface when it adds something). */
  now: string[];
  cells: CellLine[];
  /** "Most numerous …" line, or the no-cells line. */
  dominant: string;
  next: string[];
  /** What a screen reader hears when the stage changes (the panel announces nothing else). */
  announcement: string;
  /** Student mode only. */
  student: { signals: string; rules: readonly string[]; simplified: string; numbers: readonly string[] } | null;
}

export function narrativeContent(input: NarrativeInput): NarrativeContent {
  const { mode, phase, counts } = input;
  const stage = stageOf(phase, counts);
  const story = STORY[mode][stage];
  const sessions = sessionContext(input.timeH, input.sessionTimesH);
  const surface = surfaceSentence(mode, stage, input.surface);
  const { lines, dominant } = cellLines(counts, mode);
  const dominantName = dominant === null ? null : CELL_GROUPS.find((g) => g.id === dominant)!.name[mode];
  const next = [story.next];
  if (sessions.nextAtH !== null && sessions.done > 0) {
    next.push(fill(TEXT.nextSession[mode], { day: Math.round(sessions.nextAtH / 24), k: sessions.done + 1 }));
  }
  const phaseTitle = PHASE_TITLE[mode][phase];
  return {
    phase,
    stage,
    phaseTitle,
    title: story.title,
    when: whenText(mode, input.timeH, sessions),
    now: surface ? [story.now, surface] : [story.now],
    cells: lines,
    dominant: dominantName ? fill(TEXT.dominant[mode], { name: dominantName }) : TEXT.noCells[mode],
    next,
    announcement: fill(TEXT.announce, { phase: phaseTitle, title: story.title }),
    student:
      mode === 'student'
        ? {
            signals: SIGNALS[stage],
            rules: STAGE_RULES[stage],
            simplified: SIMPLIFIED[stage],
            numbers: STAGE_NUMBERS[stage],
          }
        : null,
  };
}
