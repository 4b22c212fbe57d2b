/**
 * Student prediction prompts, as pure data and functions: each prompt changes ONE thing about the scenario on screen
 * (same seed, every other parameter the same), names the metric and the model time it is read at, and explains the
 * answer with the model's own rules (docs/model.md). The student predicts less / about the same / more / much more;
 * `outcomeOf` sorts the model's answer into the same four bins and `grade` compares. The runs themselves are in
 * predictionRun.ts; the UI in PredictionPrompt.tsx.
 */
import { PARAM_BY_ID } from '../../../workers/protocol';
import type { Params } from '../../../workers/protocol';
import { fill } from './fill';

export type Answer = 'less' | 'same' | 'more' | 'much-more';

/** In order, so that neighbours are "one step away". */
export const ANSWERS: readonly { id: Answer; label: string }[] = [
  { id: 'less', label: 'Less' },
  { id: 'same', label: 'About the same' },
  { id: 'more', label: 'More' },
  { id: 'much-more', label: 'Much more' },
];

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
  const d = Math.abs(ANSWERS.findIndex((a) => a.id === predicted) - ANSWERS.findIndex((a) => a.id === actual));
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
  /** Metric key (ENGINE_METRICS), how it is read, and until when the runs go, h. */
  metric: string;
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
  /** Short title for the card when the prompt cannot be asked for this scenario. */
  title: string;
  plan(context: PromptContext): PromptAvailability;
}

const HOURS_PER_WEEK = 168;
/** The collagen questions read week 6: T11's day 42, when a single session's new collagen has mostly been laid down. */
const COLLAGEN_WEEK = 6;
/** Longest run a question may ask for, weeks (two runs of this take minutes on a slow tablet). */
export const MAX_QUESTION_WEEKS = 16;
/** Weeks after the last session at which the sessions question reads collagen (deposition is mostly done by then). */
const WEEKS_AFTER_LAST_SESSION = 4;

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
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
const PIGMENT_FLOOR = 1e-4; // index: far below any skin type's peak (type I ≈ 0.005)

const TEXT = {
  needle: {
    title: 'Double the needle length',
    question: 'Predict the new collagen at week {week} if you double the needle length: {from} mm → {to} mm.',
    questionCapped:
      'Predict the new collagen at week {week} if you double the needle length: {from} mm → {to} mm (capped at the ' +
      'longest the model allows).',
    atMax: 'The needle is already at the longest length the model allows ({max} mm).',
    depth:
      'Longer needles make deeper channels: penetration × (length − skin indentation) is about {d1} µm → {d2} µm ' +
      'with this {device}.',
    mechanism:
      'Deeper channels injure more dermis, so more debris, more injury signal and more macrophages releasing PDGF ' +
      'and TGF-β, which activate more fibroblasts to lay down collagen.',
    fat:
      'But the dermis ends about {bottom} µm down: the deeper part of the channel is in the fat, where the model’s ' +
      'fibroblasts make no collagen, so the gain is smaller than the extra depth.',
    labelFrom: '{v} mm needle',
  },
  sessions: {
    title: 'More sessions',
    question: 'Predict the new collagen at week {week} with {to} sessions {interval} days apart instead of {from}.',
    atMax: 'The scenario already has the most sessions the model allows ({max}).',
    tooLong:
      'With {interval} days between sessions this question would need {weeks} weeks of simulation: too long to ask ' +
      'here. Shorten the interval in the treatment panel to ask it.',
    mechanism:
      'Each session makes new channels and restarts the sequence: inflammation, then a new burst of fibroblast ' +
      'activation and collagen deposition. What each session lays down adds up, because the model only turns over ' +
      'excess collagen I, slowly (half-life {halfLife} days).',
    moreThanSessions:
      'Here the gain is more than {factor}×. One reason in the model: when the next session comes, fibroblasts are ' +
      'still more numerous than at rest (surplus cells are pruned over weeks), so more cells respond.',
    lessThanSessions:
      'Here the gain is less than {factor}×: read at week {week}, the later sessions’ collagen has had less time to ' +
      'build up.',
    label: '{n} sessions',
    labelOne: '1 session',
  },
  smoker: {
    title: 'Smoking',
    questionSmoker: 'Predict the new collagen at week {week} for a smoker (everything else the same).',
    questionNonSmoker: 'Predict the new collagen at week {week} if this person did not smoke.',
    mechanism:
      'In the model smoking changes two rates: collagen made per fibroblast × {collagen} (Jorgensen 1998) and ' +
      'monocyte recruitment × {macrophage} (Sørensen 2010). Fewer macrophages means fewer M2 cells releasing PDGF ' +
      'and TGF-β, so fewer fibroblasts activate: both lower the new collagen.',
    stopping: 'Not smoking removes both brakes.',
    labelSmoker: 'Smoker',
    labelNonSmoker: 'Non-smoker',
  },
  skinType: {
    title: 'A different skin type',
    question:
      'Predict the peak pigmentation-risk index in the first two weeks for skin type {to} instead of {from} ' +
      '(everything else the same).',
    mechanism:
      'The model has no melanocyte cells, only an activation index driven by the injury signal in the epidermis and ' +
      'papillary dermis; its sensitivity is × {step} per skin-type step (assumed, anchored to post-inflammatory ' +
      'hyperpigmentation in 17 % of types IV–V, Dogra 2014). Two types {direction} scale that drive by {factor}×, ' +
      'while the inflammation itself stays the same.',
    darker: 'darker',
    lighter: 'lighter',
    label: 'Skin type {v}',
  },
} as const;

const needleSpec: PromptSpec = {
  id: 'needle-length',
  title: TEXT.needle.title,
  plan({ params, dermisBottomUm }) {
    const from = params.needle_length_mm;
    const max = maxOf('needle_length_mm');
    const to = Math.min(from * 2, max);
    if (to <= from + 1e-9) {
      return { ok: false, id: this.id, title: this.title, why: fill(TEXT.needle.atMax, { max: NUMBER.format(max) }) };
    }
    const week = COLLAGEN_WEEK;
    const d1 = effectiveDepthUm(params, from);
    const d2 = effectiveDepthUm(params, to);
    return {
      ok: true,
      plan: {
        id: this.id,
        title: this.title,
        question: fill(to < from * 2 ? TEXT.needle.questionCapped : TEXT.needle.question, {
          week,
          from: NUMBER.format(from),
          to: NUMBER.format(to),
        }),
        metric: 'new_collagen',
        aggregate: 'at',
        untilH: week * HOURS_PER_WEEK,
        floor: NEW_COLLAGEN_FLOOR,
        change: { needle_length_mm: to },
        baselineLabel: fill(TEXT.needle.labelFrom, { v: NUMBER.format(from) }),
        variantLabel: fill(TEXT.needle.labelFrom, { v: NUMBER.format(to) }),
        explain() {
          const lines: string[] = [
            fill(TEXT.needle.depth, { d1: Math.round(d1), d2: Math.round(d2), device: params.device }),
            TEXT.needle.mechanism,
          ];
          if (d2 > dermisBottomUm) lines.push(fill(TEXT.needle.fat, { bottom: Math.round(dermisBottomUm) }));
          return lines;
        },
      },
    };
  },
};

const sessionsSpec: PromptSpec = {
  id: 'sessions',
  title: TEXT.sessions.title,
  plan({ params }) {
    const from = params.sessions;
    const max = maxOf('sessions');
    const to = Math.min(from + 2, max);
    if (to <= from) return { ok: false, id: this.id, title: this.title, why: fill(TEXT.sessions.atMax, { max }) };
    const interval = params.interval_days;
    const lastSessionH = (to - 1) * interval * 24;
    const week = Math.ceil((lastSessionH + WEEKS_AFTER_LAST_SESSION * HOURS_PER_WEEK) / HOURS_PER_WEEK - 1e-9);
    if (week > MAX_QUESTION_WEEKS) {
      return { ok: false, id: this.id, title: this.title, why: fill(TEXT.sessions.tooLong, { interval, weeks: week }) };
    }
    const factor = to / from;
    return {
      ok: true,
      plan: {
        id: this.id,
        title: this.title,
        question: fill(TEXT.sessions.question, { week, to, from, interval }),
        metric: 'new_collagen',
        aggregate: 'at',
        untilH: week * HOURS_PER_WEEK,
        floor: NEW_COLLAGEN_FLOOR,
        change: { sessions: to },
        baselineLabel: from === 1 ? TEXT.sessions.labelOne : fill(TEXT.sessions.label, { n: from }),
        variantLabel: fill(TEXT.sessions.label, { n: to }),
        explain({ ratio }) {
          const lines: string[] = [
            fill(TEXT.sessions.mechanism, { halfLife: NUMBER.format(params.collagen_i_excess_half_life_days) }),
          ];
          const shown = NUMBER.format(factor);
          if (ratio !== null && ratio > factor * (1 + SAME_WITHIN)) {
            lines.push(fill(TEXT.sessions.moreThanSessions, { factor: shown }));
          } else if (ratio !== null && ratio < factor * (1 - SAME_WITHIN)) {
            lines.push(fill(TEXT.sessions.lessThanSessions, { factor: shown, week }));
          }
          return lines;
        },
      },
    };
  },
};

const smokerSpec: PromptSpec = {
  id: 'smoker',
  title: TEXT.smoker.title,
  plan({ params }) {
    const smoker = params.smoker;
    const week = COLLAGEN_WEEK;
    return {
      ok: true,
      plan: {
        id: this.id,
        title: this.title,
        question: fill(smoker ? TEXT.smoker.questionNonSmoker : TEXT.smoker.questionSmoker, { week }),
        metric: 'new_collagen',
        aggregate: 'at',
        untilH: week * HOURS_PER_WEEK,
        floor: NEW_COLLAGEN_FLOOR,
        change: { smoker: !smoker },
        baselineLabel: smoker ? TEXT.smoker.labelSmoker : TEXT.smoker.labelNonSmoker,
        variantLabel: smoker ? TEXT.smoker.labelNonSmoker : TEXT.smoker.labelSmoker,
        explain() {
          const lines: string[] = [
            fill(TEXT.smoker.mechanism, {
              collagen: NUMBER.format(params.smoker_collagen_factor),
              macrophage: NUMBER.format(params.smoker_macrophage_factor),
            }),
          ];
          if (smoker) lines.push(TEXT.smoker.stopping);
          return lines;
        },
      },
    };
  },
};

/** The skin-type question reads the pigment index's peak over the first two weeks (it rises for days, then fades). */
const PIGMENT_WEEKS = 2;

const skinTypeSpec: PromptSpec = {
  id: 'skin-type',
  title: TEXT.skinType.title,
  plan({ params }) {
    const from = params.fitzpatrick;
    // Two types darker where there is room (the direction with documented risk), else two types lighter.
    const to = from <= 4 ? from + 2 : from - 2;
    const step = params.pigment_sensitivity_per_type;
    return {
      ok: true,
      plan: {
        id: this.id,
        title: this.title,
        question: fill(TEXT.skinType.question, { to: ROMAN[to]!, from: ROMAN[from]! }),
        metric: 'pigment_risk',
        aggregate: 'peak',
        untilH: PIGMENT_WEEKS * HOURS_PER_WEEK,
        floor: PIGMENT_FLOOR,
        change: { fitzpatrick: to },
        baselineLabel: fill(TEXT.skinType.label, { v: ROMAN[from]! }),
        variantLabel: fill(TEXT.skinType.label, { v: ROMAN[to]! }),
        explain() {
          return [
            fill(TEXT.skinType.mechanism, {
              step: NUMBER.format(step),
              direction: to > from ? TEXT.skinType.darker : TEXT.skinType.lighter,
              factor: NUMBER.format(step ** (to - from)),
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
