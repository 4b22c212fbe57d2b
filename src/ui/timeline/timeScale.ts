/**
 * The timeline's time axis: model hours ↔ position along the track (0 … 1). Healing spans minutes to months, so the
 * axis is logarithmic-like rather than linear:
 *
 *   x(t) = ln(1 + t/τ) / ln(1 + T/τ)        t = τ · ((1 + T/τ)^x − 1)
 *
 * with T the end of the axis and τ the time constant where the axis turns from about linear (t ≪ τ) to about
 * logarithmic (t ≫ τ). With τ = 6 h and T = 180 days, 1 h takes ~2 % of the track, 6 h ~10 %, day 1 ~24 %, day 7
 * ~51 %, day 28 ~72 % and day 90 ~89 %: the first hours stay usable and six months still fit. Monotonic, exact
 * inverse, x(0) = 0, x(T) = 1. Pure functions, no DOM.
 */
import { formatWhen } from './timelineText';

/** Where the axis turns from linear to logarithmic, h: hemostasis and the neutrophil influx happen before it. */
export const TIME_SCALE_TAU_H = 6;
/** Timeline span after the last needling session: six months of remodeling (collagen I keeps maturing). */
export const SPAN_AFTER_LAST_SESSION_H = 180 * 24;

export interface TimeScale {
  /** Last hour on the axis. */
  readonly endH: number;
  /** Position 0 … 1 of a model time (clamped to the axis). */
  toFraction(hours: number): number;
  /** Model time at a position 0 … 1 (clamped). */
  toHours(fraction: number): number;
}

export function makeTimeScale(endH: number, tauH = TIME_SCALE_TAU_H): TimeScale {
  if (!(endH > 0) || !(tauH > 0)) throw new Error(`time scale needs endH > 0 and tauH > 0 (got ${endH}, ${tauH})`);
  const span = Math.log1p(endH / tauH);
  return {
    endH,
    toFraction: (hours) => Math.log1p(clamp(hours, 0, endH) / tauH) / span,
    toHours: (fraction) => clamp(tauH * Math.expm1(clamp(fraction, 0, 1) * span), 0, endH),
  };
}

/** The axis end for a run: the last session plus six months (no session: six months from t = 0). */
export function timelineEndH(sessionTimesH: readonly number[]): number {
  return Math.max(0, ...sessionTimesH) + SPAN_AFTER_LAST_SESSION_H;
}

/**
 * Keyboard steps, h: what ←/→ may move by. The step used is the smallest of these at least the hours that one
 * KEY_STEP_FRACTION of the track spans there, so a key press moves the thumb visibly, early or late.
 */
export const KEY_STEPS_H: readonly number[] = [1, 2, 3, 6, 12, 24, 48, 72, 168, 336, 720];
/** Share of the track one arrow key press should cover, at least (1 %: a hundred presses from end to end). */
const KEY_STEP_FRACTION = 0.01;

/** The arrow-key step at a time, h (the scale's local resolution, rounded up to a readable step). */
export function keyStepH(scale: TimeScale, hours: number, direction: 1 | -1): number {
  const x = scale.toFraction(hours);
  const span = Math.abs(scale.toHours(x + direction * KEY_STEP_FRACTION) - scale.toHours(x));
  return KEY_STEPS_H.find((s) => s >= span) ?? KEY_STEPS_H[KEY_STEPS_H.length - 1]!;
}

/**
 * Where an arrow key goes from `hours`: to the next multiple of the local step in that direction (aligned values:
 * 5.3 h → 6 h → 7 h, not 6.3 h), clamped to the axis.
 */
export function arrowTarget(scale: TimeScale, hours: number, direction: 1 | -1): number {
  const step = keyStepH(scale, hours, direction);
  // A hair of tolerance: 6 h read back from a frame as 5.999999 still counts as being at 6 h.
  const eps = 1e-6;
  const next = direction > 0 ? (Math.floor(hours / step + eps) + 1) * step : (Math.ceil(hours / step - eps) - 1) * step;
  return clamp(next, 0, scale.endH);
}

export interface AxisTickHour {
  hours: number;
  /** Lower is more important: kept first when labels would overlap. */
  priority: number;
}

export interface AxisTick extends AxisTickHour {
  /** "Day 7" in English: formatWhen in the active language. */
  label: string;
}

/** Labelled ticks under the track (the list): hours first, then days to six months. */
export const AXIS_TICK_HOURS: readonly AxisTickHour[] = [
  { hours: 1, priority: 2 },
  { hours: 6, priority: 1 },
  { hours: 24, priority: 0 },
  { hours: 48, priority: 3 },
  { hours: 7 * 24, priority: 0 },
  { hours: 14 * 24, priority: 3 },
  { hours: 28 * 24, priority: 1 },
  { hours: 90 * 24, priority: 2 },
  { hours: 180 * 24, priority: 0 },
];

/** The axis ticks with their labels in the active language ("1 h", "6 h", "Day 1" … "Day 180" in English). */
export function axisTicks(): AxisTick[] {
  return AXIS_TICK_HOURS.map((tick) => ({ ...tick, label: formatWhen(tick.hours) }));
}

export interface PlacedLabel<T> {
  item: T;
  /** The tick's position, px from the track's start. */
  centerPx: number;
  /** Where the label starts, px from the track's start (centred on the tick, shifted inwards at the ends). */
  startPx: number;
}

/**
 * Chooses which labels to show on a track `widthPx` wide so that none overlap: labels are placed in priority order
 * (then left to right) and one is skipped when it would come closer than `gapPx` to a label already placed or run
 * past the track's ends. `widthOf` estimates a label's width, px. Returns the kept labels left to right.
 */
export function placeLabels<T extends { hours: number; priority: number }>(
  items: readonly T[],
  scale: TimeScale,
  widthPx: number,
  widthOf: (item: T) => number,
  gapPx = 6,
): PlacedLabel<T>[] {
  const placed: { item: T; centerPx: number; from: number; to: number }[] = [];
  const order = items
    .filter((it) => it.hours >= 0 && it.hours <= scale.endH)
    .sort((a, b) => a.priority - b.priority || a.hours - b.hours);
  for (const item of order) {
    const centerPx = scale.toFraction(item.hours) * widthPx;
    const half = widthOf(item) / 2;
    // A label at an end is shifted inwards so that it stays on the track.
    const from = Math.max(0, Math.min(centerPx - half, widthPx - 2 * half));
    const to = from + 2 * half;
    if (to > widthPx + 0.5) continue;
    if (placed.some((p) => from < p.to + gapPx && to > p.from - gapPx)) continue;
    placed.push({ item, centerPx, from, to });
  }
  return placed
    .sort((a, b) => a.centerPx - b.centerPx)
    .map(({ item, centerPx, from }) => ({ item, centerPx, startPx: from }));
}

/** Rough width of a short label in the timeline's small font, px (≈ 0.75rem system-ui: ~6.6 px per character). */
export function estimateLabelWidthPx(text: string, pxPerChar = 6.6): number {
  return Math.ceil(text.length * pxPerChar) + 4;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
