/**
 * The charts' time axis: model hours on a LINEAR axis, with a choice of window — the first day, the first week, or
 * everything so far. Why linear and not the timeline's log-like scale (timeline/timeScale.ts): on a linear axis the
 * slope is the rate and equal distances are equal times, which is what a student reads off a chart; the windows
 * give the first hours and days their detail instead. Ticks in hours up to two days, whole days beyond.
 * Pure functions, no DOM.
 */
import { formatUngrouped } from './chartStrings';

export type TimeRange = 'day' | 'week' | 'all';
export const TIME_RANGES: readonly TimeRange[] = ['day', 'week', 'all'];

/** Window ends, h: the first day (hemostasis, neutrophil influx) and the first week (inflammation, re-covering). */
export const RANGE_END_H: Readonly<Record<Exclude<TimeRange, 'all'>, number>> = { day: 24, week: 168 };

/** The shortest 'all so far' window, h: before a day has passed the axis shows the first day. */
export const MIN_ALL_END_H = 24;

/** Tick steps to choose from, h: hours, then days, weeks and 4-week months. */
const STEPS_H: readonly number[] = [1, 2, 3, 6, 12, 24, 48, 72, 168, 336, 672, 1344, 2016, 4032, 8064];

/** Up to this span the ticks are in hours, above it in days. */
export const HOUR_TICKS_UP_TO_H = 48;

/** Least room per tick label, CSS px (a label like "168 h" or "90 d" at 11 px is ~30 px wide). */
export const MIN_TICK_SPACING_PX = 44;

/** Last hour on the axis for a window, given the rows the main run has (row i = hour i). */
export function windowEndH(range: TimeRange, rows: number): number {
  if (range !== 'all') return RANGE_END_H[range];
  return Math.max(MIN_ALL_END_H, rows - 1);
}

/** Tick step, h: the smallest that leaves MIN_TICK_SPACING_PX per tick (whole days beyond HOUR_TICKS_UP_TO_H). */
export function tickStepH(spanH: number, widthPx: number): number {
  const maxTicks = Math.max(1, Math.floor(widthPx / MIN_TICK_SPACING_PX));
  for (const step of STEPS_H) {
    if (spanH > HOUR_TICKS_UP_TO_H && step < 24) continue;
    if (spanH / step <= maxTicks) return step;
  }
  return STEPS_H[STEPS_H.length - 1]!;
}

/** Tick positions, h: multiples of the step within [minH, maxH]. */
export function timeTicks(minH: number, maxH: number, widthPx: number): number[] {
  const step = tickStepH(maxH - minH, widthPx);
  const ticks: number[] = [];
  for (let t = Math.ceil(minH / step) * step; t <= maxH + 1e-9; t += step) ticks.push(t);
  return ticks;
}

/**
 * A tick's label: "6 h" on an axis spanning up to two days, else "7 d" ("1,5 d" in Spanish). The unit symbols stay
 * h and d in every language: the plot reads left to right everywhere, and the panel's note says what they mean.
 */
export function formatTick(hours: number, spanH: number): string {
  if (spanH <= HOUR_TICKS_UP_TO_H) return `${formatUngrouped(Math.round(hours))} h`;
  return `${formatUngrouped(hours / 24, 1)} d`;
}
