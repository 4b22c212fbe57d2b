/**
 * Every visible string of the charts panel, in one place (a later issue moves them to locale files). Templates are
 * functions of whole values, so a translation can reorder words without string concatenation elsewhere.
 */
import type { TimeRange } from './timeAxis';

export const CHART_STRINGS = {
  panelHeading: 'Charts',
  intro: 'The model’s records, hour by hour: a typical simulated block of skin, not a forecast for a person.',
  rangeGroup: 'Time shown',
  ranges: { day: 'First day', week: 'First week', all: 'All so far' } satisfies Record<TimeRange, string>,
  timeAxisNote: 'Time since the first session (h = hours, d = days). The white line is the moment on screen.',
  noData: 'No data yet: press play or move the timeline.',
  tableShow: 'Show numbers as a table',
  tableHide: 'Hide the table',
  tableTime: 'Time',
  tableRangeNote: (seeds: number) => `In brackets: the range over ${seeds} seeds, where computed.`,
  tableRange: (low: string, high: string) => `(${low}–${high})`,
  tableCaption: (title: string, unit: string) => `${title} (${unitInWords(unit)})`,
  legendLabel: 'Legend',
  noSerum: 'No serum in this scenario: choose a topical serum in Treatment to see its delivery.',
  differenceTitle: (measure: string) => `A compared with B: ${measure}`,
  differenceMetric: 'Measure',
  differenceB: { untreated: 'B is the same skin, never needled.', custom: 'B is the variant: A with B’s changes.' },
  differenceA: 'A (this scenario)',
  differenceBLine: 'B',
  differenceDelta: 'A − B (lower chart)',
  differenceWaiting: 'Waiting for scenario B’s first rows…',
  summaryNone: (label: string) => `${label}: no data yet.`,
  summary: (label: string, now: string, nowAt: string, peak: string, peakAt: string) =>
    `${label}: ${now} at ${nowAt}; highest ${peak} at ${peakAt}.`,
  summaryRange: (low: string, high: string) => `Range over the seeds at that time: ${low} to ${high}.`,
  differenceSummary: (a: string, b: string, delta: string, at: string, largest: string, largestAt: string) =>
    `At ${at}: A ${a}, B ${b}, A − B ${delta}. Largest difference ${largest} at ${largestAt}.`,
  ensemble: {
    waiting: (seeds: number) => `Shaded: range over ${seeds} seeds (starts in a few seconds).`,
    running: (seeds: number, day: string, done: number, runs: number, horizon: string) =>
      `Shaded: range over ${seeds} seeds (computed to ${day}; computing to ${horizon}: ${done} of ${runs} runs done).`,
    starting: (seeds: number, done: number, runs: number, horizon: string) =>
      `Shaded: range over ${seeds} seeds (computing to ${horizon}: ${done} of ${runs} runs done).`,
    done: (seeds: number, day: string) => `Shaded: range over ${seeds} seeds (computed to ${day}).`,
    paused: (seeds: number, day: string) =>
      `Shaded: range over ${seeds} seeds (computed to ${day}; paused while the page is hidden).`,
    failed: (message: string) => `The range over other seeds could not be computed: ${message}`,
    why: 'Each seed is another random block with the same settings: the shading is what chance alone changes.',
  },
} as const;

/** A unit for captions: the contract's short forms spelled out. */
export function unitInWords(unit: string): string {
  if (unit === 'relative') return '× before; 1 = before';
  if (unit === '0–1') return 'scale 0–1';
  return unit;
}

/** Model time for text: "5 h" in the first day, then "day 3, 5 h" (day 0 is the first 24 h, as the timeline). */
export function formatHours(hours: number): string {
  const h = Math.round(hours);
  if (h < 24) return `${h} h`;
  return `day ${Math.floor(h / 24)}, ${h % 24} h`;
}

/** "day 7" for a whole-day time, else formatHours. */
export function formatDay(hours: number): string {
  return hours % 24 === 0 ? `day ${hours / 24}` : formatHours(hours);
}
