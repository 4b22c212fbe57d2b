/**
 * Safety notes for a scenario: which contraindications and cautions apply to the resolved parameters, and for
 * each, in plain words, why clinical guidance lists it, what the model does and cannot show about it, and who
 * decides. Only what the evidence base supports (EVIDENCE.md §2a, §2f, §5, §7 and the schema's sources): no
 * clinical rule is made up here. The simulation still runs in every case; the note says what it cannot tell.
 *
 * Pure data from parameters (no React), so the rules are unit-tested (test/unit/safetyNotes.test.ts). The words are
 * in the locale files (namespace safety, notes.<key>), read when the notes are built: in the active language.
 */
import type { Params } from '../../../workers/protocol';
import { formatNumber, t } from '../../i18n';

/**
 * contraindication: clinical guidance lists it as a reason not to needle.
 * caution: outside what the evidence covers (not a rule; the model extrapolates).
 */
export type SafetySeverity = 'contraindication' | 'caution';

export type SafetyNoteId =
  | 'active_acne_or_infection'
  | 'keloid_tendency'
  | 'diabetes'
  | 'isotretinoin'
  | 'eczema'
  | 'needle_over_1_5_mm'
  | 'interval_under_7_days';

export interface SafetyNote {
  id: SafetyNoteId;
  severity: SafetySeverity;
  heading: string;
  /** Why clinical guidance (or the evidence) flags it. */
  why: string;
  /** What the model includes of it, and what it cannot show. */
  model: string;
  /** Who decides. */
  decision: string;
  /** Where it comes from (EVIDENCE.md section and source). */
  source: string;
}

/**
 * Longest needle covered by a safety evaluation in the evidence base: the FDA De Novo review of SkinPen
 * (DEN160029) did not evaluate safety above 1.5 mm (EVIDENCE §2a; the needle_length_mm schema source).
 */
export const EVALUATED_NEEDLE_MAX_MM = 1.5;
/**
 * Shortest interval used in a trial in the evidence base: weekly (Dhurat 2013, EVIDENCE §2d). Shorter intervals
 * are allowed for home rollers, "for which no trial exists" (the interval_days schema source).
 */
export const SHORTEST_TRIAL_INTERVAL_DAYS = 7;

/** Locale keys of the notes (safety:notes.<key>). */
const NOTE_KEYS: Readonly<Record<SafetyNoteId, string>> = {
  active_acne_or_infection: 'activeAcneOrInfection',
  keloid_tendency: 'keloidTendency',
  diabetes: 'diabetes',
  isotretinoin: 'isotretinoin',
  eczema: 'eczema',
  needle_over_1_5_mm: 'needleOver15mm',
  interval_under_7_days: 'intervalUnder7Days',
};

/** Factors and lengths as the schema steps them (0.25 mm, 0.5×): up to two decimals, in the locale's notation. */
const VALUE_DIGITS = 2;
const num = (value: number) => formatNumber(value, VALUE_DIGITS);

/** One note in the active language; `values` fill the placeholders of its heading, why and model texts. */
function note(id: SafetyNoteId, severity: SafetySeverity, values: Record<string, unknown> = {}): SafetyNote {
  const key = `safety:notes.${NOTE_KEYS[id]}`;
  return {
    id,
    severity,
    heading: t(`${key}.heading`, values),
    why: t(`${key}.why`, values),
    model: t(`${key}.model`, values),
    decision: t('safety:decision'),
    source: t(`${key}.source`),
  };
}

/** The notes that apply to a scenario, contraindications first, in a stable order. Empty: show nothing. */
export function safetyNotes(p: Params): SafetyNote[] {
  const notes: SafetyNote[] = [];
  if (p.active_acne_or_infection) notes.push(note('active_acne_or_infection', 'contraindication'));
  if (p.keloid_tendency) {
    const factors = { collagenFactor: num(p.keloid_collagen_factor), tgfFactor: num(p.keloid_tgf_beta_factor) };
    notes.push(note('keloid_tendency', 'contraindication', factors));
  }
  if (p.diabetes) {
    const factors = {
      tnfFactor: num(p.diabetes_tnf_factor),
      tgfFactor: num(p.diabetes_tgf_beta_factor),
      sproutFactor: num(p.diabetes_sprouting_factor),
    };
    notes.push(note('diabetes', 'contraindication', factors));
  }
  if (p.isotretinoin) notes.push(note('isotretinoin', 'contraindication'));
  if (p.eczema) notes.push(note('eczema', 'contraindication'));
  if (p.needle_length_mm > EVALUATED_NEEDLE_MAX_MM) {
    const values = { length: num(p.needle_length_mm), max: num(EVALUATED_NEEDLE_MAX_MM) };
    notes.push(note('needle_over_1_5_mm', 'caution', values));
  }
  if (p.sessions > 1 && p.interval_days < SHORTEST_TRIAL_INTERVAL_DAYS) {
    // count picks the plural form ("1 day", "3 days"; Arabic's six forms); days is the number as written.
    const values = { count: p.interval_days, days: num(p.interval_days), min: num(SHORTEST_TRIAL_INTERVAL_DAYS) };
    notes.push(note('interval_under_7_days', 'caution', values));
  }
  return notes;
}
