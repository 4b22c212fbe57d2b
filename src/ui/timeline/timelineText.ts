/**
 * The pure functions that word model time, speeds and phases for the timeline dock, in the active language (words
 * in src/i18n/locales/<locale>/timeline.json; English stays exactly as the browser tests read it). Model time counts
 * from the first needling session (t = 0); "Day N" is N whole days after it (day 0 is the first 24 h), as the
 * milestone buttons use it. Every function reads the language when it runs, so a switch shows on the next render.
 */
import { numberLocale, t } from '../../i18n';

/** A phase's name as the legend and readout show it ('proliferation' → "proliferación"); an unknown one as it is. */
export function phaseLabel(phase: string): string {
  return t(`timeline:phase.${phase}`, { defaultValue: phase });
}

/**
 * Formats without digit grouping (the browser tests read "NNNN cells"; day numbers never need it), in the active
 * locale's digits and decimal sign. One formatter per locale and precision, kept: no allocation per call.
 */
const plainFormats = new Map<string, Intl.NumberFormat>();
function plain(value: number, fractionDigits = 0): string {
  const key = `${numberLocale()}|${fractionDigits}`;
  let format = plainFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale(), {
      useGrouping: false,
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    plainFormats.set(key, format);
  }
  return format.format(value);
}

/** Up to one decimal, none when whole (6 → "6", 1.5 → "1.5" / "1,5"). */
function upToOneDecimal(value: number): string {
  const rounded = Number(value.toFixed(1));
  return plain(rounded, Number.isInteger(rounded) ? 0 : 1);
}

function splitDays(hours: number): { days: number; h: number } {
  const time = Math.max(0, hours);
  const days = Math.floor(time / 24 + 1e-9);
  return { days, h: Math.max(0, time - days * 24) };
}

function dayAndHours(days: number, hoursText: string): string {
  return t('timeline:clock', { day: plain(days), hours: hoursText });
}

/** "Day 2, 4.0 h": the readout (one decimal: the model steps 0.1 h). */
export function formatClock(hours: number): string {
  const { days, h } = splitDays(hours);
  // 23.96 h would round to "24.0 h": show it as the next day's 0.0 h instead.
  if (Number(h.toFixed(1)) >= 24) return dayAndHours(days + 1, plain(0, 1));
  return dayAndHours(days, plain(h, 1));
}

/** "Day 3, 4 h": whole hours, for the slider's value text. */
export function formatClockShort(hours: number): string {
  const { days, h } = splitDays(hours);
  return dayAndHours(days, plain(Math.floor(h + 1e-6)));
}

/** The slider's aria-valuetext: "Day 3, 4 h — proliferation phase" (the phase when known). */
export function sliderValueText(hours: number, phase: string | null): string {
  const when = formatClockShort(hours);
  return phase
    ? t('timeline:valueText', { when, phase: phaseLabel(phase) })
    : t('timeline:valueTextNotSimulated', { when });
}

/** The readout's second line: "proliferation · 14043 cells" (the first is formatClock). */
export function readoutDetails(phase: string, cells: number): string {
  return t('timeline:readoutDetails', { phase: phaseLabel(phase), count: cells, cells: plain(cells) });
}

/** The readout as one line: "Day 2, 4.0 h · proliferation · 14043 cells". */
export function readoutText(hours: number, phase: string, cells: number): string {
  return `${formatClock(hours)} · ${readoutDetails(phase, cells)}`;
}

/** While a seek runs: "Going to Day 90…". */
export function seekingText(hours: number): string {
  return t('timeline:seeking', { when: formatWhen(hours) });
}

/** A point in time for lists, milestones and axis labels: "6 h" under a day, else "Day 7" (or "Day 7, 12 h"). */
export function formatWhen(hours: number): string {
  if (hours < 24) return t('timeline:hours', { hours: upToOneDecimal(hours) });
  const { days, h } = splitDays(hours);
  const whole = Math.round(h);
  if (whole === 0 || whole === 24) return t('timeline:day', { day: plain(days + (whole === 24 ? 1 : 0)) });
  return dayAndHours(days, plain(whole));
}

/** A speed in model time per second: 1 → "1 h/s", 24 → "1 day/s", 72 → "3 days/s", 168 → "1 week/s". */
export function speedLabel(hoursPerSecond: number): string {
  const per = (unit: 'weeks' | 'days', count: number) =>
    t(`timeline:speed.${unit}`, { count, value: upToOneDecimal(count) });
  if (hoursPerSecond >= 168 && hoursPerSecond % 168 === 0) return per('weeks', hoursPerSecond / 168);
  if (hoursPerSecond >= 24 && hoursPerSecond % 24 === 0) return per('days', hoursPerSecond / 24);
  return t('timeline:speed.hours', { value: upToOneDecimal(hoursPerSecond) });
}

/** Label of session marker i (0-based): "Session 1". */
export function sessionLabel(index: number): string {
  return t('timeline:sessionLabel', { number: plain(index + 1) });
}

/** Screen-reader list of the sessions: "Needling sessions at: Day 0, Day 28, Day 56." */
export function sessionsSummary(sessionTimesH: readonly number[]): string {
  if (sessionTimesH.length === 0) return t('timeline:sessionsNone');
  const list = sessionTimesH.map(formatWhen).join(t('timeline:listSeparator'));
  return t('timeline:sessionsSummary', { list });
}

/** Screen-reader text of the phase bands: "Phases simulated so far: hemostasis from 0 h to 1 h; …". */
export function phasesSummary(bands: readonly { phase: string; startH: number; endH: number }[]): string {
  if (bands.length === 0) return t('timeline:phasesNone');
  const list = bands
    .map((b) =>
      t('timeline:phaseSpan', { phase: phaseLabel(b.phase), from: formatWhen(b.startH), to: formatWhen(b.endH) }),
    )
    .join(t('timeline:phaseSeparator'));
  return t('timeline:phasesSummary', { list });
}
