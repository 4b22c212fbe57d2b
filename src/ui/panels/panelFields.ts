/**
 * Which schema parameters the treatment and patient panels show, in which section, and when. The controls
 * themselves are generated from each parameter's schema entry (ParamControl); this table only arranges them.
 * Ids are typed (ParamId), so a renamed parameter fails to compile here; a test checks that every parameter of
 * the 'treatment' and 'patient' groups is placed, so a new one cannot silently go missing.
 *
 * Model-group parameters are the evidence panel's, with one exception: the needle density of the chosen device
 * (needles and the geometry that spreads them; issue 6: "needle density where it applies"). Penetration
 * fractions and needle geometry stay in the evidence panel: they are contested model assumptions, not settings.
 */
import type { ParamId, Params } from '../../../workers/protocol';
import { offeredOptions, PARAM_BY_ID } from '../../../workers/protocol';
import type { AppMode } from '../../state/scenarioStore';

export interface FieldSpec {
  id: ParamId;
  /** Shown only when this holds for the side's resolved parameters (absent: always). */
  when?: (p: Params) => boolean;
}

export type SectionId =
  'device' | 'density' | 'sessions' | 'serum' | 'site' | 'health' | 'your-treatment' | 'your-skin';

export interface SectionSpec {
  id: SectionId;
  fields: readonly FieldSpec[];
}

/** Interval only matters between sessions (schema: "no effect when there is one session"). */
const multiSession = (p: Params) => p.sessions > 1;
/** Serum timing only matters when a serum is applied. */
const withSerum = (p: Params) => p.topical !== 'none';

/**
 * Parameters that set punctures per cm² per pass for each device (EVIDENCE §2a; the engine's
 * puncturesPerCm2PerPass in workers/engine/needleDensity.ts uses exactly these).
 */
export const DENSITY_IDS: Readonly<Record<Params['device'], readonly ParamId[]>> = {
  pen: ['pen_needle_count', 'pen_stroke_hz', 'pen_hand_speed_mm_s', 'pen_head_diameter_mm'],
  roller: ['roller_needle_count', 'roller_drum_diameter_mm', 'roller_drum_width_mm'],
  stamp: ['stamp_needle_count', 'stamp_head_diameter_mm'],
};

const DEVICE_FIELDS: readonly FieldSpec[] = [{ id: 'device' }, { id: 'needle_length_mm' }, { id: 'passes' }];
const SESSION_FIELDS: readonly FieldSpec[] = [{ id: 'sessions' }, { id: 'interval_days', when: multiSession }];
const SERUM_FIELDS: readonly FieldSpec[] = [{ id: 'topical' }, { id: 'topical_time_h', when: withSerum }];

/** Density fields for every device, each shown only while its device is chosen. */
const DENSITY_FIELDS: readonly FieldSpec[] = (Object.keys(DENSITY_IDS) as Params['device'][]).flatMap((device) =>
  DENSITY_IDS[device].map((id) => ({ id, when: (p: Params) => p.device === device })),
);

/** Treatment panel, student and educator modes: Device & needles (with density) / Sessions / Serum. */
const TREATMENT_FULL: readonly SectionSpec[] = [
  { id: 'device', fields: DEVICE_FIELDS },
  { id: 'density', fields: DENSITY_FIELDS },
  { id: 'sessions', fields: SESSION_FIELDS },
  { id: 'serum', fields: SERUM_FIELDS },
];

/**
 * Patient mode: few, calm controls (issue 6). The shell shows only the treatment tab there, so skin type sits in
 * the treatment panel.
 */
const TREATMENT_PATIENT: readonly SectionSpec[] = [
  {
    id: 'your-treatment',
    fields: [
      { id: 'device' },
      { id: 'needle_length_mm' },
      { id: 'sessions' },
      { id: 'interval_days', when: multiSession },
    ],
  },
  { id: 'your-skin', fields: [{ id: 'fitzpatrick' }] },
];

/**
 * The skin condition is a choice only once more than one is modelled (issue 17: normal skin and melasma are today). A
 * select with a single option, or a disabled one listing scars and melasma that cannot be chosen, would read to a
 * clinic user as a promise or a fault; the evidence panel lists the parameter with what is modelled.
 */
const conditionChoice = () => offeredOptions(PARAM_BY_ID.condition).length > 1;

/** Patient panel: Site & skin / Health (the conditions behind the safety notes, and smoking). */
export const PATIENT_SECTIONS: readonly SectionSpec[] = [
  {
    id: 'site',
    fields: [
      { id: 'condition', when: conditionChoice },
      { id: 'body_site' },
      { id: 'age_years' },
      { id: 'fitzpatrick' },
    ],
  },
  {
    id: 'health',
    fields: [
      { id: 'smoker' },
      { id: 'diabetes' },
      { id: 'keloid_tendency' },
      { id: 'active_acne_or_infection' },
      { id: 'isotretinoin' },
      { id: 'eczema' },
    ],
  },
];

export function treatmentSections(mode: AppMode): readonly SectionSpec[] {
  return mode === 'patient' ? TREATMENT_PATIENT : TREATMENT_FULL;
}

/** The ids of a section that apply to these parameters, in display order. */
export function visibleIds(section: SectionSpec, params: Params): ParamId[] {
  return section.fields.filter((f) => f.when === undefined || f.when(params)).map((f) => f.id);
}
