/**
 * Student prediction prompts, as pure data and functions: each prompt changes ONE thing about the scenario on screen
 * (same seed, every other parameter the same), names the metric and the model time it is read at, and explains the
 * answer with the model's own rules (docs/model.md). The student predicts less / about the same / more / much more;
 * `outcomeOf` sorts the model's answer into the same four bins and `grade` compares. The runs themselves are in
 * predictionRun.ts; the UI in PredictionPrompt.tsx. The words are in the locale files (namespace `predict`): plans are
 * built in the active language, so build them again after a language switch.
 */
import { PARAM_BY_ID } from '../../../workers/protocol';
import type { Params } from '../../../workers/protocol';
import type { MetricKey } from '../../../workers/model/metrics';
import { formatNumber, t } from '../../i18n';

export type Answer = 'less' | 'same' | 'more' | 'much-more';

/** In order, so that neighbours are "one step away". */
export const ANSWERS: readonly Answer[] = ['less', 'same', 'more', 'much-more'];

/** The answer as a choice ("About the same"). */
export function answerLabel(answer: Answer): string {
  return t(`predict:answer.${answer}`);
}

/** The answer inside a sentence ("The model says: about the same."); its own string, as not every language lowercases. */
export function answerInline(answer: Answer): string {
  return t(`predict:answerInline.${answer}`);
}

/**
 * Within ±10 % counts as "about the same": a chosen teaching threshold (a change a student would not call more or
 * less), not a statistical test.
 */
export const SAME_WITHIN = 0.1;
/** From 1.5× counts as "much more" (chosen: half as much again is a change anyone would call large). */
export const MUCH_MORE_FROM = 1.5;

/**
 * The model's answer in the student's four bins. `floor`: below it a value counts as zero (ratios of near-zero values
 * mean nothing); from zero to something is "much more", zero to zero "about the same".
 */
export function outcomeOf(baseline: number, variant: number, floor: number): { answer: Answer; ratio: number | null } {
  const b = Math.abs(baseline) < floor ? 0 : baseline;
  const v = Math.abs(variant) < floor ? 0 : variant;
  if (b <= 0) return { answer: v > 0 ? 'much-more' : v < 0 ? 'less' : 'same', ratio: null };
  const ratio = v / b;
  if (ratio < 1 - SAME_WITHIN) return { answer: 'less', ratio };
  if (ratio <= 1 + SAME_WITHIN) return { answer: 'same', ratio };
  return { answer: ratio >= MUCH_MORE_FROM ? 'much-more' : 'more', ratio };
}

export type Grade = 'right' | 'close' | 'wrong';

/** Right, one bin away ("close"), or wrong. */
export function grade(predicted: Answer, actual: Answer): Grade {
  const d = Math.abs(ANSWERS.indexOf(predicted) - ANSWERS.indexOf(actual));
  return d === 0 ? 'right' : d === 1 ? 'close' : 'wrong';
}

/** How the metric is read from the hourly rows: at the question's hour, or its peak from t = 0 to that hour. */
export type Aggregate = 'at' | 'peak';

/** The measured value, or NaN when the rows do not reach `untilH` yet. */
export function measure(values: ArrayLike<number> | undefined, aggregate: Aggregate, untilH: number): number {
  const hour = Math.round(untilH);
  if (!values || values.length <= hour) return Number.NaN;
  if (aggregate === 'at') return values[hour]!;
  let peak = -Infinity;
  for (let i = 0; i <= hour; i++) peak = Math.max(peak, values[i]!);
  return peak;
}

/** What a prompt needs to know about the scenario on screen. */
export interface PromptContext {
  params: Params;
  /** Depth of the bottom of the dermis, µm (SimInfo.stack). */
  dermisBottomUm: number;
}

export interface PromptOutcome {
  baseline: number;
  variant: number;
  ratio: number | null;
}

export interface PromptPlan {
  id: string;
  /** Short title of the card. */
  title: string;
  question: string;
  /** Metric key (METRICS), how it is read, and until when the runs go, h. */
  metric: MetricKey;
  aggregate: Aggregate;
  untilH: number;
  /** Values below this count as zero (metric unit). */
  floor: number;
  /** The one change, as parameter values, and short labels for the two runs. */
  change: Partial<Record<keyof Params, unknown>>;
  baselineLabel: string;
  variantLabel: string;
  /** Why the model answers as it does: the mechanism in 2–3 sentences, tied to its rules. */
  explain(outcome: PromptOutcome): string[];
}

export type PromptAvailability = { ok: true; plan: PromptPlan } | { ok: false; id: string; title: string; why: string };

export interface PromptSpec {
  id: string;
  /** The plan in the active language (call it again after a language switch). */
  plan(context: PromptContext): PromptAvailability;
}

const HOURS_PER_WEEK = 168;
/** The collagen questions read week 6: T11's day 42, when a single session's new collagen has mostly been laid down. */
const COLLAGEN_WEEK = 6;
/** Longest run a question may ask for, weeks (two runs of this take minutes on a slow tablet). */
export const MAX_QUESTION_WEEKS = 16;
/** Weeks after the last session at which the sessions question reads collagen (deposition is mostly done by then). */
const WEEKS_AFTER_LAST_SESSION = 4;

/** A parameter value or factor in sentences: up to 2 decimals, in the active locale. */
const num = (value: number): string => formatNumber(value, 2);
/** Fitzpatrick skin types are written in Roman numerals in every language (as the literature does). */
const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI'];

function maxOf(id: 'needle_length_mm' | 'sessions'): number {
  const def = PARAM_BY_ID[id];
  return def.kind === 'number' || def.kind === 'integer' ? def.max : Number.POSITIVE_INFINITY;
}

/** Channel depth actually reached: penetration fraction × (nominal − skin indentation), µm (docs/model.md §3.2). */
export function effectiveDepthUm(params: Params, needleLengthMm: number): number {
  const fraction = {
    pen: params.pen_penetration_fraction,
    roller: params.roller_penetration_fraction,
    stamp: params.stamp_penetration_fraction,
  }[params.device];
  return fraction * Math.max(0, needleLengthMm * 1000 - params.skin_tenting_um);
}

const NEW_COLLAGEN_FLOOR = 0.01; // µg/mm²: a hundredth of what one reference session lays down in its first 2 days
const PIGMENT_FLOOR = 1e-4; // probability: far below any skin type's after one session (type I ≈ 0.007)

/**
 * "28 days", "12 weeks": a counted duration for sentences (plural forms from the locale files; {{count}} is written as
 * it is: whole numbers under a thousand read the same in every shipped locale).
 */
function days(n: number): string {
  return t('predict:days', { count: n });
}
function weeks(n: number): string {
  return t('predict:weeks', { count: n });
}

const needleSpec: PromptSpec = {
  id: 'needle-length',
  plan({ params, dermisBottomUm }) {
    const id = this.id;
    const title = t('predict:needle.title');
    const from = params.needle_length_mm;
    const max = maxOf('needle_length_mm');
    const to = Math.min(from * 2, max);
    if (to <= from + 1e-9) return { ok: false, id, title, why: t('predict:needle.atMax', { max: num(max) }) };
    const week = COLLAGEN_WEEK;
    const d1 = effectiveDepthUm(params, from);
    const d2 = effectiveDepthUm(params, to);
    return {
      ok: true,
      plan: {
        id,
        title,
        question: t(to < from * 2 ? 'predict:needle.questionCapped' : 'predict:needle.question', {
          week: formatNumber(week, 0),
          from: num(from),
          to: num(to),
        }),
        metric: 'new_collagen',
        aggregate: 'at',
        untilH: week * HOURS_PER_WEEK,
        floor: NEW_COLLAGEN_FLOOR,
        change: { needle_length_mm: to },
        baselineLabel: t('predict:needle.label', { v: num(from) }),
        variantLabel: t('predict:needle.label', { v: num(to) }),
        explain() {
          const lines: string[] = [
            // One sentence per device (context pen / roller / stamp): the device's name agrees with its sentence.
            t('predict:needle.depth', {
              context: params.device,
              d1: formatNumber(Math.round(d1), 0),
              d2: formatNumber(Math.round(d2), 0),
            }),
            t('predict:needle.mechanism'),
          ];
          if (d2 > dermisBottomUm) {
            lines.push(t('predict:needle.fat', { bottom: formatNumber(Math.round(dermisBottomUm), 0) }));
          }
          return lines;
        },
      },
    };
  },
};

const sessionsSpec: PromptSpec = {
  id: 'sessions',
  plan({ params }) {
    const id = this.id;
    const title = t('predict:sessions.title');
    const from = params.sessions;
    const max = maxOf('sessions');
    const to = Math.min(from + 2, max);
    if (to <= from) return { ok: false, id, title, why: t('predict:sessions.atMax', { max: formatNumber(max, 0) }) };
    const interval = params.interval_days;
    const lastSessionH = (to - 1) * interval * 24;
    const week = Math.ceil((lastSessionH + WEEKS_AFTER_LAST_SESSION * HOURS_PER_WEEK) / HOURS_PER_WEEK - 1e-9);
    if (week > MAX_QUESTION_WEEKS) {
      return {
        ok: false,
        id,
        title,
        why: t('predict:sessions.tooLong', { interval: days(interval), weeks: weeks(week) }),
      };
    }
    const factor = to / from;
    const sessionsLabel = (n: number) => t('predict:sessions.label', { count: n });
    return {
      ok: true,
      plan: {
        id,
        title,
        question: t('predict:sessions.question', {
          week: formatNumber(week, 0),
          sessions: sessionsLabel(to),
          from: formatNumber(from, 0),
          interval: days(interval),
        }),
        metric: 'new_collagen',
        aggregate: 'at',
        untilH: week * HOURS_PER_WEEK,
        floor: NEW_COLLAGEN_FLOOR,
        change: { sessions: to },
        baselineLabel: sessionsLabel(from),
        variantLabel: sessionsLabel(to),
        explain({ ratio }) {
          const lines: string[] = [
            t('predict:sessions.mechanism', { halfLife: num(params.collagen_i_excess_half_life_days) }),
          ];
          const shown = num(factor);
          if (ratio !== null && ratio > factor * (1 + SAME_WITHIN)) {
            lines.push(t('predict:sessions.moreThanSessions', { factor: shown }));
          } else if (ratio !== null && ratio < factor * (1 - SAME_WITHIN)) {
            lines.push(t('predict:sessions.lessThanSessions', { factor: shown, week: formatNumber(week, 0) }));
          }
          return lines;
        },
      },
    };
  },
};

const smokerSpec: PromptSpec = {
  id: 'smoker',
  plan({ params }) {
    const smoker = params.smoker;
    const week = formatNumber(COLLAGEN_WEEK, 0);
    const smokerLabel = t('predict:smoker.labelSmoker');
    const nonSmokerLabel = t('predict:smoker.labelNonSmoker');
    return {
      ok: true,
      plan: {
        id: this.id,
        title: t('predict:smoker.title'),
        question: t(smoker ? 'predict:smoker.questionNonSmoker' : 'predict:smoker.questionSmoker', { week }),
        metric: 'new_collagen',
        aggregate: 'at',
        untilH: COLLAGEN_WEEK * HOURS_PER_WEEK,
        floor: NEW_COLLAGEN_FLOOR,
        change: { smoker: !smoker },
        baselineLabel: smoker ? smokerLabel : nonSmokerLabel,
        variantLabel: smoker ? nonSmokerLabel : smokerLabel,
        explain() {
          const lines: string[] = [
            t('predict:smoker.mechanism', {
              oxygen: num(params.smoker_tissue_oxygen_factor),
              macrophage: num(params.smoker_macrophage_factor),
              division: num(params.smoker_fibroblast_proliferation_factor),
            }),
          ];
          if (smoker) lines.push(t('predict:smoker.stopping'));
          return lines;
        },
      },
    };
  },
};

/** The skin-type question reads the PIH probability after the first two weeks (it accumulates while inflamed). */
const PIGMENT_WEEKS = 2;

const skinTypeSpec: PromptSpec = {
  id: 'skin-type',
  plan({ params }) {
    const from = params.fitzpatrick;
    // Two types darker where there is room (the direction with documented risk), else two types lighter.
    const to = from <= 4 ? from + 2 : from - 2;
    const step = params.pigment_sensitivity_per_type;
    return {
      ok: true,
      plan: {
        id: this.id,
        title: t('predict:skinType.title'),
        question: t('predict:skinType.question', { to: ROMAN[to]!, from: ROMAN[from]! }),
        metric: 'pigment_risk',
        aggregate: 'peak',
        untilH: PIGMENT_WEEKS * HOURS_PER_WEEK,
        floor: PIGMENT_FLOOR,
        change: { fitzpatrick: to },
        baselineLabel: t('predict:skinType.label', { v: ROMAN[from]! }),
        variantLabel: t('predict:skinType.label', { v: ROMAN[to]! }),
        explain() {
          return [
            t('predict:skinType.mechanism', {
              context: to > from ? 'darker' : 'lighter',
              step: num(step),
              factor: num(step ** (to - from)),
            }),
          ];
        },
      },
    };
  },
};

export const PROMPTS: readonly PromptSpec[] = [needleSpec, sessionsSpec, smokerSpec, skinTypeSpec];

export function promptPlans(context: PromptContext): PromptAvailability[] {
  return PROMPTS.map((spec) => spec.plan(context));
}
