/**
 * "What is happening now": the narrative's text as pure functions of what the model reports — the phase (read by
 * the engine from the cell populations, workers/engine/phase.ts), the cells on screen (the frame's census), the
 * surface scalars and the session schedule. Keyed by phase, by a stage inside the phase (chosen from the
 * populations, never from a clock) and by a few thresholds. The words live in the locale files (namespace `narrative`,
 * src/i18n/locales/<locale>/narrative.json) as whole sentences with {{placeholders}}; these functions pick the key and
 * fill in numbers formatted for the active language, at the time the text is needed.
 *
 * The biology is the model's own (docs/model.md §3–§5): nothing here describes a process the engine does not run,
 * and student mode says where the model simplifies.
 */
import { formatNumber, t } from '../../i18n';
import { cellLines, cellName } from './cellStory';
import type { CellCounts, CellLine } from './cellStory';
import type { NarrativeMode } from './narrativeTypes';
import { BARRIER_OPEN_BELOW, CHANNELS_CLOSED_BELOW } from './aftercare';
import type { MetricKey } from '../../../workers/model/metrics';
import type { RuleName } from '../../../workers/model/rules';
import type { Phase } from '../../../workers/model/phases';

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
export function stageOf(phase: Phase, counts: CellCounts): StageId {
  switch (phase) {
    case 'baseline':
      return 'untreated';
    case 'hemostasis':
      return 'sealing';
    case 'inflammation': {
      const neutrophils = counts['neutrophil-live'];
      const macrophages = counts['macrophage-m1'] + counts['macrophage-m2'];
      if (neutrophils + counts['macrophage-monocyte'] + macrophages === 0) return 'alarm';
      return macrophages > 0 && macrophages >= neutrophils ? 'macrophage-wave' : 'neutrophil-wave';
    }
    case 'proliferation':
      return counts['myofibroblast-contracting'] > 0 ? 'consolidating' : 'rebuilding';
    case 'remodeling':
      return 'maturing';
  }
}

/**
 * The baseline matrix quoted in the untreated student text: collagen I and III as fractions of the total (docs/model.md
 * §2.1). Decimals go through the locale's number format, so they are not written into the translations.
 */
const BASELINE_COLLAGEN = { i: 0.85, iii: 0.15 } as const;

/** Phase names as headings (student mode names the phase; patient mode says what it means). */
export function phaseTitle(mode: NarrativeMode, phase: Phase): string {
  return t(`narrative:phase.${mode}.${phase}`);
}

/** The stage's title, what the body is doing and why (2–4 sentences), and what comes next. */
function stageStory(mode: NarrativeMode, stage: StageId): { title: string; now: string; next: string } {
  const key = `narrative:story.${mode}.${stage}`;
  return {
    title: t(`${key}.title`),
    now: t(`${key}.now`, {
      collagenI: formatNumber(BASELINE_COLLAGEN.i, 2),
      collagenIII: formatNumber(BASELINE_COLLAGEN.iii, 2),
    }),
    next: t(`${key}.next`),
  };
}

/** The engine's rules (SimInfo.rules names) doing the work in each stage. */
export const STAGE_RULES: Record<StageId, readonly RuleName[]> = {
  untreated: ['fibroblasts', 'matrix'],
  sealing: ['platelets', 'injury', 'fields'],
  alarm: ['injury', 'fields', 'erythema', 'recruitment'],
  'neutrophil-wave': ['recruitment', 'neutrophils', 'lumen', 'erythema'],
  'macrophage-wave': ['macrophages', 'neutrophils', 'lumen', 'erythema'],
  rebuilding: ['macrophages', 'fibroblasts', 'angiogenesis', 'keratinocytes'],
  consolidating: ['fibroblasts', 'angiogenesis', 'matrix'],
  maturing: ['matrix', 'epidermal-thickness'],
};

const INFLAMMATION_NUMBERS: readonly MetricKey[] = [
  'neutrophils',
  'macrophages_m1',
  'macrophages_m2',
  'erythema',
  'reepithelialisation',
  'barrier',
  'channel_patency',
];

/** Metric keys (METRICS) shown as numbers per stage, student mode. */
export const STAGE_NUMBERS: Record<StageId, readonly MetricKey[]> = {
  untreated: ['fibroblasts', 'collagen_i', 'collagen_iii'],
  sealing: ['platelets', 'reepithelialisation', 'barrier', 'channel_patency'],
  alarm: ['erythema', 'reepithelialisation', 'barrier', 'channel_patency'],
  'neutrophil-wave': INFLAMMATION_NUMBERS,
  'macrophage-wave': INFLAMMATION_NUMBERS,
  rebuilding: ['macrophages_m2', 'fibroblasts', 'growth_factors', 'vessels_tz', 'collagen_iii_tz', 'new_collagen'],
  consolidating: ['macrophages_m2', 'myofibroblasts', 'vessels_tz', 'collagen_iii_tz', 'collagen_i_tz', 'new_collagen'],
  maturing: ['collagen_iii_tz', 'collagen_i_tz', 'new_collagen', 'alignment_tz', 'vessels_tz'],
};

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
  const unit = h < 48 ? 'hours' : 'days';
  const count = h < 48 ? Math.floor(h + 1e-6) : Math.floor(h / 24 + 1e-6);
  // {{count}} is written as it is: whole numbers under a thousand read the same in every shipped locale.
  return t(`narrative:duration.${unit}`, { count });
}

/** "Day 2, 4 h …": model time counts from the first session; day N is N whole days after it (as the timeline). */
export function whenText(mode: NarrativeMode, timeH: number, sessions: SessionContext): string {
  const time = Math.max(0, timeH);
  const dayCount = Math.floor(time / 24 + 1e-9);
  const day = formatNumber(dayCount, 0);
  const hour = formatNumber(Math.floor(time - dayCount * 24 + 1e-6), 0);
  if (sessions.total > 1 && sessions.sinceH !== null) {
    return t(`narrative:whenSession.${mode}`, {
      day,
      hour,
      since: formatDuration(sessions.sinceH),
      k: formatNumber(sessions.done, 0),
      n: formatNumber(sessions.total, 0),
    });
  }
  return t(`narrative:when.${mode}`, { day, hour });
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
  if (surface.barrier < BARRIER_OPEN_BELOW) return t(`narrative:surface.${mode}.open`);
  if (surface.patency >= CHANNELS_CLOSED_BELOW) return t(`narrative:surface.${mode}.sealedChannelsClosing`);
  return null;
}

export interface NarrativeInput {
  mode: NarrativeMode;
  phase: Phase;
  timeH: number;
  counts: CellCounts;
  surface: SurfaceNow;
  sessionTimesH: readonly number[];
}

export interface NarrativeContent {
  phase: Phase;
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
  student: { signals: string; rules: readonly RuleName[]; simplified: string; numbers: readonly MetricKey[] } | null;
}

export function narrativeContent(input: NarrativeInput): NarrativeContent {
  const { mode, phase, counts } = input;
  const stage = stageOf(phase, counts);
  const story = stageStory(mode, stage);
  const sessions = sessionContext(input.timeH, input.sessionTimesH);
  const surface = surfaceSentence(mode, stage, input.surface);
  const { lines, dominant } = cellLines(counts, mode);
  const next = [story.next];
  if (sessions.nextAtH !== null && sessions.done > 0) {
    next.push(
      t(`narrative:nextSession.${mode}`, {
        day: formatNumber(Math.round(sessions.nextAtH / 24), 0),
        k: formatNumber(sessions.done + 1, 0),
      }),
    );
  }
  const heading = phaseTitle(mode, phase);
  return {
    phase,
    stage,
    phaseTitle: heading,
    title: story.title,
    when: whenText(mode, input.timeH, sessions),
    now: surface ? [story.now, surface] : [story.now],
    cells: lines,
    dominant:
      dominant === null
        ? t(`narrative:noCells.${mode}`)
        : t(`narrative:dominant.${mode}`, { name: cellName(dominant, mode) }),
    next,
    announcement: t('narrative:announce', { phase: heading, title: story.title }),
    student:
      mode === 'student'
        ? {
            signals: t(`narrative:signals.${stage}`),
            rules: STAGE_RULES[stage],
            simplified: t(`narrative:simplified.${stage}`),
            numbers: STAGE_NUMBERS[stage],
          }
        : null,
  };
}
