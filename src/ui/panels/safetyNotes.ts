/**
 * Safety notes for a scenario: which contraindications and cautions apply to the resolved parameters, and for
 * each, in plain words, why clinical guidance lists it, what the model does and cannot show about it, and who
 * decides. Only what the evidence base supports (EVIDENCE.md §2a, §2f, §5, §7 and the schema's sources): no
 * clinical rule is made up here. The simulation still runs in every case; the note says what it cannot tell.
 *
 * Pure data from parameters (no React), so the rules are unit-tested (test/unit/safetyNotes.test.ts). All visible
 * text is in NOTE_TEXT below, one place, for the later move to locale files.
 */
import type { Params } from '../../../workers/protocol';

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

const CLINICIAN = 'A clinician who knows the person decides whether and when to treat.';

/** Every visible string of the notes. Functions take the values they quote (for later translation). */
export const NOTE_TEXT = {
  active_acne_or_infection: {
    heading: 'Active acne, infection or herpes',
    why:
      'Clinical guidance lists active acne, a local infection or herpes at the treated site as a reason not to ' +
      'needle (with a history of herpes, antiviral cover is advised first).',
    model:
      'The model has no bacteria, viruses or acne: it cannot show these risks, such as an infection spreading ' +
      'along the channels, and heals the skin as if it were clear.',
    source: 'Minutilli, J Drugs Dermatol 2024 (EVIDENCE §2f)',
  },
  keloid_tendency: {
    heading: 'Keloid or raised-scar tendency',
    why:
      'Clinical guidance lists a tendency to keloids as a reason not to needle: the injury may start a raised ' +
      'scar.',
    model: (collagenFactor: number, tgfFactor: number) =>
      `The model includes part of this: ${collagenFactor}× the collagen per fibroblast and ${tgfFactor}× the ` +
      'TGF-β (direction measured, size assumed). It cannot tell whether a keloid or raised scar would form: ' +
      'they grow over months and are not simulated.',
    source: 'Minutilli, J Drugs Dermatol 2024 (EVIDENCE §2f); Diegelmann 1979, Wang 2000 (EVIDENCE §5)',
  },
  diabetes: {
    heading: 'Diabetes',
    why:
      'Uncontrolled diabetes is a contraindication in typical clinic lists; controlled diabetes needs medical ' +
      'advice before needling.',
    model: (tnfFactor: number, tgfFactor: number, vegfFactor: number) =>
      `The model includes the slower healing measured in diabetic mice (${tnfFactor}× inflammatory signal, ` +
      `${tgfFactor}× TGF-β, ${vegfFactor}× VEGF): inflammation lasts longer, new vessels and collagen lag. It ` +
      'cannot tell controlled from uncontrolled diabetes and cannot show the risk of infection.',
    source: 'clinic contraindication lists (EVIDENCE §2f, low confidence); Michaels 2007, Mi 2007 (EVIDENCE §5)',
  },
  isotretinoin: {
    heading: 'Recent isotretinoin',
    why:
      'Clinic contraindication lists include isotretinoin taken in recent months. The waiting times quoted (3, 6 ' +
      'or 12 months) are a convention without primary evidence.',
    model:
      'The model does not include isotretinoin: it cannot show whether healing would be slower or scarring ' +
      'more likely.',
    source: 'clinic contraindication lists (EVIDENCE §2f and §7, low confidence)',
  },
  eczema: {
    heading: 'Eczema, psoriasis or rosacea',
    why: 'Clinic contraindication lists include an inflammatory skin disease at the treated site.',
    model:
      'The model does not include these diseases: it cannot show a flare or slower healing, and heals the skin ' +
      'as if it were healthy.',
    source: 'clinic contraindication lists (EVIDENCE §2f, low confidence)',
  },
  needle_over_1_5_mm: {
    heading: (lengthMm: number) => `Needle ${lengthMm} mm: beyond the evaluated depth`,
    why:
      `The FDA review of one pen (SkinPen) did not evaluate safety above ${EVALUATED_NEEDLE_MAX_MM} mm, although ` +
      'needles up to 2.5 mm are in use.',
    model:
      'The model shows the deeper channels and how they heal; it cannot judge whether a depth is safe for a ' +
      'person.',
    source: 'FDA De Novo DEN160029 (EVIDENCE §2a); depths in use 0.25–2.5 mm (EVIDENCE §2d)',
  },
  interval_under_7_days: {
    heading: (days: number) => `Sessions ${days} days apart: no trial this close`,
    why:
      `The trials in the evidence base repeat sessions ${SHORTEST_TRIAL_INTERVAL_DAYS} days apart or more; ` +
      'home-roller routines that are more frequent have not been studied.',
    model:
      'The model re-injures skin that is still healing and shows what its rules predict, but no measurement ' +
      'checks it at this spacing.',
    source: 'Dhurat 2013 and other protocols (EVIDENCE §2d); interval_days schema source',
  },
} as const;

/** The notes that apply to a scenario, contraindications first, in a stable order. Empty: show nothing. */
export function safetyNotes(p: Params): SafetyNote[] {
  const notes: SafetyNote[] = [];
  const add = (
    id: SafetyNoteId,
    severity: SafetySeverity,
    heading: string,
    why: string,
    model: string,
    source: string,
  ) => notes.push({ id, severity, heading, why, model, decision: CLINICIAN, source });
  const t = NOTE_TEXT;
  if (p.active_acne_or_infection) {
    const n = t.active_acne_or_infection;
    add('active_acne_or_infection', 'contraindication', n.heading, n.why, n.model, n.source);
  }
  if (p.keloid_tendency) {
    const n = t.keloid_tendency;
    const model = n.model(p.keloid_collagen_factor, p.keloid_tgf_beta_factor);
    add('keloid_tendency', 'contraindication', n.heading, n.why, model, n.source);
  }
  if (p.diabetes) {
    const n = t.diabetes;
    add(
      'diabetes',
      'contraindication',
      n.heading,
      n.why,
      n.model(p.diabetes_tnf_factor, p.diabetes_tgf_beta_factor, p.diabetes_vegf_factor),
      n.source,
    );
  }
  if (p.isotretinoin) {
    const n = t.isotretinoin;
    add('isotretinoin', 'contraindication', n.heading, n.why, n.model, n.source);
  }
  if (p.eczema) {
    const n = t.eczema;
    add('eczema', 'contraindication', n.heading, n.why, n.model, n.source);
  }
  if (p.needle_length_mm > EVALUATED_NEEDLE_MAX_MM) {
    const n = t.needle_over_1_5_mm;
    add('needle_over_1_5_mm', 'caution', n.heading(p.needle_length_mm), n.why, n.model, n.source);
  }
  if (p.sessions > 1 && p.interval_days < SHORTEST_TRIAL_INTERVAL_DAYS) {
    const n = t.interval_under_7_days;
    add('interval_under_7_days', 'caution', n.heading(p.interval_days), n.why, n.model, n.source);
  }
  return notes;
}
