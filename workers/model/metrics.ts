/**
 * The metrics the engine records, one record each: every key of the contract in shared/science/TARGETS.md (same
 * names and units), plus a few extras the app and the validation report use. `t_h` and `phase` are always present.
 * Order is the column order of every export (CSV, JSON, `simulate --json`): append, never reorder.
 *
 * `display` says how a value reads, so every view formats a metric the same way without restating lists of keys:
 *  - 'cells': cells per mm² of skin (charts: arcsinh axis);
 *  - 'percent': a 0–1 fraction read as a percentage (re-epithelialised, barrier, patency);
 *  - 'timesBefore': relative to before treatment (1 = before), read as "× before";
 *  - 'timesNormal': relative to normal skin of the same kind (1 = normal skin), read as "× normal skin";
 *  - 'signal': a relative signal level (no molar unit: ≈ 1 is about half-maximal effect);
 *  - 'index': a 0–1 index read as it is (alignment, redness, pigment risk);
 *  - 'amount': a quantity in its own unit (µg/mm², µm, nL/cm², per mm²);
 *  - 'count', 'time': whole numbers and model hours.
 */
export const METRIC_DISPLAYS = [
  'cells',
  'percent',
  'timesBefore',
  'timesNormal',
  'signal',
  'index',
  'amount',
  'count',
  'time',
] as const;
export type MetricDisplay = (typeof METRIC_DISPLAYS)[number];

export interface MetricDef {
  readonly key: string;
  readonly unit: string;
  readonly description: string;
  readonly display: MetricDisplay;
}

export const METRICS = [
  { key: 't_h', unit: 'h', description: 'model time since the first session', display: 'time' },
  {
    key: 'neutrophils',
    unit: 'cells/mm²',
    description: 'live neutrophils under 1 mm² of skin surface',
    display: 'cells',
  },
  {
    key: 'macrophages_m1',
    unit: 'cells/mm²',
    description: 'pro-inflammatory (M1) macrophages under 1 mm² of skin',
    display: 'cells',
  },
  {
    key: 'macrophages_m2',
    unit: 'cells/mm²',
    description: 'reparative (M2) macrophages under 1 mm² of skin',
    display: 'cells',
  },
  {
    key: 'fibroblasts',
    unit: 'cells/mm²',
    description: 'fibroblasts (not myofibroblasts) under 1 mm² of skin',
    display: 'cells',
  },
  { key: 'myofibroblasts', unit: 'cells/mm²', description: 'myofibroblasts under 1 mm² of skin', display: 'cells' },
  {
    key: 'reepithelialisation',
    unit: '0–1',
    description: 'fraction of the latest session’s channel openings re-covered by a continuous basal layer',
    display: 'percent',
  },
  {
    key: 'epidermis_restored',
    unit: '0–1',
    description: 'fraction of the latest session’s injured epidermis restored to normal structure',
    display: 'percent',
  },
  { key: 'barrier', unit: '0–1', description: 'barrier function (1 = intact; a TEWL proxy)', display: 'percent' },
  {
    key: 'channel_patency',
    unit: '0–1',
    description: 'fraction of the latest session’s channel lumen still open',
    display: 'percent',
  },
  {
    key: 'collagen_i',
    unit: 'relative',
    description: 'mean collagen I in the dermis of the block (1 = before)',
    display: 'timesBefore',
  },
  {
    key: 'collagen_iii',
    unit: 'relative',
    description: 'mean collagen III in the dermis of the block (1 = before)',
    display: 'timesBefore',
  },
  {
    key: 'elastin',
    unit: 'relative',
    description: 'mean elastin in the dermis of the block (1 = before)',
    display: 'timesBefore',
  },
  {
    key: 'collagen_i_tz',
    unit: 'relative',
    description: 'mean collagen I in the treated zone (dermis within 150 µm of a channel axis; 1 = before)',
    display: 'timesBefore',
  },
  {
    key: 'collagen_iii_tz',
    unit: 'relative',
    description: 'mean collagen III in the treated zone (1 = before)',
    display: 'timesBefore',
  },
  {
    key: 'new_collagen',
    unit: 'µg/mm²',
    description: 'collagen I + III deposited since the first session net of degradation, per mm² of skin',
    display: 'amount',
  },
  {
    key: 'alignment_tz',
    unit: '0–1',
    description: 'fibre alignment in the treated zone (0 isotropic, 1 parallel)',
    display: 'index',
  },
  {
    key: 'vessels_tz',
    unit: 'relative',
    description: 'capillary density in the treated zone (1 = before)',
    display: 'timesBefore',
  },
  {
    key: 'epidermal_thickness',
    unit: 'relative',
    description: 'viable epidermis thickness (1 = before)',
    display: 'timesBefore',
  },
  { key: 'erythema', unit: '0–1', description: 'visible redness index', display: 'index' },
  {
    key: 'pigment_risk',
    unit: 'probability',
    description:
      'probability of post-inflammatory hyperpigmentation after the course so far (a population rate for this skin type, not a prediction for one person)',
    display: 'percent',
  },
  {
    key: 'topical_delivered',
    unit: 'nL/cm²',
    description:
      'neat serum placed into the dermal part of open channels, cumulative, per cm² of skin (0 when none applied)',
    display: 'amount',
  },
  {
    key: 'topical_depth_um',
    unit: 'µm',
    description: 'deepest depth the serum has reached at ≥ 10 % of its applied (surface) concentration since applied',
    display: 'amount',
  },
  {
    key: 'platelets',
    unit: 'aggregates/mm²',
    description: 'platelet aggregates (clot) in bleeding channels',
    display: 'amount',
  },
  {
    key: 'keratinocytes',
    unit: 'agents/mm²',
    description: 'migrating keratinocytes at channel openings (drawn cells)',
    display: 'amount',
  },
  { key: 'growth_factors', unit: 'relative', description: 'mean PDGF + TGF-β in the treated zone', display: 'signal' },
  { key: 'channels_per_mm2', unit: '/mm²', description: 'channels made so far, per mm² of surface', display: 'amount' },
  { key: 'sessions_done', unit: 'count', description: 'needling sessions performed so far', display: 'count' },
  {
    key: 'collagen_i_mature',
    unit: 'relative',
    description:
      'mean cross-linked (mature) collagen I in the dermis of the block, per the collagen I before (≈ 0.95 before: ' +
      'a few per cent is always newly made)',
    display: 'timesBefore',
  },
  {
    key: 'tropoelastin',
    unit: 'relative to elastin',
    description: 'mean secreted tropoelastin not yet assembled into elastic fibres, per the elastin of normal dermis',
    display: 'signal',
  },
  // ── Outcomes of the condition treated (issue 17): every run, 0 where they do not apply (OUTCOME_METRIC_KEYS) ──
  {
    key: 'scar_depth_um',
    unit: 'µm',
    description:
      'mean depth of the scar’s depression below the surrounding skin surface, over the lesion (0 where there is ' +
      'no scar)',
    display: 'amount',
  },
  {
    key: 'scar_volume_rel',
    unit: 'relative',
    description:
      'volume of the scar’s depression relative to before the first session (1 = before; 0 where there is no scar)',
    display: 'timesBefore',
  },
  {
    key: 'wrinkle_depth_um',
    unit: 'µm',
    description: 'mean depth of the fine lines below the surrounding skin surface (0 where the skin has no lines)',
    display: 'amount',
  },
  {
    key: 'dermal_thickness_um',
    unit: 'µm',
    description:
      'mean thickness of the dermis of the block, from the dermal–epidermal junction to the bottom of the dermis ' +
      '(every condition)',
    display: 'amount',
  },
  {
    key: 'dermal_density_rel',
    unit: 'relative',
    description:
      'mean collagen (I + III) density of the dermis of the block relative to before the first session (1 = ' +
      'before; every condition)',
    display: 'timesBefore',
  },
  {
    key: 'melanin_epidermal_rel',
    unit: 'relative to normal skin',
    description: 'epidermal melanin relative to normal skin of the same Fitzpatrick type (1 = normal skin)',
    display: 'timesNormal',
  },
  {
    key: 'hair_density_per_cm2',
    unit: 'hairs/cm²',
    description: 'hair shafts per cm² of skin surface (0 where the block holds no hair follicles)',
    display: 'amount',
  },
  {
    key: 'terminal_hair_fraction',
    unit: '0–1',
    description:
      'fraction of the hairs that are terminal (thick, pigmented) rather than miniaturised (0 where the block holds ' +
      'no hair follicles)',
    display: 'percent',
  },
  {
    key: 'improvement',
    unit: '0–1',
    description:
      'how far the chosen condition has moved toward normal skin: 0 = as before the first session, 1 = like ' +
      'normal skin, negative while it is worse than before (0 for normal skin)',
    display: 'index',
  },
] as const satisfies readonly MetricDef[];

/** A metric that exists: a key not declared above fails to compile. */
export type MetricKey = (typeof METRICS)[number]['key'];

export const METRIC_KEYS: readonly MetricKey[] = METRICS.map((m) => m.key);

/**
 * The outcome metrics of the condition treated (issue 17), the last columns of the series in this order. The chosen
 * condition's module reports them (workers/engine/conditions/); each is 0 where it does not apply to that condition.
 */
export const OUTCOME_METRIC_KEYS = [
  'scar_depth_um',
  'scar_volume_rel',
  'wrinkle_depth_um',
  'dermal_thickness_um',
  'dermal_density_rel',
  'melanin_epidermal_rel',
  'hair_density_per_cm2',
  'terminal_hair_fraction',
  'improvement',
] as const satisfies readonly MetricKey[];
export type OutcomeMetricKey = (typeof OUTCOME_METRIC_KEYS)[number];

const METRIC_BY_KEY: ReadonlyMap<string, MetricDef> = new Map(METRICS.map((m) => [m.key, m]));

export function isMetricKey(key: string): key is MetricKey {
  return METRIC_BY_KEY.has(key);
}

/** The declaration of a metric key. */
export function metricDef(key: MetricKey): MetricDef {
  return METRIC_BY_KEY.get(key)!;
}
