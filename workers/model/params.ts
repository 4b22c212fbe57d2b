/**
 * The ONE parameter schema of the model: every input a run depends on, with its unit, range, default, source
 * and evidence level. UI controls, URL parameters, CLI flags (`--set id=value`), the postMessage API and the
 * in-app evidence panel are all generated from {@link PARAM_SCHEMA}; nothing else defines a parameter.
 *
 * Conventions
 * - Ids are snake_case and stable: saved links and scripts use them. Rename only with a migration.
 * - Units are real units (µm, h, days, µm²/h); '' means dimensionless (a fraction or a multiplier).
 * - `min`/`max` are hard limits: {@link validateParams} rejects values outside them, it never clamps.
 *   `step` is the increment a UI control offers; values between steps are valid. `scale: 'log'` asks a UI for
 *   a logarithmic slider (for quantities that span orders of magnitude; such a range starts above 0).
 * - `evidence` grades the DEFAULT value (and, for model parameters, the range):
 *     measured   read from a measurement (EVIDENCE.md confidence H or M; the source names it);
 *     derived    computed from measured values (the source shows the arithmetic);
 *     assumed    a judgement or a value taken from another published model; the source gives the reason and
 *                what it should be calibrated against;
 *     calibrated tuned so the model meets a validation target (TARGETS.md T1–T13); the source names it.
 *   Parameters tuned to meet a target say so ('calibrated') and name the target in `source`.
 *   For the inputs a user chooses (groups 'treatment' and 'patient') the default is the reference scenario of
 *   TARGETS.md, and `evidence` grades the range and options offered: documented in devices and trials
 *   ('measured') or a convenience bound ('assumed'). Their effects are graded on the model parameters that
 *   carry them (e.g. `smoker` acts through `smoker_tissue_oxygen_factor`).
 * - Sources cite EVIDENCE.md (shared/science) by section; its confidence codes (H/M/L) are quoted where they
 *   matter. Marketing claims never appear as values; where one is mentioned it is labelled as a claim.
 *
 * Pure TypeScript: imports only other declarations of workers/model (the engine runs in the worker, Node CLIs and
 * tests alike).
 */
import { CONDITION_OPTIONS } from './conditions';

export type EvidenceLevel = 'measured' | 'derived' | 'assumed' | 'calibrated';
export const EVIDENCE_LEVELS: readonly EvidenceLevel[] = ['measured', 'derived', 'assumed', 'calibrated'];

/** Top-level grouping for UIs: what the user chooses (treatment, patient) vs how the model works. */
export type ParamGroup = 'treatment' | 'patient' | 'model';
export const PARAM_GROUPS: readonly ParamGroup[] = ['treatment', 'patient', 'model'];

/** Finer grouping inside a group, for panels, accordions and the evidence panel. */
export type ParamSection =
  | 'protocol'
  | 'topical'
  | 'patient'
  | 'safety'
  | 'device'
  | 'channel'
  | 'inflammation'
  | 'signals'
  | 'fibroblasts'
  | 'matrix'
  | 'epidermis'
  | 'skin-response'
  | 'vessels'
  | 'patient-factors'
  | 'engine';

interface ParamDefBase {
  /** Stable snake_case identifier (URL, CLI, postMessage, saved links). */
  readonly id: string;
  /** Short human label for a control. */
  readonly label: string;
  /** Unit of the value ('' for dimensionless or categorical). */
  readonly unit: string;
  readonly group: ParamGroup;
  readonly section: ParamSection;
  /** One or two plain sentences: what it means and what it changes in the model. */
  readonly description: string;
  /** Citation text (EVIDENCE.md section and primary source), or 'assumed: …' / 'calibrated: …' with the reason. */
  readonly source: string;
  readonly evidence: EvidenceLevel;
}

export interface NumberParamDef extends ParamDefBase {
  readonly kind: 'number';
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** UI increment (> 0); not a validation constraint. */
  readonly step: number;
  readonly scale: 'linear' | 'log';
}

export interface IntegerParamDef extends ParamDefBase {
  readonly kind: 'integer';
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** UI increment (a positive integer). */
  readonly step: number;
  readonly scale: 'linear' | 'log';
}

export interface BooleanParamDef extends ParamDefBase {
  readonly kind: 'boolean';
  readonly default: boolean;
}

export interface EnumOption {
  /** Exact spelling used in URLs, CLI flags and saved links. */
  readonly value: string;
  readonly label: string;
  /**
   * false: declared but not built in the engine yet (a condition whose starting tissue does not exist yet).
   * Validation rejects it (code 'not_modelled') and UIs do not offer it. Absent: modelled.
   */
  readonly modelled?: boolean;
}

export interface EnumParamDef extends ParamDefBase {
  readonly kind: 'enum';
  readonly default: string;
  readonly options: readonly EnumOption[];
}

export type ParamDef = NumberParamDef | IntegerParamDef | BooleanParamDef | EnumParamDef;
export type ParamKind = ParamDef['kind'];

/**
 * The schema, in display order. `as const` keeps every id and enum value as a literal type, from which
 * {@link Params} is derived; `satisfies` checks each entry against {@link ParamDef}.
 */
export const PARAM_SCHEMA = [
  // ───────────────────────────── treatment: what the practitioner chooses ─────────────────────────────
  {
    id: 'device',
    kind: 'enum',
    label: 'Device',
    unit: '',
    group: 'treatment',
    section: 'protocol',
    default: 'pen',
    options: [
      { value: 'pen', label: 'Pen (motorised)' },
      { value: 'roller', label: 'Roller' },
      { value: 'stamp', label: 'Stamp' },
    ],
    description:
      'The needling device. It sets the puncture pattern (a pen stamps its needle cluster many times a second ' +
      'while moved over the skin, a roller rolls a drum of needles, a stamp is pressed by hand) and how much of ' +
      'the nominal needle length actually enters the skin.',
    source:
      'EVIDENCE §2a: Dermapen (Sasaki 2012), SkinPen (FDA De Novo DEN160029), Dermaroller MF8 (Schwarz & ' +
      'Laaff, Plast Reconstr Surg 2011;127:146e); penetration by device §2b',
    evidence: 'measured',
  },
  {
    id: 'needle_length_mm',
    kind: 'number',
    label: 'Needle length',
    unit: 'mm',
    group: 'treatment',
    section: 'protocol',
    default: 1.5,
    min: 0.25,
    max: 2.5,
    step: 0.25,
    scale: 'linear',
    description:
      'Nominal needle length set on the device. The depth actually reached is this times the device’s ' +
      'penetration fraction; it decides which layers are injured (bleeding needs the papillary capillaries).',
    source:
      'Device ranges 0.25–2.5 mm: Dermapen (Sasaki 2012), SkinPen 0–2.5 mm in 0.25 mm steps (FDA DEN160029; ' +
      'safety above 1.5 mm not evaluated). Default 1.5 mm: median depth for acne scars (Harris, Naidoo & ' +
      'Murrell, Int J Womens Dermatol 2015). EVIDENCE §2a, §2d',
    evidence: 'measured',
  },
  {
    id: 'passes',
    kind: 'integer',
    label: 'Passes',
    unit: '',
    group: 'treatment',
    section: 'protocol',
    default: 1,
    min: 1,
    max: 20,
    step: 1,
    scale: 'linear',
    description:
      'Times the device is moved over the area in one session. Each pass adds punctures: about 15 per cm² for ' +
      'a roller, far more for a pen (set by its stroke rate, needle count and hand speed).',
    source:
      'Roller technique "15 passes ≈ 250 holes/cm²" (Singh & Yadav, Indian Dermatol Online J 2016; EVIDENCE ' +
      '§2a, M). Default 1 = the reference scenario’s single pass pattern (TARGETS.md). assumed: upper bound 20 ' +
      'covers the 15-pass roller technique',
    evidence: 'assumed',
  },
  {
    id: 'sessions',
    kind: 'integer',
    label: 'Sessions',
    unit: '',
    group: 'treatment',
    section: 'protocol',
    default: 1,
    min: 1,
    max: 12,
    step: 1,
    scale: 'linear',
    description:
      'Number of treatment sessions. Each session needles the same area again, re-injuring tissue that is ' +
      'still remodelling from the previous one.',
    source:
      'EVIDENCE §2d: 3–6 sessions in acne-scar and photoaging trials (Harris 2015; Alam 2014; Dogra 2014; ' +
      'Ablon 2018; El-Domyati 2015), 12 weekly sessions for hair loss (Dhurat 2013)',
    evidence: 'measured',
  },
  {
    id: 'interval_days',
    kind: 'number',
    label: 'Interval between sessions',
    unit: 'days',
    group: 'treatment',
    section: 'protocol',
    default: 28,
    min: 1,
    max: 90,
    step: 1,
    scale: 'linear',
    description:
      'Days from the start of one session to the start of the next. Shorter intervals needle tissue that is ' +
      'still inflamed; it has no effect when there is one session.',
    source:
      'EVIDENCE §2d: 7 days (Dhurat 2013), 14 days (Alam 2014; El-Domyati 2015), 28–30 days (Harris 2015; ' +
      'Ablon 2018); 4 weeks preferred over 2 (Minutilli 2024). assumed: intervals under 7 days are allowed ' +
      'for home rollers, for which no trial exists',
    evidence: 'assumed',
  },
  {
    id: 'topical',
    kind: 'enum',
    label: 'Topical serum',
    unit: '',
    group: 'treatment',
    section: 'topical',
    default: 'none',
    options: [
      { value: 'none', label: 'None' },
      { value: 'hyaluronic-acid', label: 'Hyaluronic acid' },
      { value: 'vitamin-c', label: 'Vitamin C' },
      { value: 'prp', label: 'Platelet-rich plasma (PRP)' },
      { value: 'growth-factor-serum', label: 'Growth-factor serum' },
      { value: 'minoxidil', label: 'Minoxidil' },
      { value: 'tranexamic-acid', label: 'Tranexamic acid' },
    ],
    description:
      'Serum applied to the skin after each session. Only what passes through still-open channels reaches the ' +
      'dermis, so delivery falls as the channels close; PRP and growth-factor serums add growth factors there, ' +
      'and tranexamic acid calms the melanocytes and the vessels of melasma.',
    source:
      'EVIDENCE §2e: microneedling + PRP vs alone OR 2.97 for >50 % improvement (Kang & Lu, Front Med 2021, ' +
      'meta-analysis); vitamins A/C with needling in rat (Aust 2011); minoxidil with needling (Dhurat 2013); tranexamic acid ' +
      'with needling in melasma (Budamakuntla 2013). ' +
      'assumed: hyaluronic acid and growth-factor serums are common practice without outcome data in EVIDENCE',
    evidence: 'assumed',
  },
  {
    id: 'topical_time_h',
    kind: 'number',
    label: 'Serum applied after',
    unit: 'h',
    group: 'treatment',
    section: 'topical',
    default: 0,
    min: 0,
    max: 24,
    step: 0.5,
    scale: 'linear',
    description:
      'Hours after each session at which the serum is applied (0 = straight after needling). Later application ' +
      'finds fewer channels open.',
    source:
      'Lumen closure half-life 20–26 h in humans (PMC8259462); ink applied before the pen went deeper than ink ' +
      'applied after (Dermatol Surg 2020). EVIDENCE §2b–2c. assumed: the range stops at 24 h, by which most ' +
      'channels have closed',
    evidence: 'assumed',
  },

  // ───────────────────────────── patient ─────────────────────────────
  {
    id: 'condition',
    kind: 'enum',
    label: 'Skin condition',
    unit: '',
    group: 'patient',
    section: 'patient',
    default: 'normal',
    options: CONDITION_OPTIONS,
    description:
      'The condition the skin is treated for. It decides the starting tissue built in the block before the first ' +
      'session: normal skin, an acne scar’s depression and bands, photoaged dermis, melasma pigment, the thin ' +
      'dermis of a stretch mark or the follicles of thinning scalp. Only conditions whose tissue is built are ' +
      'offered; the others are rejected until then.',
    source:
      'Conditions and their starting tissue: shared/science/INDICATIONS.md (Jacob 2001 acne scar types; Branchet ' +
      '1990 and Varani 2006 photoaging; Kang 2002 melasma; Zheng 1985 striae; Barman 1965 scalp hair). Each ' +
      'condition’s record with its sources: workers/model/conditions.ts',
    evidence: 'measured',
  },
  {
    id: 'body_site',
    kind: 'enum',
    label: 'Body site',
    unit: '',
    group: 'patient',
    section: 'patient',
    default: 'cheek',
    options: [
      { value: 'cheek', label: 'Cheek' },
      { value: 'forehead', label: 'Forehead' },
      { value: 'neck', label: 'Neck' },
      { value: 'back', label: 'Back' },
      { value: 'abdomen', label: 'Abdomen' },
      { value: 'scalp', label: 'Scalp' },
    ],
    description:
      'Where on the body the treatment is done. It sets the layer geometry: thickness of epidermis, papillary ' +
      'and reticular dermis, and the depth of the capillary loops and plexus.',
    source:
      'Layer thicknesses per site, EVIDENCE §1a–1b: Chopra 2015, Iyengar 2018, Selçuk Med J (face); ' +
      'Sandby-Møller 2003; Oltulu 2018 (body; per-site values for back and abdomen not seen, M)',
    evidence: 'measured',
  },
  {
    id: 'age_years',
    kind: 'number',
    label: 'Age',
    unit: 'years',
    group: 'patient',
    section: 'patient',
    default: 35,
    min: 18,
    max: 90,
    step: 1,
    scale: 'linear',
    description:
      'Patient age. Older skin makes less procollagen per fibroblast, its fibroblasts divide more slowly and it ' +
      're-epithelialises more slowly (see age_procollagen_reduction_80, age_fibroblast_proliferation_reduction_80 ' +
      'and age_reepithelialisation_delay_days).',
    source:
      'Age effects measured over 18–80+ years: Varani 2006 (18–29 vs 80+), Holt 1992 (18–55 vs >65); ' +
      'EVIDENCE §5. Default 35 = reference scenario (TARGETS.md)',
    evidence: 'measured',
  },
  {
    id: 'fitzpatrick',
    kind: 'integer',
    label: 'Skin type (Fitzpatrick)',
    unit: '',
    group: 'patient',
    section: 'patient',
    default: 3,
    min: 1,
    max: 6,
    step: 1,
    scale: 'linear',
    description:
      'Skin phototype, I (always burns, never tans) to VI (never burns). Darker types raise the risk index for ' +
      'post-inflammatory hyperpigmentation; in the model it does not change healing speed.',
    source:
      'Fitzpatrick phototype scale. PIH in 17 % of type IV–V patients after a 1.5 mm roller (Dogra 2014); pen ' +
      'efficacy the same across types (von Dalwig-Nolda 2020). EVIDENCE §2f, §5',
    evidence: 'measured',
  },
  {
    id: 'smoker',
    kind: 'boolean',
    label: 'Smoker',
    unit: '',
    group: 'patient',
    section: 'patient',
    default: false,
    description:
      'Current smoker (about 20 cigarettes a day in the studies). Lowers the oxygen in the skin, the recruitment ' +
      'of macrophages and the division of fibroblasts (smoker_tissue_oxygen_factor, smoker_macrophage_factor, ' +
      'smoker_fibroblast_proliferation_factor); less collagen follows.',
    source: 'Jorgensen et al., Surgery 1998; Sørensen et al., Surgery 2010 and Wound Repair Regen 2010. EVIDENCE §5',
    evidence: 'measured',
  },
  {
    id: 'diabetes',
    kind: 'boolean',
    label: 'Diabetes',
    unit: '',
    group: 'patient',
    section: 'patient',
    default: false,
    description:
      'Diabetes mellitus. Raises inflammatory signalling, slows the clearance of dead neutrophils, lowers TGF-β ' +
      'and blunts the sprouting of new vessels, but not the epithelial sheet (the diabetes_* factors).',
    source: 'Michaels et al., Wound Repair Regen 2007 (db/db mouse); Mi et al., Surgery 2007 (ABM). EVIDENCE §5',
    evidence: 'measured',
  },
  {
    id: 'keloid_tendency',
    kind: 'boolean',
    label: 'Keloid or hypertrophic-scar tendency',
    unit: '',
    group: 'patient',
    section: 'patient',
    default: false,
    description:
      'Personal history of keloids or hypertrophic scars. Raises collagen synthesis per fibroblast and the ' +
      'fibroblasts’ response to TGF-β (keloid_collagen_factor, keloid_tgf_beta_factor); clinical guidance lists ' +
      'it as a contraindication, which the safety notes show.',
    source:
      'Keloid fibroblasts: higher collagen synthesis per cell (Diegelmann, Cohen & McCoy, J Cell Physiol 1979); ' +
      'contraindication (Minutilli, J Drugs Dermatol 2024). EVIDENCE §2f, §5',
    evidence: 'measured',
  },
  {
    id: 'active_acne_or_infection',
    kind: 'boolean',
    label: 'Active acne, infection or herpes',
    unit: '',
    group: 'patient',
    section: 'safety',
    default: false,
    description:
      'Active acne, a local infection or herpes at the treated site. Used only for safety notes (a ' +
      'contraindication); it does not change the model’s biology.',
    source: 'Contraindication in clinical guidance: Minutilli, J Drugs Dermatol 2024 (EVIDENCE §2f, M)',
    evidence: 'measured',
  },
  {
    id: 'isotretinoin',
    kind: 'boolean',
    label: 'Recent isotretinoin',
    unit: '',
    group: 'patient',
    section: 'safety',
    default: false,
    description:
      'Isotretinoin taken in recent months. Used only for safety notes; it does not change the model’s ' + 'biology.',
    source:
      'assumed: clinic contraindication lists (EVIDENCE §2f, L); the 3, 6 or 12-month washouts quoted are a ' +
      'convention without primary evidence (EVIDENCE §7)',
    evidence: 'assumed',
  },
  {
    id: 'eczema',
    kind: 'boolean',
    label: 'Eczema, psoriasis or rosacea',
    unit: '',
    group: 'patient',
    section: 'safety',
    default: false,
    description:
      'An inflammatory skin disease at the site. Used only for safety notes; it does not change the model’s ' +
      'biology.',
    source: 'assumed: clinic contraindication lists (EVIDENCE §2f, L)',
    evidence: 'assumed',
  },

  // ───────────────────────────── model: device mechanics ─────────────────────────────
  {
    id: 'pen_needle_count',
    kind: 'integer',
    label: 'Pen needles per cartridge',
    unit: 'needles',
    group: 'model',
    section: 'device',
    default: 12,
    min: 1,
    max: 36,
    step: 1,
    scale: 'linear',
    description: 'Needles in the pen cartridge. With stroke rate and hand speed it sets the punctures per pass.',
    source:
      'Dermapen 2012: 11 needles (Sasaki 2012, M); Dermapen MD and SkinPen: 12 (clinic pages, L); cartridges ' +
      '9–36 needles (Termedia review 2025, M). EVIDENCE §2a',
    evidence: 'measured',
  },
  {
    id: 'pen_stroke_hz',
    kind: 'number',
    label: 'Pen stroke rate',
    unit: 'Hz',
    group: 'model',
    section: 'device',
    default: 100,
    min: 25,
    max: 150,
    step: 1,
    scale: 'linear',
    description:
      'Needle strokes per second of a motorised pen. 12 needles at 100 Hz make 1,200 punctures per second ' +
      '(the maker’s "almost 1,000 microwounds/s" claim is arithmetically plausible).',
    source:
      'Dermapen up to 90 Hz (Sasaki 2012, M); SkinPen motor 7,000 RPM ≈ 117 Hz (FDA DEN160029 summary, M); ' +
      'the default 100 Hz lies between them. EVIDENCE §2a',
    evidence: 'measured',
  },
  {
    id: 'pen_hand_speed_mm_s',
    kind: 'number',
    label: 'Pen hand speed',
    unit: 'mm/s',
    group: 'model',
    section: 'device',
    default: 10,
    min: 2,
    max: 50,
    step: 1,
    scale: 'linear',
    description:
      'How fast the operator moves the pen across the skin. A slower sweep puts more punctures on each cm² in ' +
      'one pass.',
    source: 'assumed: no measurement in EVIDENCE; 10 mm/s is a slow sweep in which successive strokes overlap',
    evidence: 'assumed',
  },
  {
    id: 'pen_head_diameter_mm',
    kind: 'number',
    label: 'Pen cartridge head width',
    unit: 'mm',
    group: 'model',
    section: 'device',
    default: 4,
    min: 1,
    max: 10,
    step: 0.5,
    scale: 'linear',
    description:
      'Width of the needle cluster at the pen tip, i.e. the band one sweep covers. Defaults give 12 × 100 / ' +
      '(10 mm/s × 4 mm) = 30 punctures per mm² per pass, many of them in overlapping tracks.',
    source: 'assumed: a 12-needle cartridge head about 4 mm across; not measured in EVIDENCE',
    evidence: 'assumed',
  },
  {
    id: 'roller_needle_count',
    kind: 'integer',
    label: 'Roller needles',
    unit: 'needles',
    group: 'model',
    section: 'device',
    default: 192,
    min: 24,
    max: 600,
    step: 1,
    scale: 'linear',
    description:
      'Needles on the roller drum. With the drum size it sets punctures per pass: 192 needles on a 2 cm × 2 cm ' +
      'drum ≈ 15 per cm².',
    source:
      'Dermaroller MF8: 192 needles in 8 rows (Schwarz & Laaff, Plast Reconstr Surg 2011, H); EVIDENCE §2a. ' +
      'assumed: range covers rollers with fewer or more needles',
    evidence: 'measured',
  },
  {
    id: 'roller_drum_diameter_mm',
    kind: 'number',
    label: 'Roller drum diameter',
    unit: 'mm',
    group: 'model',
    section: 'device',
    default: 20,
    min: 10,
    max: 40,
    step: 1,
    scale: 'linear',
    description:
      'Diameter of the roller drum. One turn covers π × diameter × width of skin, so a larger drum spreads ' +
      'its needles thinner.',
    source:
      'Dermaroller MF8: drum 2 cm diameter × 2 cm wide (Schwarz & Laaff 2011, H). Derived density 192 / (π · 2 ' +
      'cm · 2 cm) ≈ 15 /cm² per pass, consistent with "15 passes ≈ 250 holes/cm²". EVIDENCE §2a',
    evidence: 'measured',
  },
  {
    id: 'roller_drum_width_mm',
    kind: 'number',
    label: 'Roller drum width',
    unit: 'mm',
    group: 'model',
    section: 'device',
    default: 20,
    min: 5,
    max: 40,
    step: 1,
    scale: 'linear',
    description: 'Width of the roller drum (the band one roll covers).',
    source: 'Dermaroller MF8: drum 2 cm wide (Schwarz & Laaff 2011, H). EVIDENCE §2a',
    evidence: 'measured',
  },
  {
    id: 'stamp_needle_count',
    kind: 'integer',
    label: 'Stamp needles',
    unit: 'needles',
    group: 'model',
    section: 'device',
    default: 35,
    min: 4,
    max: 200,
    step: 1,
    scale: 'linear',
    description:
      'Needles on the stamp head. One pass presses the stamp once on each spot, so punctures per cm² per pass ' +
      '= needles / head area (35 on an 8 mm head ≈ 70 /cm²).',
    source: 'assumed: hand stamps carry tens of needles; no stamp is measured in EVIDENCE',
    evidence: 'assumed',
  },
  {
    id: 'stamp_head_diameter_mm',
    kind: 'number',
    label: 'Stamp head diameter',
    unit: 'mm',
    group: 'model',
    section: 'device',
    default: 8,
    min: 3,
    max: 20,
    step: 0.5,
    scale: 'linear',
    description: 'Diameter of the stamp’s needle plate (its needles are spread over this circle).',
    source: 'assumed: a small round stamp head; no stamp is measured in EVIDENCE',
    evidence: 'assumed',
  },
  {
    id: 'needle_base_diameter_um',
    kind: 'number',
    label: 'Needle base diameter',
    unit: 'µm',
    group: 'model',
    section: 'device',
    default: 140,
    min: 50,
    max: 300,
    step: 5,
    scale: 'linear',
    description:
      'Diameter of a needle where its taper ends. Sets how the channel narrows toward its tip and the needle ' +
      'drawn in the scene.',
    source:
      'Kalluri, Kolli & Banga, AAPS J 2011 (PMC3160154): base width 140 µm (Dermaroller 770 µm model, H); MF8 ' +
      'needles 250 µm (Schwarz & Laaff 2011); typical roller 100 µm (M). EVIDENCE §2a',
    evidence: 'measured',
  },
  {
    id: 'needle_tip_radius_um',
    kind: 'number',
    label: 'Needle tip radius',
    unit: 'µm',
    group: 'model',
    section: 'device',
    default: 4,
    min: 1,
    max: 25,
    step: 1,
    scale: 'linear',
    description: 'Radius of the needle point. Sets the channel’s width at its deepest point.',
    source: 'Kalluri, Kolli & Banga, AAPS J 2011 (PMC3160154): tip radius 4 µm (H). EVIDENCE §2a',
    evidence: 'measured',
  },
  {
    id: 'channel_surface_diameter_um',
    kind: 'number',
    label: 'Channel opening diameter',
    unit: 'µm',
    group: 'model',
    section: 'device',
    default: 70,
    min: 30,
    max: 250,
    step: 5,
    scale: 'linear',
    description:
      'Diameter of a fresh channel where it opens at the skin surface; narrower than the needle because skin ' +
      'recoils. The channel tapers from here to the needle tip.',
    source:
      'Kalluri et al., AAPS J 2011 (PMC3160154): 70.7 ± 9.9 µm for 140 µm-base needles (rat, H); EVIDENCE §2b ' +
      'gives 50–250 µm across devices',
    evidence: 'measured',
  },
  {
    id: 'pen_penetration_fraction',
    kind: 'number',
    label: 'Pen penetration fraction',
    unit: '',
    group: 'model',
    section: 'device',
    default: 0.9,
    min: 0.5,
    max: 1,
    step: 0.05,
    scale: 'linear',
    description:
      'Fraction of the nominal needle length a pen drives into the skin (perpendicular, motor-driven stamping). ' +
      'CONTESTED: measurements range from ~0.77 to ~1.0.',
    source:
      'assumed, contested (EVIDENCE §2b, §7): pen channels ≈ the 0.5 and 1.5 mm settings ex vivo (Sasaki, ' +
      'Aesthet Surg J Open Forum 2019, PMC7671250, H); polymer microneedles ≈ 0.77 in vivo (PMC3016610, H). ' +
      'EVIDENCE advises 0.7–1.0; default 0.9 in between',
    evidence: 'assumed',
  },
  {
    id: 'roller_penetration_fraction',
    kind: 'number',
    label: 'Roller penetration fraction',
    unit: '',
    group: 'model',
    section: 'device',
    default: 0.45,
    min: 0.1,
    max: 1,
    step: 0.05,
    scale: 'linear',
    description:
      'Fraction of the nominal needle length a roller drives into the skin (needles enter at an angle as the ' +
      'drum turns). CONTESTED: measured 0.2 in rat; "50–70 %" is an unsourced rule of thumb.',
    source:
      'assumed, contested (EVIDENCE §2b, §7): 770 µm roller → 152.5 ± 9.6 µm channels ≈ 0.20 (Kalluri 2011, ' +
      'rat, H); the 0.5–0.7 rule of thumb has no primary source (L). EVIDENCE advises 0.2–0.7; default 0.45 ' +
      'is its middle',
    evidence: 'assumed',
  },
  {
    id: 'stamp_penetration_fraction',
    kind: 'number',
    label: 'Stamp penetration fraction',
    unit: '',
    group: 'model',
    section: 'device',
    default: 0.8,
    min: 0.3,
    max: 1,
    step: 0.05,
    scale: 'linear',
    description:
      'Fraction of the nominal needle length a hand-pressed stamp drives into the skin. Perpendicular like a ' +
      'pen, but limited by hand pressure.',
    source:
      'assumed: no stamp measurement in EVIDENCE; perpendicular insertion (pen-like, 0.7–1.0, EVIDENCE §2b) ' +
      'with hand pressure, so at the low end of the pen range',
    evidence: 'assumed',
  },

  // ───────────────────────────── model: channel and barrier ─────────────────────────────
  {
    id: 'channel_recoil_fraction',
    kind: 'number',
    label: 'Channel elastic recoil',
    unit: '',
    group: 'model',
    section: 'channel',
    default: 0.1,
    min: 0,
    max: 0.5,
    step: 0.01,
    scale: 'linear',
    description:
      'Fraction of a fresh channel’s radius that the surrounding elastic tissue pulls shut within the first ' +
      'hours (fast, partial closure); the rest closes by infill from the wall.',
    source:
      'assumed: recoil is partial — calcein pores stay open 12–18 h (Kalluri 2011, rat) and human micropores ' +
      'have a 20–26 h half-life (PMC8259462), so recoil alone cannot close them; the measured 70 µm opening of a ' +
      '140 µm needle already includes the recoil seen at imaging. EVIDENCE §2b, §2c. Checked by T5 and T5a',
    evidence: 'assumed',
  },
  {
    id: 'dermal_lumen_infill_um_h',
    kind: 'number',
    label: 'Dermal channel infill speed',
    unit: 'µm/h',
    group: 'model',
    section: 'channel',
    default: 0.2,
    min: 0.05,
    max: 5,
    step: 0.05,
    scale: 'log',
    description:
      'Radial speed at which fibrin, exudate and cells fill a channel from its wall in the dermis: a lumen ' +
      'section of radius r closes in about r / speed (in the epidermis keratinocytes fill the pore).',
    source:
      'calibrated: human micropores close with a half-life of 20–26 h and are shut by 58–63 h (impedance, ' +
      'n = 35, PMC8259462, H); a 35 µm-radius dermal lumen closing over ~60 h gives ≈ 0.3–0.6 µm/h. Calibrated ' +
      'to T5 (1.5 mm pen: patency half-time 12–30 h, < 0.1 by 72 h). EVIDENCE §2c, §7',
    evidence: 'calibrated',
  },
  {
    id: 'epidermal_lumen_infill_um_h',
    kind: 'number',
    label: 'Epidermal pore infill speed',
    unit: 'µm/h',
    group: 'model',
    section: 'channel',
    default: 0.5,
    min: 0.1,
    max: 5,
    step: 0.05,
    scale: 'log',
    description:
      'Radial speed at which keratinocytes fill the pore through the epidermis and stratum corneum once they ' +
      'start moving (after the keratinocyte lag): the pore stays permeable to solutes well after the basal layer ' +
      'is bridged and water loss has recovered, which is why a serum can still enter a day later.',
    source:
      'calibrated: human micropores (through the epidermis) stay permeable with a half-life of 20–26 h and are ' +
      'shut by 58–63 h (impedance, n = 35, PMC8259462, H), while TEWL recovers in hours (Kalluri 2011): a ' +
      '30 µm-radius pore closing over ~60 h gives ≈ 0.5 µm/h. Checked by T5, T5a and D1. EVIDENCE §2c, §7',
    evidence: 'calibrated',
  },
  {
    id: 'barrier_recovery_tau_h',
    kind: 'number',
    label: 'Barrier recovery time constant',
    unit: 'h',
    group: 'model',
    section: 'channel',
    default: 4,
    min: 1,
    max: 48,
    step: 0.5,
    scale: 'linear',
    description:
      'Time constant for re-covered epidermis to seal its opening with new stratum-corneum lipid (lamellar-body ' +
      'secretion by the granular layer). The seal can only follow the keratinocyte cover, so wider openings ' +
      'at the basal layer (deeper channels) seal later.',
    source:
      'assumed within measured bounds (EVIDENCE §2c): TEWL back to baseline 4–5 h after a 0.37–0.77 mm roller ' +
      '(Kalluri 2011, rat), i.e. lamellar-body sealing within hours where the basal layer is barely breached; ' +
      'raised for ≥ 48 h after a 1.5 mm pen (Sasaki 2019); recovered within 72 h on the face (Dermatol Surg ' +
      '2012;38:1816). Checked by T4 and T5',
    evidence: 'assumed',
  },

  // ───────────────────────────── model: haemostasis and inflammation ─────────────────────────────
  {
    id: 'hemostasis_time_min',
    kind: 'number',
    label: 'Bleeding stops after',
    unit: 'min',
    group: 'model',
    section: 'inflammation',
    default: 5,
    min: 1,
    max: 15,
    step: 0.5,
    scale: 'linear',
    description: 'Minutes until platelets and fibrin plug a bleeding channel. Platelets then release PDGF and TGF-β.',
    source: 'Clinical bleeding time ≈ 2–9 min (standard physiology, EVIDENCE §3b, L/M); default 5 min in that range',
    evidence: 'measured',
  },
  {
    id: 'neutrophil_tissue_lifespan_h',
    kind: 'number',
    label: 'Neutrophil lifespan in tissue',
    unit: 'h',
    group: 'model',
    section: 'inflammation',
    default: 24,
    min: 6,
    max: 120,
    step: 1,
    scale: 'linear',
    description:
      'Mean time a neutrophil survives in the wound before apoptosis and clearance by macrophages. Sets how ' +
      'fast the neutrophil wave falls after its peak.',
    source:
      'Tissue neutrophils ~1–2 days (reviews, EVIDENCE §3d, M). Contested (§7): blood half-life 13–19 h ' +
      '(Blood 2016) vs 5.4 days (Pillay 2010)',
    evidence: 'measured',
  },
  {
    id: 'neutrophil_recruitment_per_h',
    kind: 'number',
    label: 'Neutrophil recruitment rate',
    unit: 'cells/h per (signal · mm³ perfused dermis)',
    group: 'model',
    section: 'inflammation',
    default: 6000,
    min: 1,
    max: 100_000,
    step: 1,
    scale: 'log',
    description:
      'How many neutrophils leave the capillaries per hour for each unit of injury signal in perfused dermis. ' +
      'Recruitment stops by itself as macrophages and neutrophils clear the damage that makes the signal.',
    source:
      'assumed: no cell counts exist for micro-needle channels (EVIDENCE §8); to be calibrated so that the ' +
      'neutrophil wave peaks at 12–48 h and falls below 25 % of its peak by 96 h (TARGETS T1, EVIDENCE §3b)',
    evidence: 'assumed',
  },
  {
    id: 'neutrophil_debris_clearance_per_h',
    kind: 'number',
    label: 'Debris cleared per neutrophil',
    unit: 'damage fraction/h',
    group: 'model',
    section: 'inflammation',
    default: 1,
    min: 0,
    max: 2,
    step: 0.01,
    scale: 'linear',
    description:
      'Fraction of a voxel’s damaged tissue one neutrophil phagocytoses per hour while it sits there. ' +
      'Clearing debris removes the source of the injury signal, which ends recruitment.',
    source:
      'assumed: chosen so that debris in a channel is mostly cleared within 1–3 days, when neutrophils have ' +
      'largely gone (EVIDENCE §3b, §6.5); calibrate against T1',
    evidence: 'assumed',
  },
  {
    id: 'sublethal_injury_recovery_h',
    kind: 'number',
    label: 'Recovery time of crushed (sub-lethal) tissue',
    unit: 'h',
    group: 'model',
    section: 'inflammation',
    default: 12,
    min: 1,
    max: 96,
    step: 1,
    scale: 'log',
    description:
      'Time constant with which tissue that was crushed but not killed (damage ≤ 0.5, the channel rim) recovers ' +
      'on its own. Necrotic debris (damage > 0.5) must be cleared by neutrophils and macrophages first.',
    source:
      'assumed: the MTZ margin recovers within about a day (Laubach 2006, EVIDENCE §3a: keratinocytes at the ' +
      'margins within ~1 h, debris plug by 12 h); calibrate against T1',
    evidence: 'assumed',
  },
  {
    id: 'neutrophil_speed_um_h',
    kind: 'number',
    label: 'Neutrophil speed',
    unit: 'µm/h',
    group: 'model',
    section: 'inflammation',
    default: 600,
    min: 60,
    max: 1200,
    step: 10,
    scale: 'linear',
    description: 'Crawling speed of a neutrophil in tissue as it follows the chemokine gradient.',
    source: 'Neutrophils 5–20 µm/min = 300–1,200 µm/h (PhysiCell typical-parameter guide, EVIDENCE §4a, L/M)',
    evidence: 'measured',
  },
  {
    id: 'macrophage_speed_um_h',
    kind: 'number',
    label: 'Macrophage speed',
    unit: 'µm/h',
    group: 'model',
    section: 'inflammation',
    default: 120,
    min: 30,
    max: 300,
    step: 5,
    scale: 'linear',
    description: 'Crawling speed of a macrophage in tissue.',
    source: 'Macrophages 1–4 µm/min = 60–240 µm/h (PhysiCell typical-parameter guide, EVIDENCE §4a, L/M)',
    evidence: 'measured',
  },
  {
    id: 'macrophage_m1_to_m2_h',
    kind: 'number',
    label: 'Macrophage M1→M2 switch',
    unit: 'h',
    group: 'model',
    section: 'inflammation',
    default: 72,
    min: 12,
    max: 168,
    step: 6,
    scale: 'linear',
    description:
      'Mean time after a macrophage arrives before it switches from pro-inflammatory (M1) to reparative (M2) ' +
      'and starts secreting growth factors (a continuum in reality, modelled as a switch with spread).',
    source:
      'derived: the M1→M2 shift spans days 3–7 after injury (Krzyszczyk 2018, PMC5938667; Hesketh 2017; ' +
      'EVIDENCE §3b, M) while macrophages arrive from day ~1–2, so ≈ 3 days after arrival. Calibrate against T2',
    evidence: 'derived',
  },
  {
    id: 'macrophage_lifespan_h',
    kind: 'number',
    label: 'Macrophage residence time',
    unit: 'h',
    group: 'model',
    section: 'inflammation',
    default: 120,
    min: 24,
    max: 720,
    step: 12,
    scale: 'linear',
    description:
      'Mean time a macrophage stays in the wound before it dies or leaves. With recruitment it sets when the ' +
      'macrophage count peaks and how fast it falls.',
    source:
      'assumed: macrophages predominate from days 2–3, peak around days 3–5 and decline in week 2 (EVIDENCE ' +
      '§3b, M); no residence time measured. Calibrate against T2',
    evidence: 'assumed',
  },

  // ───────────────────────────── model: signalling fields ─────────────────────────────
  {
    id: 'chemokine_diffusion_um2_h',
    kind: 'number',
    label: 'Chemokine diffusion coefficient',
    unit: 'µm²/h',
    group: 'model',
    section: 'signals',
    default: 360_000,
    min: 100,
    max: 1_000_000,
    step: 100,
    scale: 'log',
    description:
      'Diffusion coefficient of the chemokine/damage signal that recruits neutrophils and macrophages. With its ' +
      'half-life it sets how far the signal reaches from a channel (decay length √(D·t½/ln 2)).',
    source:
      'assumed: model value of Rouillard & Holmes, J Physiol 2012 (D = 100 µm²/s; EVIDENCE §4a). Effective ' +
      'matrix-bound D can be 2–4 orders of magnitude lower; EVIDENCE advises calibrating the decay length to ' +
      '50–300 µm (here ≈ 320 µm)',
    evidence: 'assumed',
  },
  {
    id: 'chemokine_half_life_h',
    kind: 'number',
    label: 'Chemokine half-life',
    unit: 'h',
    group: 'model',
    section: 'signals',
    default: 0.193,
    min: 0.05,
    max: 24,
    step: 0.01,
    scale: 'log',
    description: 'Half-life of the chemokine signal in tissue (binding, uptake and breakdown together).',
    source:
      'assumed: model value of Rouillard & Holmes 2012 (k = 0.001 /s, t½ ≈ 11.6 min; EVIDENCE §4a). No tissue ' +
      'half-life measured (EVIDENCE §8)',
    evidence: 'assumed',
  },
  {
    id: 'tgf_beta_diffusion_um2_h',
    kind: 'number',
    label: 'TGF-β diffusion coefficient',
    unit: 'µm²/h',
    group: 'model',
    section: 'signals',
    default: 750,
    min: 10,
    max: 400_000,
    step: 5,
    scale: 'log',
    description:
      'Effective diffusion coefficient of TGF-β, which activates fibroblasts, drives collagen synthesis and ' +
      'myofibroblast differentiation. Matrix binding keeps it local.',
    source:
      'assumed: upper end of the effective 75–750 µm²/h used by Cumming, McElwain & Upton, J R Soc Interface ' +
      '2010 (PMC2839370; EVIDENCE §4a, L). Free-solution ≈ 100 µm²/s = 360,000 µm²/h (L/M)',
    evidence: 'assumed',
  },
  {
    id: 'tgf_beta_half_life_h',
    kind: 'number',
    label: 'TGF-β half-life',
    unit: 'h',
    group: 'model',
    section: 'signals',
    default: 12,
    min: 0.1,
    max: 72,
    step: 0.1,
    scale: 'log',
    description: 'Half-life of active TGF-β in tissue.',
    source:
      'assumed: no tissue half-life found (EVIDENCE §8); 12 h gives a decay length √(D·t½/ln 2) ≈ 114 µm, ' +
      'inside the 50–300 µm EVIDENCE §4a advises',
    evidence: 'assumed',
  },
  {
    id: 'pdgf_diffusion_um2_h',
    kind: 'number',
    label: 'PDGF diffusion coefficient',
    unit: 'µm²/h',
    group: 'model',
    section: 'signals',
    default: 750,
    min: 10,
    max: 400_000,
    step: 5,
    scale: 'log',
    description:
      'Effective diffusion coefficient of PDGF, released by platelets and macrophages; it attracts fibroblasts ' +
      'and makes them divide.',
    source: 'assumed: same as TGF-β (a protein of similar size, ~25–30 kDa); no PDGF value in EVIDENCE (§4a, §8)',
    evidence: 'assumed',
  },
  {
    id: 'pdgf_half_life_h',
    kind: 'number',
    label: 'PDGF half-life',
    unit: 'h',
    group: 'model',
    section: 'signals',
    default: 8,
    min: 0.1,
    max: 72,
    step: 0.1,
    scale: 'log',
    description: 'Half-life of PDGF in tissue.',
    source:
      'assumed: no tissue half-life found (EVIDENCE §8); 8 h gives a decay length ≈ 93 µm, inside the ' +
      '50–300 µm EVIDENCE §4a advises',
    evidence: 'assumed',
  },
  {
    id: 'vegf_diffusion_um2_h',
    kind: 'number',
    label: 'VEGF diffusion coefficient',
    unit: 'µm²/h',
    group: 'model',
    section: 'signals',
    default: 36_000,
    min: 10,
    max: 400_000,
    step: 5,
    scale: 'log',
    description:
      'Effective diffusion coefficient of VEGF, made by hypoxic tissue and M2 macrophages; endothelial tip ' +
      'cells sprout up its gradient.',
    source:
      'assumed: 10 µm²/s, between free-solution (~100 µm²/s) and matrix-bound (0.02–1 µm²/s) values for ' +
      'proteins of this size (EVIDENCE §4a); VEGF in Matrigel was measured but the value not seen (Miura & ' +
      'Tanaka 2009). Gives a decay length ≈ 170 µm',
    evidence: 'assumed',
  },
  {
    id: 'vegf_half_life_h',
    kind: 'number',
    label: 'VEGF half-life',
    unit: 'h',
    group: 'model',
    section: 'signals',
    default: 0.57,
    min: 0.1,
    max: 24,
    step: 0.01,
    scale: 'log',
    description: 'Half-life of VEGF (clearance and receptor uptake).',
    source:
      'VEGF clearance 0.0206 /min, t½ ≈ 34 min (Stefanini et al., BMC Syst Biol 2008, H); measured in ' +
      'blood and used here as the tissue value. EVIDENCE §4a',
    evidence: 'measured',
  },

  // ───────────────────────────── model: fibroblasts ─────────────────────────────
  {
    id: 'fibroblast_speed_um_h',
    kind: 'number',
    label: 'Fibroblast speed',
    unit: 'µm/h',
    group: 'model',
    section: 'fibroblasts',
    default: 10,
    min: 1,
    max: 60,
    step: 0.5,
    scale: 'linear',
    description: 'Top crawling speed of a fully activated fibroblast; slower where growth-factor signals are weak.',
    source:
      'Rouillard & Holmes, J Physiol 2012: 1–10 µm/h scaled by chemokine, pooled from published data (EVIDENCE ' +
      '§4a, §6.16, H); PhysiCell guide 30–60 µm/h (L/M)',
    evidence: 'measured',
  },
  {
    id: 'fibroblast_persistence_h',
    kind: 'number',
    label: 'Fibroblast persistence time',
    unit: 'h',
    group: 'model',
    section: 'fibroblasts',
    default: 1.2,
    min: 0.1,
    max: 3,
    step: 0.05,
    scale: 'linear',
    description:
      'How long a fibroblast keeps its heading without an external cue before turning randomly. Cues (signal ' +
      'gradients, fibre direction) steer it in between.',
    source: 'Rouillard & Holmes 2012: 0.25 h (strong cue) to 1.2 h (no cue) (EVIDENCE §4a, §6.16, H)',
    evidence: 'measured',
  },
  {
    id: 'fibroblast_doubling_time_h',
    kind: 'number',
    label: 'Fibroblast doubling time',
    unit: 'h',
    group: 'model',
    section: 'fibroblasts',
    default: 48,
    min: 12,
    max: 240,
    step: 1,
    scale: 'linear',
    description:
      'Cell-cycle time of a fibroblast under strong growth-factor stimulation (PDGF, TGF-β); weaker ' +
      'stimulation and crowding slow division.',
    source:
      'assumed within the 24–240 h chemokine-dependent range of Rouillard & Holmes 2012 (EVIDENCE §4a, H); ' +
      '48 h is also the mitosis receptor-time threshold of Cumming et al. 2010 (L)',
    evidence: 'assumed',
  },
  {
    id: 'myofibroblast_onset_h',
    kind: 'number',
    label: 'Myofibroblast onset',
    unit: 'h',
    group: 'model',
    section: 'fibroblasts',
    default: 96,
    min: 24,
    max: 240,
    step: 6,
    scale: 'linear',
    description:
      'Hours of sustained TGF-β exposure after which an activated fibroblast becomes a contractile ' + 'myofibroblast.',
    source:
      'assumed: myofibroblasts appear around day 6–7 (Darby 1990, recalled; present at day 7 in micro-wounds, ' +
      'Laubach 2006, H) while fibroblasts arrive from day ~3 (EVIDENCE §3a–3b). Calibrate against T7',
    evidence: 'assumed',
  },
  {
    id: 'myofibroblast_clearance_half_life_h',
    kind: 'number',
    label: 'Myofibroblast clearance half-life',
    unit: 'h',
    group: 'model',
    section: 'fibroblasts',
    default: 96,
    min: 24,
    max: 480,
    step: 6,
    scale: 'linear',
    description:
      'Half-life of myofibroblasts once the wound has closed and TGF-β falls; they are removed by apoptosis.',
    source:
      'assumed: peak ~day 10–15, gone by ~day 30 (Darby 1990, recalled, M); removal by apoptosis (Desmoulière ' +
      '1995, H). EVIDENCE §3b. T7 (below 20 % of peak by day 30) needs ≲ 180 h',
    evidence: 'assumed',
  },
  {
    id: 'myofibroblast_reversion_half_life_h',
    kind: 'number',
    label: 'Myofibroblast reversion half-life',
    unit: 'h',
    group: 'model',
    section: 'fibroblasts',
    default: 240,
    min: 48,
    max: 2000,
    step: 12,
    scale: 'log',
    description:
      'Half-life with which a myofibroblast loses α-SMA and returns to an activated fibroblast once TGF-β1 has ' +
      'fallen below the differentiation threshold (in parallel with apoptosis). Restores the fibroblast pool.',
    source:
      'assumed: myofibroblasts are not terminally differentiated — they revert when TGF-β1 and tension are ' +
      'withdrawn (Hecker et al., Am J Respir Cell Mol Biol 2011; about half revert after injury ceases, ' +
      'Kisseleva et al., PNAS 2012, liver); in skin apoptosis dominates (Desmoulière 1995), so reversion is ' +
      'set slower than clearance. Checked by the repeated-session lineage target (L1)',
    evidence: 'assumed',
  },
  {
    id: 'fibroblast_tgf_beta3_per_h',
    kind: 'number',
    label: 'TGF-β3 per activated fibroblast',
    unit: 'relative/h per cell',
    group: 'model',
    section: 'fibroblasts',
    default: 0.5,
    min: 0,
    max: 5,
    step: 0.05,
    scale: 'linear',
    description:
      'TGF-β3 an activated fibroblast releases per hour (× its activation), stated for a 20 µm voxel. TGF-β3 ' +
      'stays raised while the dermis is remodelled and opposes scarring.',
    source:
      'assumed size; TGF-β3 gene expression raised for about two weeks after needling (Aust et al., Plast ' +
      'Reconstr Surg 2010, EVIDENCE); wound fibroblasts and keratinocytes make TGF-β3 (Ferguson & O’Kane, ' +
      'Philos Trans R Soc B 2004). Set so TGF-β3 in the treated zone is of the order of TGF-β1 in week 1–2',
    evidence: 'assumed',
  },
  {
    id: 'tgf_beta3_antagonism',
    kind: 'number',
    label: 'TGF-β3 anti-scarring strength',
    unit: 'relative',
    group: 'model',
    section: 'fibroblasts',
    default: 0.5,
    min: 0.05,
    max: 10,
    step: 0.05,
    scale: 'log',
    description:
      'TGF-β3 at which it halves the pro-fibrotic action of TGF-β1: myofibroblast differentiation and survival, ' +
      'and the alignment of new fibres (effective TGF-β1 = TGF-β1 / (1 + TGF-β3 / this)).',
    source:
      'assumed size; direction measured: exogenous TGF-β3 reduces scarring and improves fibre architecture ' +
      '(Shah et al., J Cell Sci 1995); TGF-β3 high/TGF-β1 low in scarless fetal wounds (Ferguson & O’Kane 2004)',
    evidence: 'assumed',
  },

  // ───────────────────────────── model: matrix ─────────────────────────────
  {
    id: 'collagen_synthesis_rate_per_h',
    kind: 'number',
    label: 'Collagen synthesis rate',
    unit: '1/h',
    group: 'model',
    section: 'matrix',
    default: 5e-4,
    min: 1e-5,
    max: 1e-2,
    step: 1e-5,
    scale: 'log',
    description:
      'Collagen a fully activated fibroblast population at resting density lays down per hour, as a fraction of ' +
      'normal dermal collagen (new synthesis is collagen III first, then I). The often-repeated "400 % more collagen" is ' +
      'a marketing claim, not a measurement; the model is checked against measured gains (T10).',
    source:
      'calibrated: starts from the model value of Rouillard & Holmes 2012 (max 7.27 × 10⁻⁴ area fraction per hour ' +
      'per covered area, EVIDENCE §4a), lowered to 5 × 10⁻⁴ so that four monthly sessions leave total collagen ' +
      'above baseline but not doubled 3 months later (T10; Aesthet Surg J 2021) and the dose response holds (T11)',
    evidence: 'calibrated',
  },
  {
    id: 'collagen_maturation_half_time_days',
    kind: 'number',
    label: 'Collagen cross-linking half-time',
    unit: 'days',
    group: 'model',
    section: 'matrix',
    default: 30,
    min: 3,
    max: 180,
    step: 1,
    scale: 'linear',
    description:
      'Half-time with which newly made collagen fibres (type I or III) are cross-linked by lysyl oxidase into ' +
      'mature fibres that resist MMPs. New fibres are fragile: much of what is made early is degraded again.',
    source:
      'assumed: lysyl-oxidase cross-links form as reducible, immature bonds and mature into stable ' +
      'trivalent ones over weeks to months (Bailey, Paul & Knott, Mech Ageing Dev 1998; Eyre et al., Annu Rev ' +
      'Biochem 1984). Not fitted to a target; the clinical lag (T12) follows from it and from how long ' +
      'fibroblasts stay active',
    evidence: 'assumed',
  },
  {
    id: 'crosslinked_collagen_mmp_factor',
    kind: 'number',
    label: 'MMP resistance of cross-linked collagen',
    unit: '',
    group: 'model',
    section: 'matrix',
    default: 0.1,
    min: 0,
    max: 1,
    step: 0.01,
    scale: 'linear',
    description:
      'Rate at which MMPs degrade mature, cross-linked fibres, as a fraction of their rate on newly made ' + 'fibres.',
    source:
      'assumed size; direction measured: cross-linked fibrils resist interstitial collagenase (Vater, Harris & ' +
      'Siegel, Biochem J 1979; reviews of collagen stabilisation)',
    evidence: 'assumed',
  },
  {
    id: 'fibroblast_timp_per_h',
    kind: 'number',
    label: 'TIMP per activated fibroblast',
    unit: 'activity/h per cell',
    group: 'model',
    section: 'matrix',
    default: 0.3,
    min: 0,
    max: 5,
    step: 0.05,
    scale: 'linear',
    description:
      'Tissue inhibitor of metalloproteinases an activated fibroblast makes per hour (× activation), in the ' +
      'units of MMP activity (a neutrophil makes 1): TIMPs bind MMPs one to one, so fibroblast-rich ' +
      'remodelling tissue protects new matrix while inflammatory MMPs dominate early.',
    source:
      'assumed size; direction measured: TIMP-3 up after micro-needling (Schmitt et al. 2018, EVIDENCE); TIMPs ' +
      'inhibit MMPs 1:1 (Brew & Nagase, Biochim Biophys Acta 2010)',
    evidence: 'assumed',
  },
  {
    id: 'mmp_degradation_rate_per_h',
    kind: 'number',
    label: 'MMP collagen degradation rate',
    unit: '1/h',
    group: 'model',
    section: 'matrix',
    default: 1e-3,
    min: 1e-5,
    max: 1e-2,
    step: 1e-5,
    scale: 'log',
    description:
      'Rate constant at which matrix metalloproteinases degrade collagen where inflammatory cells and ' +
      'activated fibroblasts work (at full activity). Intact dermis turns over far more slowly.',
    source:
      'assumed: inside the 2.5 × 10⁻⁴–2.5 × 10⁻³ /h range of Rouillard & Holmes 2012 (EVIDENCE §4a). ' +
      'Calibrate against T10 and T13',
    evidence: 'assumed',
  },
  {
    id: 'elastin_deposition_ratio',
    kind: 'number',
    label: 'Tropoelastin in new matrix',
    unit: '',
    group: 'model',
    section: 'matrix',
    default: 1,
    min: 0,
    max: 4,
    step: 0.05,
    scale: 'linear',
    description:
      'Tropoelastin activated fibroblasts secrete with new collagen, relative to the elastin:collagen ratio of ' +
      'normal dermis (1 = same proportion). Only part of it is assembled into elastic fibres (elastin assembly ' +
      'efficiency).',
    source:
      'assumed: tropoelastin expression rises after needling (El-Domyati et al., Int J Dermatol 2015, ' +
      'immunostaining; elastin mRNA up at 3 months, Aesthet Surg J 2021), EVIDENCE §7',
    evidence: 'assumed',
  },
  {
    id: 'elastin_assembly_efficiency',
    kind: 'number',
    label: 'Elastin assembly efficiency',
    unit: '',
    group: 'model',
    section: 'matrix',
    default: 0.1,
    min: 0,
    max: 1,
    step: 0.01,
    scale: 'linear',
    description:
      'Fraction of secreted tropoelastin assembled into mature, cross-linked elastic fibres; the rest is ' +
      'cleared. Adult skin assembles elastin poorly.',
    source:
      'assumed: elastic-fibre assembly needs fibrillin microfibrils and is largely a developmental process; ' +
      'adult dermal fibroblasts secrete tropoelastin but assemble little of it (Uitto, J Invest Dermatol ' +
      '1979; Sherratt, J Anat 2009). El-Domyati 2015: tropoelastin up while total elastin fell; Aesthet Surg J ' +
      '2021: elastin protein unchanged (EVIDENCE §7)',
    evidence: 'assumed',
  },
  {
    id: 'elastin_assembly_half_time_days',
    kind: 'number',
    label: 'Tropoelastin assembly half-time',
    unit: 'days',
    group: 'model',
    section: 'matrix',
    default: 14,
    min: 1,
    max: 90,
    step: 1,
    scale: 'linear',
    description: 'Half-time with which secreted tropoelastin is either assembled into elastic fibres or cleared.',
    source:
      'assumed: soluble tropoelastin is either coacervated onto microfibrils and cross-linked or degraded ' +
      'within days to weeks (Sherratt 2009)',
    evidence: 'assumed',
  },
  {
    id: 'fibre_rotation_deg_per_h',
    kind: 'number',
    label: 'Fibre rotation rate',
    unit: '°/h',
    group: 'model',
    section: 'matrix',
    default: 3,
    min: 0,
    max: 10,
    step: 0.1,
    scale: 'linear',
    description:
      'Fastest rate at which a fibroblast turns the local collagen fibres toward its own heading. Sets how ' +
      'quickly new matrix aligns (scar-like alignment must not appear in micro-channels).',
    source: 'assumed: model value of Rouillard & Holmes 2012, ≤ 3°/h (EVIDENCE §4a). Calibrate against T13',
    evidence: 'assumed',
  },

  // ───────────────────────────── model: epidermis ─────────────────────────────
  {
    id: 'keratinocyte_sheet_speed_um_h',
    kind: 'number',
    label: 'Keratinocyte sheet speed',
    unit: 'µm/h',
    group: 'model',
    section: 'epidermis',
    default: 5,
    min: 1,
    max: 90,
    step: 0.5,
    scale: 'linear',
    description:
      'Speed at which the basal keratinocyte edge advances over a channel opening. Sets when a channel is ' +
      're-covered and the barrier can recover.',
    source:
      'derived: closing a 35–125 µm-radius opening within 12–24 h (micro-wound data: Laubach 2006) implies ' +
      '≥ 1.5–10 µm/h (EVIDENCE §3c). Upper bound: 87 µm/h tunnelling through fibrin in vitro (Ronfard & ' +
      'Barrandon 2001)',
    evidence: 'derived',
  },
  {
    id: 'keratinocyte_migration_lag_h',
    kind: 'number',
    label: 'Keratinocyte migration lag',
    unit: 'h',
    group: 'model',
    section: 'epidermis',
    default: 3,
    min: 0,
    max: 48,
    step: 0.5,
    scale: 'linear',
    description:
      'Delay before the keratinocytes at the edge of an opening loosen their attachments and start to migrate ' +
      'across it; after it the edge advances at the sheet speed (a lag, then a constant-speed front).',
    source:
      'assumed: keratinocytes reach the margins of a ~100 µm micro-zone within ~1 h and restore basal continuity ' +
      'by 24 h (Laubach 2006, EVIDENCE §3a); in larger wounds migration starts after hours to a day (desmosome ' +
      'and hemidesmosome loosening); a constant-speed front after a lag is the travelling wave of Sherratt & ' +
      'Murray 1990. 3 h keeps a 33 µm basal gap covered by ~10 h. Checked by T3',
    evidence: 'assumed',
  },
  {
    id: 'epidermal_restoration_tau_h',
    kind: 'number',
    label: 'Epidermal restoration time constant',
    unit: 'h',
    group: 'model',
    section: 'epidermis',
    default: 36,
    min: 6,
    max: 96,
    step: 1,
    scale: 'linear',
    description:
      'Time constant for re-covered epidermis to regain its full layered structure (stratification, shedding ' +
      'of necrotic debris).',
    source:
      'derived: basal continuity at 24 h and complete regeneration by day 5–7 (Laubach 2006; Schmitt 2018, H); ' +
      '95 % after 24 h + 3τ ≈ day 5.5 gives τ ≈ 36 h. EVIDENCE §3a. Checked by T3',
    evidence: 'derived',
  },

  // ───────────────────────────── model: visible skin response ─────────────────────────────
  {
    id: 'erythema_tau_h',
    kind: 'number',
    label: 'Redness fading time constant',
    unit: 'h',
    group: 'model',
    section: 'skin-response',
    default: 16,
    min: 1,
    max: 72,
    step: 0.5,
    scale: 'linear',
    description: 'Time constant with which visible redness follows the fall of inflammation and vasodilation.',
    source:
      'derived: erythema resolves in 2–3 days (Minutilli 2024, M), i.e. 3τ ≈ 48 h; 3–6 h after a shallow roller ' +
      '(Hong Kong J Dermatol Venereol 2018, H); < 48 h after patches (Donnelly 2014, H). EVIDENCE §2f. ' +
      'Checked by T9',
    evidence: 'derived',
  },
  {
    id: 'pigment_sensitivity_per_type',
    kind: 'number',
    label: 'Pigment sensitivity per skin type',
    unit: '',
    group: 'model',
    section: 'skin-response',
    default: 1.5,
    min: 1,
    max: 3,
    step: 0.05,
    scale: 'linear',
    description:
      'Factor by which melanocyte responsiveness to inflammation (the PIH hazard) multiplies per Fitzpatrick step ' +
      'above type I (type V = this⁴ × type I). Darker skin makes more pigment in response to inflammation.',
    source:
      'assumed shape: PIH after resurfacing is common in types IV–VI and uncommon in I–II; 1.5 puts type I at ' +
      '~1/4 of type IV–V hazard. Anchor for types IV–V: PIH in 17 % after a 1.5 mm roller course (Dogra 2014, H; ' +
      'pigment_base_rate). "Colour-blind, no PIH" claims are contested (EVIDENCE §5, §7). Checked by P5',
    evidence: 'assumed',
  },

  // ───────────────────────────── model: vessels ─────────────────────────────
  {
    id: 'vessel_max_density',
    kind: 'number',
    label: 'Peak capillary density',
    unit: '',
    group: 'model',
    section: 'vessels',
    default: 3,
    min: 1,
    max: 5,
    step: 0.1,
    scale: 'linear',
    description:
      'Highest capillary density, relative to normal dermis, that sprouting can reach in injured tissue before ' +
      'the excess is pruned.',
    source:
      'Capillary content peaks at ≥ 3× normal in excisional wounds (DiPietro, Curr Opin Rheumatol 2013, H; ' +
      'EVIDENCE §3b); micro-channels may overshoot less (T8 asks ≥ 1.5)',
    evidence: 'measured',
  },
  {
    id: 'tip_cell_speed_um_h',
    kind: 'number',
    label: 'Vessel sprout speed',
    unit: 'µm/h',
    group: 'model',
    section: 'vessels',
    default: 10,
    min: 1,
    max: 60,
    step: 0.5,
    scale: 'linear',
    description: 'Speed at which an endothelial tip cell leads a new capillary sprout up the VEGF gradient.',
    source:
      'assumed: no measured value in EVIDENCE; of the order of fibroblast speed. First new vessels by day ~7 ' +
      '(PMC2739287) constrains it. Calibrate against T8',
    evidence: 'assumed',
  },
  {
    id: 'vessel_regression_half_life_days',
    kind: 'number',
    label: 'Vessel regression half-life',
    unit: 'days',
    group: 'model',
    section: 'vessels',
    default: 5,
    min: 1,
    max: 60,
    step: 0.5,
    scale: 'linear',
    description: 'Half-life of the excess capillaries once VEGF falls; they are pruned back toward normal density.',
    source:
      'derived: peak at days 7–14 and permeability back to baseline by day 28 (PMC2739287, M; EVIDENCE §3b, ' +
      '§6.8): the excess falls below 10 % (≈ 3.3 half-lives) in 14–21 days, so a half-life of ≈ 4–6 days. ' +
      'Checked by T8',
    evidence: 'derived',
  },

  // ───────────────────────────── model: patient factors ─────────────────────────────
  {
    id: 'age_procollagen_reduction_80',
    kind: 'number',
    label: 'Procollagen loss at 80+',
    unit: '',
    group: 'model',
    section: 'patient-factors',
    default: 0.32,
    min: 0,
    max: 0.6,
    step: 0.01,
    scale: 'linear',
    description:
      'Fractional drop in collagen output per fibroblast at age 80+ compared with young adults. The model ' +
      'interpolates linearly from none at 35 (the reference patient) to this at 80 (assumed shape).',
    source:
      'Type I procollagen 82 ± 16 (18–29 yr) vs 56 ± 8 ng/ml (80+ yr): −32 % (Varani et al., Am J Pathol 2006, ' +
      'H). EVIDENCE §5',
    evidence: 'measured',
  },
  {
    id: 'age_fibroblast_proliferation_reduction_80',
    kind: 'number',
    label: 'Fibroblast proliferation loss at 80',
    unit: '',
    group: 'model',
    section: 'patient-factors',
    default: 0.25,
    min: 0,
    max: 0.6,
    step: 0.01,
    scale: 'linear',
    description:
      'Fractional drop in the division rate of activated fibroblasts at age 80 compared with 35 (linear in ' +
      'between; none below 35): older wounds fill with new fibroblasts more slowly.',
    source:
      'assumed size, direction measured but contested: fibroblasts from old donors replicated and migrated more ' +
      'slowly (Schneider & Mitsui, PNAS 1976, M); in healthy screened donors the replicative lifespan did not ' +
      'fall with age (Cristofalo et al., PNAS 1998, M), hence a modest 25 %. Not tuned to P1',
    evidence: 'assumed',
  },
  {
    id: 'age_reepithelialisation_delay_days',
    kind: 'number',
    label: 'Re-epithelialisation delay over 65',
    unit: 'days',
    group: 'model',
    section: 'patient-factors',
    default: 1.9,
    min: 0,
    max: 5,
    step: 0.1,
    scale: 'linear',
    description:
      'Extra days people over 65 needed to epithelialise a 2 × 2 cm superficial split-thickness wound. The ' +
      'model converts it into a proportional slowing of the keratinocyte sheet for older patients.',
    source:
      'Holt et al., Surgery 1992: +1.9 days (> 65 vs 18–55 yr), with no difference in collagen accumulation ' +
      '(H). EVIDENCE §5',
    evidence: 'measured',
  },
  {
    id: 'smoker_tissue_oxygen_factor',
    kind: 'number',
    label: 'Smoker tissue oxygen',
    unit: '',
    group: 'model',
    section: 'patient-factors',
    default: 0.8,
    min: 0.5,
    max: 1,
    step: 0.01,
    scale: 'linear',
    description:
      'Oxygen that perfused skin is held at in a smoker, relative to a non-smoker (1 = no effect), averaged over ' +
      'the day. Nicotine constricts skin vessels and carbon monoxide takes up haemoglobin, so less oxygen reaches ' +
      'the tissue; collagen synthesis needs oxygen (prolyl hydroxylation), so smokers’ fibroblasts make less.',
    source:
      'assumed size, direction measured: subcutaneous wound-tissue pO₂ fell rapidly after each cigarette and ' +
      'stayed low for 30–50 min, so a pack-a-day smoker is hypoxic for a large part of the day (Jensen et al., ' +
      'Arch Surg 1991, H; the size of the fall, about a quarter, is recalled, not read). 0.8 = that fall over ' +
      'about half the waking day plus carboxyhaemoglobin. Not tuned to P2',
    evidence: 'assumed',
  },
  {
    id: 'smoker_macrophage_factor',
    kind: 'number',
    label: 'Smoker macrophage factor',
    unit: '',
    group: 'model',
    section: 'patient-factors',
    default: 0.28,
    min: 0.1,
    max: 1,
    step: 0.01,
    scale: 'linear',
    description:
      'Multiplier on macrophage recruitment in smokers (1 = no effect). The source value is an odds ratio, used ' +
      'here as an approximate ratio.',
    source: 'Macrophages in wounds of smokers: OR 0.28 (Sørensen et al., Wound Repair Regen 2010, H). EVIDENCE §5',
    evidence: 'measured',
  },
  {
    id: 'smoker_fibroblast_proliferation_factor',
    kind: 'number',
    label: 'Smoker fibroblast division factor',
    unit: '',
    group: 'model',
    section: 'patient-factors',
    default: 0.5,
    min: 0.2,
    max: 1,
    step: 0.01,
    scale: 'linear',
    description:
      'Division rate of activated fibroblasts in smokers relative to non-smokers (1 = no effect): fewer new ' +
      'fibroblasts fill the wound, so fewer cells lay down collagen.',
    source:
      'calibrated size, direction measured: fewer collagen-producing (PINP⁺) fibroblasts in smokers’ wounds, OR ' +
      '0.37, and stopping smoking restored inflammation but not proliferation, so the effect is on the fibroblasts, ' +
      'not only through fewer macrophages (Sørensen et al., Wound Repair Regen 2010, H). EVIDENCE §5. Hypoxia and ' +
      'fewer macrophages alone left new collagen at ×0.71 of a non-smoker’s; halving division (one value tried) ' +
      'brings it to ≈ ×0.62, toward Jorgensen’s 0.56 (P2)',
    evidence: 'calibrated',
  },
  {
    id: 'diabetes_tnf_factor',
    kind: 'number',
    label: 'Diabetes inflammatory-signal factor',
    unit: '',
    group: 'model',
    section: 'patient-factors',
    default: 4,
    min: 1,
    max: 8,
    step: 0.1,
    scale: 'linear',
    description:
      'Multiplier on pro-inflammatory (TNF-like chemokine) production in diabetes; inflammation lasts longer ' +
      'and collagen is delayed.',
    source:
      'assumed: model value of Mi et al., Surgery 2007 (ABM), which reproduced diabetic healing with TNF ' +
      'production ×4 (EVIDENCE §4b, §5); TNF-α raised on days 7–14 in db/db wounds (M)',
    evidence: 'assumed',
  },
  {
    id: 'diabetes_tgf_beta_factor',
    kind: 'number',
    label: 'Diabetes TGF-β factor',
    unit: '',
    group: 'model',
    section: 'patient-factors',
    default: 0.33,
    min: 0.2,
    max: 1,
    step: 0.01,
    scale: 'linear',
    description:
      'Multiplier on TGF-β production by macrophages, platelets and myofibroblasts in diabetes (1 = no effect). ' +
      'Less TGF-β activates fewer fibroblasts, so granulation tissue and collagen lag.',
    source:
      'assumed: model value of Mi et al., Surgery 2007 (ABM), which reproduced diabetic healing with TGF-β1 ' +
      'production −67 % (EVIDENCE §4b, §5). Used together with Mi’s other mechanism, TNF ×4, which alone leaves ' +
      'new collagen at day 14 unchanged in this model while db/db wounds make less granulation tissue (Michaels ' +
      '2007). Not tuned to P3',
    evidence: 'assumed',
  },
  {
    id: 'diabetes_efferocytosis_factor',
    kind: 'number',
    label: 'Diabetes efferocytosis factor',
    unit: '',
    group: 'model',
    section: 'patient-factors',
    default: 0.5,
    min: 0.1,
    max: 1,
    step: 0.01,
    scale: 'linear',
    description:
      'Rate at which macrophages eat apoptotic neutrophils in diabetes, relative to normal (1 = no effect). ' +
      'Uneaten neutrophils lyse and inflame the tissue, and less efferocytosis means less of the TGF-β that turns ' +
      'macrophages reparative (M2): inflammation lasts longer.',
    source:
      'assumed size, direction measured: macrophages from db/db wounds were impaired in efferocytosis, with more ' +
      'apoptotic cells and pro-inflammatory cytokines in diabetic mouse and human wounds (Khanna et al., PLoS One ' +
      '2010, H). Not tuned to P3',
    evidence: 'assumed',
  },
  {
    id: 'diabetes_epithelialisation_factor',
    kind: 'number',
    label: 'Diabetes keratinocyte factor',
    unit: '',
    group: 'model',
    section: 'patient-factors',
    default: 1,
    min: 0.3,
    max: 1,
    step: 0.01,
    scale: 'linear',
    description:
      'Multiplier on keratinocyte sheet speed in diabetes. 1 (no effect) because epithelialisation rate was ' +
      'unchanged even where granulation and vessels were impaired.',
    source: 'db/db mice: epithelialisation rate unchanged (Michaels et al., Wound Repair Regen 2007, H). EVIDENCE §5',
    evidence: 'measured',
  },
  {
    id: 'diabetes_sprouting_factor',
    kind: 'number',
    label: 'Diabetes vessel-sprouting response',
    unit: '',
    group: 'model',
    section: 'patient-factors',
    default: 0.5,
    min: 0.2,
    max: 1,
    step: 0.01,
    scale: 'linear',
    description:
      'Sprouting response of capillaries to VEGF in diabetes, relative to normal (1 = no effect): the same VEGF ' +
      'grows fewer new vessels, so the vessel overshoot after needling is smaller and slower.',
    source:
      'assumed size, direction measured: reduced vascularity and granulation tissue in db/db wounds (Michaels et ' +
      'al., Wound Repair Regen 2007, H); hyperglycaemia blunts endothelial VEGF signalling ("VEGF resistance", ' +
      'Waltenberger, Cardiovasc Res 2001, M). EVIDENCE §5. Not tuned to P3',
    evidence: 'assumed',
  },
  {
    id: 'keloid_collagen_factor',
    kind: 'number',
    label: 'Keloid collagen synthesis factor',
    unit: '',
    group: 'model',
    section: 'patient-factors',
    default: 2,
    min: 1,
    max: 5,
    step: 0.1,
    scale: 'linear',
    description: 'Multiplier on collagen synthesis per fibroblast with a keloid tendency (1 = no effect).',
    source:
      'assumed size; direction measured: keloid fibroblasts make more collagen per cell at all phases, same ' +
      'growth kinetics (Diegelmann, Cohen & McCoy, J Cell Physiol 1979, H; fold not seen). EVIDENCE §5',
    evidence: 'assumed',
  },

  // ───────────────────────────── model: biology added with the healing rules ─────────────────────────────
  {
    id: 'neutrophil_secondary_necrosis_h',
    kind: 'number',
    label: 'Apoptotic neutrophil lysis time',
    unit: 'h',
    group: 'model',
    section: 'inflammation',
    default: 12,
    min: 2,
    max: 72,
    step: 1,
    scale: 'linear',
    description:
      'Hours an apoptotic neutrophil lies uneaten before it lyses (secondary necrosis) and its contents become debris again, which prolongs inflammation.',
    source:
      'assumed: apoptotic neutrophils undergo secondary necrosis within hours to a day in vitro when not cleared (reviews); calibrate against T1',
    evidence: 'assumed',
  },
  {
    id: 'macrophage_recruitment_per_h',
    kind: 'number',
    label: 'Monocyte recruitment rate',
    unit: 'cells/h per (signal · mm³ perfused dermis)',
    group: 'model',
    section: 'inflammation',
    default: 4500,
    min: 1,
    max: 100000,
    step: 1,
    scale: 'log',
    description:
      'How many monocytes leave the capillaries per hour per unit of injury signal in perfused dermis; they become macrophages in the wound.',
    source:
      'assumed: no cell counts exist for micro-needle channels (EVIDENCE §8); calibrated so that macrophages (M1+M2) peak between 48 and 120 h (TARGETS T2, EVIDENCE §3b)',
    evidence: 'calibrated',
  },
  {
    id: 'monocyte_maturation_h',
    kind: 'number',
    label: 'Monocyte → macrophage maturation',
    unit: 'h',
    group: 'model',
    section: 'inflammation',
    default: 24,
    min: 2,
    max: 96,
    step: 1,
    scale: 'linear',
    description:
      'Hours a recruited monocyte spends in the tissue before it has differentiated into an (M1) macrophage.',
    source:
      'assumed: monocytes infiltrate from ~day 1 and macrophages predominate from day 2–3 (EVIDENCE §3b, M); ' +
      'in-tissue differentiation takes 1–2 days (reviews). Calibrate against T2',
    evidence: 'assumed',
  },
  {
    id: 'macrophage_debris_clearance_per_h',
    kind: 'number',
    label: 'Debris cleared per macrophage',
    unit: 'damage fraction/h',
    group: 'model',
    section: 'inflammation',
    default: 2,
    min: 0,
    max: 4,
    step: 0.01,
    scale: 'linear',
    description: 'Fraction of a voxel’s necrotic tissue one macrophage phagocytoses per hour.',
    source:
      'assumed: macrophages are the main phagocytes from day 2–3 (EVIDENCE §3b); twice a neutrophil’s rate (a larger, ' +
      'professional phagocyte). Checked by T1: the neutrophil tail ends when the debris is gone',
    evidence: 'assumed',
  },
  {
    id: 'efferocytosis_rate_per_h',
    kind: 'number',
    label: 'Efferocytosis rate',
    unit: '1/h per macrophage',
    group: 'model',
    section: 'inflammation',
    default: 2,
    min: 0.05,
    max: 20,
    step: 0.05,
    scale: 'log',
    description:
      'Rate at which a macrophage sharing space with an apoptotic neutrophil eats it. Efferocytosis releases TGF-β and pushes macrophages toward the reparative M2 state.',
    source:
      'assumed: efferocytosis of an apoptotic cell takes tens of minutes (reviews); M2 shift after efferocytosis (Krzyszczyk 2018, PMC5938667). Calibrate against T1, T2',
    evidence: 'assumed',
  },
  {
    id: 'macrophage_m2_tgf_boost',
    kind: 'number',
    label: 'Efferocytosis push toward M2',
    unit: '',
    group: 'model',
    section: 'inflammation',
    default: 3,
    min: 0,
    max: 20,
    step: 0.5,
    scale: 'linear',
    description:
      'How much TGF-β at a macrophage (mostly from eaten neutrophils) speeds its switch to M2: switch hazard × (1 + this × T/(T+K)).',
    source:
      'assumed: efferocytosis and TGF-β/IL-10 drive M2 polarisation (Krzyszczyk 2018; Hesketh 2017, EVIDENCE §3b). Calibrate against T2',
    evidence: 'assumed',
  },
  {
    id: 'lumen_infill_per_h',
    kind: 'number',
    label: 'Channel infill per immune cell',
    unit: '1/h',
    group: 'model',
    section: 'channel',
    default: 0.15,
    min: 0,
    max: 2,
    step: 0.01,
    scale: 'linear',
    description:
      'Rate at which one neutrophil or macrophage in an open channel lumen fills it with fibrin, cells and debris, on top of elastic closure. Makes closure speed up as cells arrive.',
    source:
      'assumed: pores close by tissue recoil and by infill (PMC8259462: closure half-life 20–26 h, full closure ~60 h, faster than a single exponential). calibrated so that channel_patency is below 0.1 by 72 h (T5)',
    evidence: 'calibrated',
  },
  {
    id: 'm1_inflammatory_signal_per_h',
    kind: 'number',
    label: 'Inflammatory signal per M1 macrophage',
    unit: 'signal/h',
    group: 'model',
    section: 'inflammation',
    default: 0.05,
    min: 0,
    max: 2,
    step: 0.005,
    scale: 'linear',
    description:
      'Inflammatory signal (TNF, IL-1: the chemokine field) an M1 macrophage releases per hour. Multiplied by the diabetes TNF factor.',
    source:
      'assumed: M1 macrophages secrete TNF-α and IL-1β (Krzyszczyk 2018); relative units. Calibrate against T1, T9',
    evidence: 'assumed',
  },
  {
    id: 'm2_growth_factor_per_h',
    kind: 'number',
    label: 'Growth factors per M2 macrophage',
    unit: 'relative/h',
    group: 'model',
    section: 'inflammation',
    default: 25,
    min: 0.1,
    max: 10_000,
    step: 0.01,
    scale: 'log',
    description: 'TGF-β and PDGF an M2 macrophage releases per hour (relative units: 1 = half-activates fibroblasts).',
    source:
      'assumed: M2 macrophages secrete TGF-β and PDGF (Krzyszczyk 2018, EVIDENCE §3b; Mi 2007 model). Calibrate against T6, T7, T11',
    evidence: 'assumed',
  },
  {
    id: 'm2_vegf_per_h',
    kind: 'number',
    label: 'VEGF per M2 macrophage',
    unit: 'relative/h',
    group: 'model',
    section: 'vessels',
    default: 250,
    min: 0.1,
    max: 10_000,
    step: 0.05,
    scale: 'log',
    description: 'VEGF an M2 macrophage releases per hour (relative units: 1 = half-saturates sprouting).',
    source:
      'calibrated: macrophages are the main VEGF source in wounds (DiPietro 2013); relative units, set so that ' +
      'vessels_tz overshoots to ≥ 1.5 by day 5–14 (T8)',
    evidence: 'calibrated',
  },
  {
    id: 'platelet_growth_factor_per_h',
    kind: 'number',
    label: 'Platelet growth-factor release',
    unit: 'relative/h',
    group: 'model',
    section: 'inflammation',
    default: 20,
    min: 0.1,
    max: 10_000,
    step: 0.1,
    scale: 'log',
    description:
      'PDGF and TGF-β one platelet aggregate releases per hour at first; release then falls with the release time constant.',
    source:
      'assumed: platelets release PDGF and TGF-β from α-granules at the clot (EVIDENCE §3b); relative units. Calibrate against T6, T11',
    evidence: 'assumed',
  },
  {
    id: 'platelet_release_tau_h',
    kind: 'number',
    label: 'Platelet release time constant',
    unit: 'h',
    group: 'model',
    section: 'inflammation',
    default: 24,
    min: 1,
    max: 96,
    step: 1,
    scale: 'linear',
    description:
      'Time constant with which the clot’s growth-factor release falls (fast degranulation, then slow release from the fibrin-bound store).',
    source:
      'assumed: most α-granule content is released within an hour of activation, fibrin-bound PDGF/TGF-β over days (reviews)',
    evidence: 'assumed',
  },
  {
    id: 'clot_lifetime_h',
    kind: 'number',
    label: 'Clot lifetime',
    unit: 'h',
    group: 'model',
    section: 'inflammation',
    default: 72,
    min: 6,
    max: 240,
    step: 6,
    scale: 'linear',
    description: 'Time until a channel clot is resorbed (phagocytosed and lysed).',
    source:
      'assumed: micro-wound crusts and debris plugs are shed within ~1 week (Laubach 2006, EVIDENCE §3a); the intra-channel clot is resorbed earlier',
    evidence: 'assumed',
  },
  {
    id: 'fibroblast_activation_half_sat',
    kind: 'number',
    label: 'Fibroblast activation threshold',
    unit: 'relative',
    group: 'model',
    section: 'fibroblasts',
    default: 1,
    min: 0.05,
    max: 10,
    step: 0.05,
    scale: 'log',
    description: 'PDGF + TGF-β (relative units) at which fibroblasts are half activated.',
    source: 'assumed: relative units; sets the scale of every growth-factor source',
    evidence: 'assumed',
  },
  {
    id: 'fibroblast_activation_time_h',
    kind: 'number',
    label: 'Fibroblast activation time',
    unit: 'h',
    group: 'model',
    section: 'fibroblasts',
    default: 24,
    min: 2,
    max: 96,
    step: 1,
    scale: 'linear',
    description:
      'Time constant with which fibroblasts respond to growth factors (from quiescence to migrating and dividing).',
    source:
      'assumed: quiescent fibroblasts enter S phase 12–24 h after PDGF; fibroblast influx from day 2–3 (EVIDENCE §3b). Calibrate against T6',
    evidence: 'assumed',
  },
  {
    id: 'fibroblast_deactivation_time_h',
    kind: 'number',
    label: 'Fibroblast return to quiescence',
    unit: 'h',
    group: 'model',
    section: 'fibroblasts',
    default: 96,
    min: 12,
    max: 480,
    step: 6,
    scale: 'log',
    description: 'Time constant with which activated fibroblasts return to quiescence once growth factors fall.',
    source: 'assumed: fibroblasts dominate the wound through week 1–2 (EVIDENCE §3b)',
    evidence: 'assumed',
  },
  {
    id: 'fibroblast_max_density',
    kind: 'number',
    label: 'Granulation tissue crowding limit',
    unit: '× resting',
    group: 'model',
    section: 'fibroblasts',
    default: 2,
    min: 1.2,
    max: 10,
    step: 0.1,
    scale: 'linear',
    description: 'Local fibroblast density (relative to resting dermis) at which division stops (contact inhibition).',
    source:
      'assumed: granulation tissue is several times as cellular as dermis; Rouillard & Holmes 2012 cap density at 0.0085 cells/µm² in 2-D (EVIDENCE §4a)',
    evidence: 'assumed',
  },
  {
    id: 'fibroblast_excess_half_life_h',
    kind: 'number',
    label: 'Excess fibroblast half-life',
    unit: 'h',
    group: 'model',
    section: 'fibroblasts',
    default: 240,
    min: 24,
    max: 2000,
    step: 12,
    scale: 'log',
    description:
      'Half-life of quiescent fibroblasts where tissue is more crowded than resting dermis (granulation tissue returns to normal cellularity).',
    source: 'assumed: Rouillard & Holmes 2012 apoptosis clock 240 h (EVIDENCE §4a)',
    evidence: 'assumed',
  },
  {
    id: 'myofibroblast_tgf_beta_threshold',
    kind: 'number',
    label: 'Myofibroblast TGF-β threshold',
    unit: 'relative',
    group: 'model',
    section: 'fibroblasts',
    default: 2,
    min: 0.01,
    max: 5,
    step: 0.01,
    scale: 'log',
    description:
      'Effective TGF-β1 (TGF-β1 blunted by TGF-β3) above which long-activated fibroblasts differentiate into ' +
      'myofibroblasts; it also keeps them alive, and below it they revert or die.',
    source:
      'assumed: TGF-β1 induces α-SMA and myofibroblast survival (Desmoulière 1995, EVIDENCE §3b). Calibrate against T7',
    evidence: 'assumed',
  },
  {
    id: 'collagen_iii_share_sparse',
    kind: 'number',
    label: 'Collagen III share of granulation matrix',
    unit: '',
    group: 'model',
    section: 'matrix',
    default: 0.5,
    min: 0.15,
    max: 0.9,
    step: 0.05,
    scale: 'linear',
    description:
      'Share of type III in the collagen an activated fibroblast makes where the tissue is still sparse (cells ' +
      'dividing into emptied tissue). It falls to the resting dermis’s 15 % as division fills the tissue to the ' +
      'crowding limit, so collagen III comes first wherever a wound is being repopulated.',
    source:
      'assumed: granulation tissue is III-rich (early wound up to ~30 % type III in content, which still holds the ' +
      'resting 85 % type I, so new synthesis must be richer: EVIDENCE §1c, §6.6); resting dermis 10–15 % III. ' +
      '0.5 chosen between them and not tuned; that III comes before I (T6: Gay 1978) follows from proliferation ' +
      'and contact inhibition, not from this value',
    evidence: 'assumed',
  },
  {
    id: 'collagen_capacity_rel',
    kind: 'number',
    label: 'Collagen a voxel can hold',
    unit: '× resting',
    group: 'model',
    section: 'matrix',
    default: 2,
    min: 1.2,
    max: 4,
    step: 0.1,
    scale: 'linear',
    description:
      'Matrix feedback on synthesis: fibroblasts in dense collagen make less of it. An activated fibroblast or ' +
      'myofibroblast lays down its full amount where the dermis holds resting collagen or less (a wound, a scar ' +
      'depression), less as the local collagen rises, and none at this content. So repeated sessions cannot pile ' +
      'collagen up without limit, and depleted tissue fills while its dense surround does not.',
    source:
      'assumed: fibroblasts in collagen lattices synthesise far less collagen than on plastic, and less the denser ' +
      'the lattice (Mauch et al., Exp Cell Res 1988; Eckes et al., J Cell Sci 1993). The linear fall and twice the ' +
      'resting content are chosen, not fitted: hypertrophic scar and 4-session treated dermis stay within twice ' +
      'normal (ultrasound dermal density +102 % after 4 monthly sessions, ASJ 2021, EVIDENCE §2; T10 bound)',
    evidence: 'assumed',
  },
  {
    id: 'collagen_i_excess_half_life_days',
    kind: 'number',
    label: 'Collagen turnover half-life',
    unit: 'days',
    group: 'model',
    section: 'matrix',
    default: 700,
    min: 30,
    max: 2000,
    step: 10,
    scale: 'log',
    description:
      'Half-life of homeostatic dermal collagen turnover: basal MMP degradation, balanced by resting ' +
      'fibroblasts laying the same amount back in the basket-weave orientation. Collagen above the ' +
      'pre-treatment density (and fibre alignment) returns toward baseline with it, so gains fade over years ' +
      'without new sessions.',
    source:
      'assumed: mature, cross-linked skin collagen turns over over years (Verzijl et al., J Biol Chem 2000: ' +
      'half-life of the order of a decade); gains from needling persist at 6–12 months (Aust 2008; Alam 2014, ' +
      'EVIDENCE §2e). About 2 years keeps most of the gain through month 6 (T10, T12)',
    evidence: 'assumed',
  },
  {
    id: 'matrix_volume_fraction',
    kind: 'number',
    label: 'Matrix gain that becomes volume (k_vol)',
    unit: '',
    group: 'model',
    section: 'matrix',
    default: 0.5,
    min: 0.1,
    max: 1,
    step: 0.05,
    scale: 'linear',
    description:
      'How much of a dermal collagen gain or loss changes the dermis’s volume rather than its density: the skin ' +
      'surface over a column of dermis sits k_vol × Σ depth × (collagen ÷ resting − 1) above the normal surface. ' +
      'It turns missing matrix into a scar’s depression and new matrix into its lift (conditions only).',
    source:
      'assumed: after needling, ultrasound finds dermal density up about 100 % with modest thickness changes (ASJ ' +
      '2021, EVIDENCE §2e), so k_vol is below 1; it must stay high enough that a scar 0.3–0.5 mm deep is missing ' +
      'matrix in a dermis about 1.25 mm thick (Jacob 2001). 0.5 chosen between them, not tuned; the starting ' +
      'depths do not depend on it (the build solves for them), only how far new matrix lifts the surface',
    evidence: 'assumed',
  },
  {
    id: 'keloid_tgf_beta_factor',
    kind: 'number',
    label: 'Keloid TGF-β response factor',
    unit: '',
    group: 'model',
    section: 'patient-factors',
    default: 2,
    min: 1,
    max: 4,
    step: 0.1,
    scale: 'linear',
    description:
      'How much more strongly fibroblasts respond to TGF-β with a keloid/hypertrophic tendency (1 = no effect): ' +
      'the TGF-β level at which they turn into myofibroblasts, and which keeps myofibroblasts alive, is divided ' +
      'by it, so more of them convert and they persist longer.',
    source:
      'assumed size; direction measured: keloid fibroblasts express more TGF-β receptors I and II and activate ' +
      'more Smad3 (Chin et al., Plast Reconstr Surg 2001, M, recalled), and hypertrophic-scar tissue and ' +
      'fibroblasts make more TGF-β1 (Wang et al., Wound Repair Regen 2000, M). EVIDENCE §5',
    evidence: 'assumed',
  },
  {
    id: 'barrier_water_loss_scale',
    kind: 'number',
    label: 'Water loss of an open channel',
    unit: '× intact skin',
    group: 'model',
    section: 'epidermis',
    default: 20,
    min: 2,
    max: 60,
    step: 1,
    scale: 'log',
    description:
      'Water lost per unit area through a channel opening that is not yet sealed, relative to the same area of intact skin (a wound surface loses water many times faster). Sets how far the barrier index falls right after needling.',
    source:
      'derived: TEWL of intact skin ≈ 5–10 g/m²/h against ≈ 100–200 g/m²/h from a stripped or open wound surface, a ratio of ≈ 10–30 (review values, EVIDENCE §2c is qualitative); 20 is its middle. Checked by T4 and T5',
    evidence: 'derived',
  },
  {
    id: 'epidermal_thickening_gain',
    kind: 'number',
    label: 'Epidermal proliferation per dermal growth factor',
    unit: '1/signal',
    group: 'model',
    section: 'epidermis',
    default: 3.5,
    min: 0,
    max: 10,
    step: 0.05,
    scale: 'linear',
    description:
      'How strongly dermal growth factors (KGF/FGF7, EGF from the treated papillary dermis) expand the basal keratinocyte pool: its extra proliferation per hour is this × the signal ÷ the basal pool’s return time. A larger pool makes a thicker epidermis.',
    source:
      'calibrated: +19.3 % epidermal density 3 months after 4 monthly sessions (Aesthet Surg J 2021, H) and +40 % stratum spinosum at 1 year (Aust 2008, H); KGF/FGF7 and EGF up after needling in rat (Aust 2011). EVIDENCE §2e. Checked by T10 and T10a',
    evidence: 'calibrated',
  },
  {
    id: 'epidermal_basal_return_days',
    kind: 'number',
    label: 'Basal keratinocyte pool return time',
    unit: 'days',
    group: 'model',
    section: 'epidermis',
    default: 1000,
    min: 30,
    max: 5000,
    step: 10,
    scale: 'log',
    description:
      'Time constant for an expanded basal keratinocyte pool (deeper rete ridges, more proliferating cells) to return to its resting size once the dermal signal is gone. The suprabasal layers follow the pool over one turnover.',
    source:
      'calibrated: the epidermis is still +40 % (stratum spinosum) with restored rete ridges 1 year after a course (Aust 2008, H), so the expanded basal compartment outlives the turnover time (28–56 days, EVIDENCE §3c) many times over. Checked by T10a',
    evidence: 'calibrated',
  },
  {
    id: 'erythema_half_saturation',
    kind: 'number',
    label: 'Redness half-saturation',
    unit: 'signal',
    group: 'model',
    section: 'skin-response',
    default: 0.05,
    min: 0.001,
    max: 5,
    step: 0.001,
    scale: 'log',
    description: 'Papillary inflammatory signal (× capillary density) at which redness reaches half its maximum.',
    source: 'assumed: relative units; sets how red the skin looks right after needling (visibly red, not maximal)',
    evidence: 'assumed',
  },
  {
    id: 'pigment_base_rate',
    kind: 'number',
    label: 'PIH hazard per inflammation (type I)',
    unit: '1/(signal · h)',
    group: 'model',
    section: 'skin-response',
    default: 0.027,
    min: 0.0001,
    max: 1,
    step: 0.0001,
    scale: 'log',
    description:
      'Post-inflammatory hyperpigmentation hazard added per hour per unit of inflammatory signal at the dermal–epidermal junction in type I skin; darker types multiply it by the sensitivity per type. pigment_risk = 1 − e^(−accumulated hazard), the probability of PIH after the course so far.',
    source:
      'calibrated to Dogra 2014 (J Cosmet Dermatol; EVIDENCE §2f): PIH in 5/30 (17 %, 95 % CI 6–35 %) of types IV–V after five monthly 1.5 mm roller sessions, i.e. ≈ 3.7 % per session if sessions add hazard independently, reproduced by the reference 1.5 mm pen session (mean of types IV and V, 14 days; the model’s 15-pass roller makes only ~2.5 channels/mm², far lighter than a roller worked to uniform pinpoint bleeding). Checked by P5',
    evidence: 'calibrated',
  },
  {
    id: 'melanocyte_inflammation_gain',
    kind: 'number',
    label: 'Melanocyte activation per inflammation (type I)',
    unit: '1/signal',
    group: 'model',
    section: 'skin-response',
    default: 100,
    min: 1,
    max: 1000,
    step: 1,
    scale: 'log',
    description:
      'Rise in basal melanocyte activity per unit of inflammatory signal at the dermal–epidermal junction in type I skin; darker types multiply it by the pigment sensitivity per type, as the PIH hazard. Epidermal melanin follows the activity over the epidermal turnover.',
    source:
      'assumed: sets how much melanin one session adds in darker skin (post-inflammatory hyperpigmentation as a pigment level; its probability is pigment_risk, calibrated to Dogra 2014). Checked by M2 (darker skin darkens more after needling alone)',
    evidence: 'assumed',
  },
  {
    id: 'melanocyte_activation_tau_h',
    kind: 'number',
    label: 'Melanocyte activation time',
    unit: 'h',
    group: 'model',
    section: 'skin-response',
    default: 72,
    min: 6,
    max: 720,
    step: 1,
    scale: 'log',
    description:
      'Time over which basal melanocyte activity follows its stimulation (tyrosinase induction, dendrite growth).',
    source:
      'assumed: melanogenesis responds to a stimulus over days (tanning after UV appears in 2–3 days); no measured value for inflammatory stimulation',
    evidence: 'assumed',
  },
  {
    id: 'melanocyte_vessel_gain',
    kind: 'number',
    label: 'Melanocyte activation per vessel signal',
    unit: '1/signal',
    group: 'model',
    section: 'skin-response',
    default: 1,
    min: 0,
    max: 10,
    step: 0.05,
    scale: 'linear',
    description:
      'Rise in melanocyte activity per unit of dermal vessel signal (VEGF and endothelin-1 from the endothelium of the extra vessels under melasma).',
    source:
      'assumed shape: endothelial cells stimulate melanogenesis through endothelin-1 (Regazzetti et al., J Invest Dermatol 2015;135:3096, recalled); vessel counts correlate with pigmentation in melasma (Kim 2007). Magnitude assumed',
    evidence: 'assumed',
  },
  {
    id: 'melasma_melanocyte_activity',
    kind: 'number',
    label: 'Melasma: intrinsic melanocyte activity',
    unit: '× normal',
    group: 'model',
    section: 'skin-response',
    default: 1.3,
    min: 1,
    max: 3,
    step: 0.05,
    scale: 'linear',
    description:
      'Melanin output of the lesion’s melanocytes per unit of epidermis with no inflammation and no vessel signal, relative to normal skin of the same type (more melanocytes per mm, each more active).',
    source:
      'assumed magnitude: Kang et al., Br J Dermatol 2002;146:228: more melanin in every epidermal layer and more, more active melanocytes in lesional than perilesional skin (no ratio recorded in INDICATIONS.md). With the vessel signal it sets the starting melanin (1.69 × normal)',
    evidence: 'assumed',
  },
  {
    id: 'melasma_vessel_signal',
    kind: 'number',
    label: 'Melasma: dermal vessel signal',
    unit: 'relative',
    group: 'model',
    section: 'skin-response',
    default: 0.3,
    min: 0,
    max: 2,
    step: 0.01,
    scale: 'linear',
    description:
      'Signal from the lesion’s extra and larger dermal vessels to the melanocytes above (0 in normal skin).',
    source:
      'assumed magnitude: Kim et al., J Dermatol Sci 2007;46:111: more and larger dermal vessels and raised VEGF in melasma lesions (no effect size recorded in INDICATIONS.md)',
    evidence: 'assumed',
  },
  {
    id: 'melasma_vessel_recovery_days',
    kind: 'number',
    label: 'Melasma: vessel signal recovery time',
    unit: 'days',
    group: 'model',
    section: 'skin-response',
    default: 60,
    min: 7,
    max: 365,
    step: 1,
    scale: 'log',
    description: 'Time over which the lesion’s vessel signal returns to its lesional level after it has been reduced.',
    source:
      'assumed: capillary networks regrow over weeks to months; melasma relapses over months after tranexamic acid is stopped (recalled from reviews)',
    evidence: 'assumed',
  },
  {
    id: 'txa_vessel_regression_per_h',
    kind: 'number',
    label: 'Vessel-signal regression under tranexamic acid',
    unit: '1/h',
    group: 'model',
    section: 'skin-response',
    default: 0.2,
    min: 0.001,
    max: 5,
    step: 0.005,
    scale: 'log',
    description:
      'Rate at which the lesion’s vessel signal falls per hour at full plasmin inhibition by tranexamic acid delivered down the channels.',
    source:
      'calibrated to Budamakuntla et al., J Cutan Aesthet Surg 2013;6:139: tranexamic acid with microneedling at weeks 0, 4, 8 lowered MASI by 44 % at 12 weeks (read as the fall in excess melanin, M1)',
    evidence: 'calibrated',
  },
  {
    id: 'vegf_half_saturation',
    kind: 'number',
    label: 'VEGF half-saturation',
    unit: 'relative',
    group: 'model',
    section: 'vessels',
    default: 1,
    min: 0.05,
    max: 10,
    step: 0.05,
    scale: 'log',
    description: 'VEGF (relative units) at which capillary sprouting runs at half speed.',
    source: 'assumed: relative units',
    evidence: 'assumed',
  },
  {
    id: 'vessel_reconnect_h',
    kind: 'number',
    label: 'Severed capillary reconnection time',
    unit: 'h',
    group: 'model',
    section: 'vessels',
    default: 72,
    min: 6,
    max: 480,
    step: 6,
    scale: 'log',
    description: 'Time constant for severed capillaries to reconnect to neighbouring vessels without VEGF.',
    source: 'assumed: inosculation of severed microvessels within days (wound-healing reviews)',
    evidence: 'assumed',
  },
  {
    id: 'topical_film_contact_h',
    kind: 'number',
    label: 'Serum film contact time',
    unit: 'h',
    group: 'model',
    section: 'topical',
    default: 1,
    min: 0.25,
    max: 8,
    step: 0.25,
    scale: 'linear',
    description:
      'How long the applied serum film stays on the skin and feeds the open channels, until it dries, is absorbed by the stratum corneum or is wiped off.',
    source:
      'assumed: a ~20 µm aqueous film dries within tens of minutes to a few hours depending on humectants (HA, glycerol); aftercare leaves the serum on. Delivered depth is set by lumen transport against wall uptake (topical.ts), so it changes little with this time for fast-cleared solutes; D1–D3 check the consequences',
    evidence: 'assumed',
  },
  {
    id: 'prp_platelet_concentration_factor',
    kind: 'number',
    label: 'PRP platelet concentration',
    unit: '× blood',
    group: 'model',
    section: 'topical',
    default: 4,
    min: 1,
    max: 8,
    step: 0.5,
    scale: 'linear',
    description:
      'Platelet concentration of platelet-rich plasma relative to whole blood; PRP releases PDGF and TGF-β like a clot of the same volume of blood times this factor.',
    source:
      'measured: therapeutic PRP concentrates platelets 3–5× over blood (Marx, J Oral Maxillofac Surg 2004; not in EVIDENCE, general PRP literature). Checked by D4 (modest effect through growth factors)',
    evidence: 'measured',
  },

  // ───────────────────────────── model: engine ─────────────────────────────
  {
    id: 'quality',
    kind: 'enum',
    label: 'Simulation detail',
    unit: '',
    group: 'model',
    section: 'engine',
    default: 'medium',
    options: [
      { value: 'low', label: 'Low (fast, for tablets)' },
      { value: 'medium', label: 'Medium' },
      { value: 'high', label: 'High (fine detail, slow)' },
    ],
    description:
      'Voxel size of the chemical fields and matrix (the voxel edge per tier is VOXEL_UM in geometry.ts). Finer ' +
      'voxels resolve the gradients around a 50–100 µm channel better but cost more time and memory.',
    source:
      'assumed: a numerical choice. A channel opening of ~70 µm (EVIDENCE §2b) needs several voxels across, and ' +
      'signal decay lengths of 50–300 µm (EVIDENCE §4a) several voxels each',
    evidence: 'assumed',
  },
  {
    id: 'skin_tenting_um',
    kind: 'number',
    label: 'Skin indentation before puncture',
    unit: 'µm',
    group: 'model',
    section: 'device',
    default: 150,
    min: 0,
    max: 400,
    step: 10,
    scale: 'linear',
    description:
      'How far the skin dents under a needle before it gives way; that part of the needle length never makes a ' +
      'channel. Effective depth = penetration fraction × (nominal length − indentation), so short needles ' +
      'barely breach the epidermis.',
    source:
      'calibrated: chosen so that pinpoint bleeding (reaching the papillary capillary loops, ~0.12 mm deep on ' +
      'the cheek) starts between 0.25 and 0.5 mm nominal with a pen, as clinicians report (EVIDENCE §1b). ' +
      'Consistent with a roller reaching only ~20 % of 0.77 mm in rat skin (Kalluri 2011, EVIDENCE §2b).',
    evidence: 'calibrated',
  },
  {
    id: 'fibroblast_density_per_mm3',
    kind: 'number',
    label: 'Resident fibroblast density',
    unit: 'cells/mm³',
    group: 'model',
    section: 'fibroblasts',
    default: 20_000,
    min: 5_000,
    max: 60_000,
    step: 1_000,
    scale: 'log',
    description:
      'Fibroblasts per mm³ of dermis before treatment. Sets how many cells can answer the injury and how much ' +
      'matrix they can make.',
    source:
      'derived: EVIDENCE §1c gives no direct count; ~1–5×10⁴ cells/mm³ estimated from the age-related cell ' +
      'population study (419 autopsies). Default near the low-middle of that range.',
    evidence: 'derived',
  },
  {
    id: 'oxygen_diffusion_um2_h',
    kind: 'number',
    label: 'Oxygen diffusion coefficient',
    unit: 'µm²/h',
    group: 'model',
    section: 'signals',
    default: 6_000_000,
    min: 600_000,
    max: 12_000_000,
    step: 100_000,
    scale: 'log',
    description: 'How fast oxygen spreads through tissue from the capillaries to the cells that use it.',
    source: 'PhysiCell/BioFVM default 1×10⁵ µm²/min (EVIDENCE §4a)',
    evidence: 'measured',
  },
  {
    id: 'oxygen_supply_per_h',
    kind: 'number',
    label: 'Capillary oxygen supply rate',
    unit: '1/h',
    group: 'model',
    section: 'signals',
    default: 6,
    min: 0.5,
    max: 60,
    step: 0.5,
    scale: 'log',
    description:
      'Rate at which perfused dermis pulls tissue oxygen back toward its normal level (1). With diffusion it ' +
      'sets the oxygen deficit around cells that consume it and around closed-off channels.',
    source:
      'derived: PhysiCell/BioFVM default decay 0.1 /min (6 /h) gives a ~1 mm diffusion length with D = 10⁵ ' +
      'µm²/min (EVIDENCE §4a); we use it as the perfusion relaxation rate',
    evidence: 'derived',
  },
  {
    id: 'fibroblast_oxygen_uptake_per_h',
    kind: 'number',
    label: 'Fibroblast oxygen uptake',
    unit: '1/h per cell',
    group: 'model',
    section: 'fibroblasts',
    default: 0.3,
    min: 0,
    max: 6,
    step: 0.1,
    scale: 'linear',
    description: 'First-order oxygen consumption that one fibroblast adds to its voxel.',
    source:
      'assumed: PhysiCell typical uptake 10 /min per cell-volume scaled by a fibroblast (~3000 µm³) over a ' +
      '20 µm voxel (8000 µm³) and by resting fibroblasts being far less active than tumour cells (÷ ~6)',
    evidence: 'assumed',
  },
  {
    id: 'injury_signal_rate_per_h',
    kind: 'number',
    label: 'Injury signal release',
    unit: 'signal/h per damaged voxel',
    group: 'model',
    section: 'signals',
    default: 1,
    min: 0.01,
    max: 100,
    step: 0.01,
    scale: 'log',
    description:
      'Release of the damage/chemokine signal by fully damaged tissue (DAMPs, IL-1, IL-8). The signal is in ' +
      'relative units: 1 = the level a single damaged voxel would hold with no diffusion after one half-life.',
    source: 'assumed: relative units; only its ratio to cell response thresholds matters (calibrate against T1)',
    evidence: 'assumed',
  },
  {
    id: 'block_width_um',
    kind: 'number',
    label: 'Simulated block width',
    unit: 'µm',
    group: 'model',
    section: 'engine',
    default: 1000,
    min: 600,
    max: 2000,
    step: 100,
    scale: 'linear',
    description:
      'Edge of the square patch of skin surface that is simulated (the block reaches down into the fat). A ' +
      'wider block holds more channels and gives smoother averages but costs more.',
    source:
      'assumed: a numerical choice. 1 mm² holds ~30 pen punctures per pass at the default device settings and ' +
      'the treated zone (150 µm around each channel, TARGETS.md) several times over',
    evidence: 'assumed',
  },
] as const satisfies readonly ParamDef[];

// ───────────────────────────── derived types ─────────────────────────────

type SchemaDef = (typeof PARAM_SCHEMA)[number];

/** Every parameter id, as a literal union. */
export type ParamId = SchemaDef['id'];

type ValueOfDef<D> = D extends { readonly kind: 'number' | 'integer' }
  ? number
  : D extends { readonly kind: 'boolean' }
    ? boolean
    : D extends { readonly kind: 'enum'; readonly options: readonly { readonly value: infer V }[] }
      ? V
      : never;

/** A complete, resolved parameter set: id → number | boolean | the enum's value union. */
export type Params = { readonly [D in SchemaDef as D['id']]: ValueOfDef<D> };

/** Any single parameter value. */
export type ParamValue = Params[ParamId];

/** The schema entry of one id, with its literal types (e.g. `ParamDefOf<'device'>['options']`). */
export type ParamDefOf<K extends ParamId> = Extract<SchemaDef, { readonly id: K }>;

/** Schema entries by id. */
export const PARAM_BY_ID = Object.fromEntries(PARAM_SCHEMA.map((def) => [def.id, def])) as {
  readonly [K in ParamId]: ParamDefOf<K>;
};

/** Parameter ids in display order. */
export const PARAM_IDS: readonly ParamId[] = PARAM_SCHEMA.map((def) => def.id);

/** True when `id` names a parameter (own property only: 'constructor', '__proto__' are not ids). */
export function isParamId(id: string): id is ParamId {
  return Object.hasOwn(PARAM_BY_ID, id);
}

/** The schema entry for an arbitrary string, or undefined. */
export function getParamDef(id: string): ParamDef | undefined {
  return isParamId(id) ? PARAM_BY_ID[id] : undefined;
}

/** Every parameter at its default (frozen; the base that validation and `changedParams` compare against). */
export const DEFAULTS: Params = Object.freeze(
  Object.fromEntries(PARAM_SCHEMA.map((def) => [def.id, def.default])) as unknown as Params,
);

/** A fresh object with every parameter at its default (the reference scenario). */
export function defaultParams(): Params {
  return { ...DEFAULTS };
}

/**
 * The options of an enum parameter that a user may choose: all but those not modelled yet. Panels, the protocol
 * matrix and the "allowed" text of validation messages list these.
 */
export function offeredOptions(def: EnumParamDef): readonly EnumOption[] {
  return def.options.filter((option) => option.modelled !== false);
}
