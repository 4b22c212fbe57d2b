/**
 * The patient's aftercare timeline, as pure functions of the SIMULATED run: for the days a person asks about
 * (day 1, 3, 7, 28 after the treatment), what the model's skin looks like — redness, barrier, the needle channels —
 * and the sun-protection advice that follows from it. General guidance from an educational model, never a promise:
 * the caveat goes with every card set (AftercarePanel.tsx), and nothing here names an outcome of the treatment.
 *
 * Thresholds are on the model's own metrics (docs/model.md §7); each is documented where defined. With the reference
 * scenario (1.5 mm pen on the cheek, skin type III) they read: day 1 clearly red, barrier recovering, channels
 * closing, extra sun care; day 3 fading, barrier restored, channels closed, still extra sun care; day 7 and 28 back to
 * normal, daily sun protection.
 *
 * The words are in the locale files (namespace `aftercare`), keyed by the levels below.
 */
import { formatNumber, t } from '../../i18n';

/** Days after the (first) treatment session that get a card: the questions patients ask (issue 6). */
export const AFTERCARE_DAYS: readonly number[] = [1, 3, 7, 28];

/**
 * Redness (`erythema`, 0–1 index = D/(D + K) of the papillary mediator drive, §5.10). "Clearly red" from 0.1: 40 % of
 * the reference peak (≈ 0.25 at 6 h), so day 1 reads like the "red like sunburn for 24–48 h" of EVIDENCE §2f; "back to
 * normal" below 0.02: under 10 % of that peak, past T9's "below 20 % of the peak within 72 h".
 */
export const REDNESS_CLEARLY_RED_FROM = 0.1;
export const REDNESS_NORMAL_BELOW = 0.02;

/**
 * Barrier (`barrier`, 1 = intact, a water-loss proxy, §5.6). "Open" below 0.9: T4's mark of a working barrier (≥ 0.9
 * by 72 h at every needle length); "restored" from 0.99: within 1 % of intact skin (TEWL back to baseline).
 */
export const BARRIER_OPEN_BELOW = 0.9;
export const BARRIER_RESTORED_FROM = 0.99;

/**
 * Channels (`channel_patency`, fraction of the latest session's lumen still open, §5.7). "Mostly open" from 0.5
 * (before the first half-closure, 12–30 h in T5); "closed" below 0.1 (T5: below 0.1 by 72 h).
 */
export const CHANNELS_MOSTLY_OPEN_FROM = 0.5;
export const CHANNELS_CLOSED_BELOW = 0.1;

/**
 * Pigmentation risk (`pigment_risk`, the probability of post-inflammatory hyperpigmentation after the course so far,
 * §5.12, calibrated to 17 % of types IV–V after five 1.5 mm sessions, Dogra 2014, EVIDENCE §2f). Raised from 2.5 %:
 * between the reference type III session (≈ 2 %) and type IV's (≈ 3 %), so the skin types where PIH is documented
 * read as raised.
 */
export const PIGMENT_RAISED_FROM = 0.025;
/** Fitzpatrick types from which the darker-skin note is always shown (Dogra 2014: types IV–V). */
export const DARKER_SKIN_FROM_TYPE = 4;

export type RednessLevel = 'clearly-red' | 'fading' | 'normal';
export type BarrierLevel = 'open' | 'recovering' | 'restored';
export type ChannelsLevel = 'mostly-open' | 'closing' | 'closed';
export type SunLevel = 'extra-care' | 'daily';

export function rednessLevel(erythema: number): RednessLevel {
  if (erythema >= REDNESS_CLEARLY_RED_FROM) return 'clearly-red';
  return erythema >= REDNESS_NORMAL_BELOW ? 'fading' : 'normal';
}

export function barrierLevel(barrier: number): BarrierLevel {
  if (barrier < BARRIER_OPEN_BELOW) return 'open';
  return barrier >= BARRIER_RESTORED_FROM ? 'restored' : 'recovering';
}

export function channelsLevel(patency: number): ChannelsLevel {
  if (patency >= CHANNELS_MOSTLY_OPEN_FROM) return 'mostly-open';
  return patency >= CHANNELS_CLOSED_BELOW ? 'closing' : 'closed';
}

/**
 * Sun protection is always advised; extra care while the barrier is not restored, the skin is still red (in the model
 * the same inflammation signal drives the pigment index, §5.12), or the pigment risk is raised.
 */
export function sunLevel(sample: AftercareSample): SunLevel {
  const extra =
    sample.barrier < BARRIER_RESTORED_FROM ||
    sample.erythema >= REDNESS_NORMAL_BELOW ||
    sample.pigmentRisk >= PIGMENT_RAISED_FROM;
  return extra ? 'extra-care' : 'daily';
}

/** The metrics one card reads, at its hour. */
export interface AftercareSample {
  erythema: number;
  barrier: number;
  patency: number;
  pigmentRisk: number;
}

export interface AftercareCard {
  day: number;
  /** Model hour the card reads (the day, or the hour before a session due that day). */
  hour: number;
  title: string;
  /** null: the model has not reached that hour yet. */
  rows: { id: 'redness' | 'barrier' | 'sun' | 'channels'; label: string; level: string; text: string[] }[] | null;
  notes: string[];
}

/**
 * The model hour a day's card reads. A later session due exactly that day (e.g. day 28 with 4-weekly sessions) would
 * show fresh channels, so the card reads the hour before it and says why.
 */
export function cardHour(day: number, sessionTimesH: readonly number[]): { hour: number; sessionToday: number | null } {
  const hour = day * 24;
  const k = sessionTimesH.findIndex((t, i) => i > 0 && Math.abs(t - hour) < 0.5);
  return k < 0 ? { hour, sessionToday: null } : { hour: hour - 1, sessionToday: k + 1 };
}

export function aftercareCard(
  day: number,
  sample: AftercareSample | null,
  fitzpatrick: number,
  sessionToday: number | null,
  hour: number,
): AftercareCard {
  const title = t('aftercare:day', { day: formatNumber(day, 0) });
  const notes: string[] = [];
  if (sessionToday !== null) notes.push(t('aftercare:sessionToday', { k: formatNumber(sessionToday, 0) }));
  if (!sample) {
    return { day, hour, title, rows: null, notes: [t('aftercare:pending', { day: formatNumber(day, 0) }), ...notes] };
  }
  const redness = rednessLevel(sample.erythema);
  const barrier = barrierLevel(sample.barrier);
  const channels = channelsLevel(sample.patency);
  const sun = sunLevel(sample);
  const sunText: string[] = [t(`aftercare:sun.${sun}`)];
  if (sample.barrier < BARRIER_RESTORED_FROM) sunText.push(t('aftercare:sunWhy.barrier'));
  if (sample.erythema >= REDNESS_NORMAL_BELOW) sunText.push(t('aftercare:sunWhy.redness'));
  if (sample.pigmentRisk >= PIGMENT_RAISED_FROM) sunText.push(t('aftercare:sunWhy.pigment'));
  if (fitzpatrick >= DARKER_SKIN_FROM_TYPE) sunText.push(t('aftercare:darkerSkin'));
  // Closing channels under a surface that has already sealed: say so, as the narrative does (narrativeText.ts).
  const channelsKey = channels === 'closing' && sample.barrier >= BARRIER_OPEN_BELOW ? 'closingSealed' : channels;
  return {
    day,
    hour,
    title,
    notes,
    rows: [
      { id: 'redness', label: t('aftercare:rows.redness'), level: redness, text: [t(`aftercare:redness.${redness}`)] },
      { id: 'barrier', label: t('aftercare:rows.barrier'), level: barrier, text: [t(`aftercare:barrier.${barrier}`)] },
      { id: 'sun', label: t('aftercare:rows.sun'), level: sun, text: sunText },
      {
        id: 'channels',
        label: t('aftercare:rows.channels'),
        level: channels,
        text: [t(`aftercare:channels.${channelsKey}`)],
      },
    ],
  };
}

/** Metric keys a card reads (the metrics contract), in AftercareSample order. */
export const AFTERCARE_METRICS = {
  erythema: 'erythema',
  barrier: 'barrier',
  patency: 'channel_patency',
  pigmentRisk: 'pigment_risk',
} as const;

/** The sample at a row of hourly columns, or null when the row is missing or incomplete. */
export function sampleAt(column: (key: string) => ArrayLike<number> | undefined, hour: number): AftercareSample | null {
  const read = (key: string) => {
    const values = column(key);
    const v = values && hour < values.length ? values[hour] : undefined;
    return v !== undefined && Number.isFinite(v) ? v : null;
  };
  const erythema = read(AFTERCARE_METRICS.erythema);
  const barrier = read(AFTERCARE_METRICS.barrier);
  const patency = read(AFTERCARE_METRICS.patency);
  const pigmentRisk = read(AFTERCARE_METRICS.pigmentRisk);
  if (erythema === null || barrier === null || patency === null || pigmentRisk === null) return null;
  return { erythema, barrier, patency, pigmentRisk };
}
