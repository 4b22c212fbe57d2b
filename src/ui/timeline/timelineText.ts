/**
 * Every visible string of the timeline dock, and the pure functions that format model time, speeds and phases
 * (one place, so a later issue can move them to locale files). Model time counts from the first needling session
 * (t = 0); "Day N" is N whole days after it (day 0 is the first 24 h), as the milestone buttons use it.
 */

export const TIMELINE_TEXT = {
  dockLabel: 'Timeline',
  play: 'Play',
  pause: 'Pause',
  playShortcutHint: 'Play or pause: K (while the timeline has focus)',
  speedLabel: 'Speed',
  jumpLabel: 'Jump to',
  sliderLabel: 'Model time',
  sliderHelp:
    'Arrow keys: step (an hour early on, more later). Page Up / Page Down: one day. Shift with Page Up / Page Down: ' +
    'one week. Home / End: start / end.',
  starting: 'Starting the model…',
  notSimulated: 'not simulated yet',
  legendLabel: 'Healing phases',
  sessionsNone: 'No needling sessions (untreated skin).',
  sessionsPrefix: 'Needling sessions at: ',
  phasesPrefix: 'Phases simulated so far: ',
  phasesNone: 'No phases simulated yet.',
} as const;

/** Phase names as the model reports them (workers/engine/metrics.ts PHASES), in healing order. */
export const PHASE_ORDER = ['baseline', 'hemostasis', 'inflammation', 'proliferation', 'remodeling'] as const;
export type PhaseName = (typeof PHASE_ORDER)[number];

/** What the legend says for each phase. */
export const PHASE_LABEL: Record<PhaseName, string> = {
  baseline: 'baseline',
  hemostasis: 'hemostasis',
  inflammation: 'inflammation',
  proliferation: 'proliferation',
  remodeling: 'remodeling',
};

export function isPhaseName(s: string): s is PhaseName {
  return (PHASE_ORDER as readonly string[]).includes(s);
}

/** One formatter for cell counts (no digit grouping: the browser tests read "NNNN cells"). */
const COUNT_FORMAT = new Intl.NumberFormat('en-US', { useGrouping: false });

function splitDays(hours: number): { days: number; h: number } {
  const t = Math.max(0, hours);
  const days = Math.floor(t / 24 + 1e-9);
  return { days, h: Math.max(0, t - days * 24) };
}

/** "Day 2, 4.0 h": the readout (one decimal: the model steps 0.1 h). */
export function formatClock(hours: number): string {
  const { days, h } = splitDays(hours);
  // 23.96 h would round to "24.0 h": show it as the next day's 0.0 h instead.
  if (Number(h.toFixed(1)) >= 24) return `Day ${days + 1}, 0.0 h`;
  return `Day ${days}, ${h.toFixed(1)} h`;
}

/** "Day 3, 4 h": whole hours, for the slider's value text. */
export function formatClockShort(hours: number): string {
  const { days, h } = splitDays(hours);
  const whole = Math.floor(h + 1e-6);
  return `Day ${days}, ${whole} h`;
}

/** The slider's aria-valuetext: "Day 3, 4 h — proliferation phase" (the phase when known). */
export function sliderValueText(hours: number, phase: string | null): string {
  const when = formatClockShort(hours);
  return phase ? `${when} — ${phase} phase` : `${when} — ${TIMELINE_TEXT.notSimulated}`;
}

/** The readout's second line: "proliferation · 14043 cells" (the first is formatClock). */
export function readoutDetails(phase: string, cells: number): string {
  return `${phase} · ${COUNT_FORMAT.format(cells)} cells`;
}

/** The readout as one line: "Day 2, 4.0 h · proliferation · 14043 cells". */
export function readoutText(hours: number, phase: string, cells: number): string {
  return `${formatClock(hours)} · ${readoutDetails(phase, cells)}`;
}

/** While a seek runs: "Going to Day 90…". */
export function seekingText(hours: number): string {
  return `Going to ${formatWhen(hours)}…`;
}

/** A point in time for lists and milestones: "6 h" under a day, else "Day 7" (or "Day 7, 12 h"). */
export function formatWhen(hours: number): string {
  if (hours < 24) return `${Number(hours.toFixed(1))} h`;
  const { days, h } = splitDays(hours);
  const whole = Math.round(h);
  return whole === 0 || whole === 24 ? `Day ${days + (whole === 24 ? 1 : 0)}` : `Day ${days}, ${whole} h`;
}

/** A speed in model time per second: 1 → "1 h/s", 24 → "1 day/s", 72 → "3 days/s", 168 → "1 week/s". */
export function speedLabel(hoursPerSecond: number): string {
  const n = (v: number) => Number(v.toFixed(1));
  if (hoursPerSecond >= 168 && hoursPerSecond % 168 === 0) {
    const w = hoursPerSecond / 168;
    return w === 1 ? '1 week/s' : `${n(w)} weeks/s`;
  }
  if (hoursPerSecond >= 24 && hoursPerSecond % 24 === 0) {
    const d = hoursPerSecond / 24;
    return d === 1 ? '1 day/s' : `${n(d)} days/s`;
  }
  return `${n(hoursPerSecond)} h/s`;
}

/** Label of session marker i (0-based). */
export function sessionLabel(index: number): string {
  return `Session ${index + 1}`;
}

/** Screen-reader list of the sessions: "Needling sessions at: Day 0, Day 28, Day 56." */
export function sessionsSummary(sessionTimesH: readonly number[]): string {
  if (sessionTimesH.length === 0) return TIMELINE_TEXT.sessionsNone;
  return `${TIMELINE_TEXT.sessionsPrefix}${sessionTimesH.map(formatWhen).join(', ')}.`;
}

/** Screen-reader text of the phase bands: "Phases simulated so far: hemostasis from Day 0 to 1 h, …". */
export function phasesSummary(bands: readonly { phase: string; startH: number; endH: number }[]): string {
  if (bands.length === 0) return TIMELINE_TEXT.phasesNone;
  const parts = bands.map((b) => `${b.phase} from ${formatWhen(b.startH)} to ${formatWhen(b.endH)}`);
  return `${TIMELINE_TEXT.phasesPrefix}${parts.join('; ')}.`;
}
