/**
 * Named scenarios shared by every interface (CLI `--preset`, URL `preset=`, postMessage, the app's picker).
 *
 * A preset is a protocol from the literature (EVIDENCE.md §2d) written as overrides of the defaults. It lists
 * the values that define its protocol even where they equal today's defaults, so that a later change of a
 * default does not silently change the preset; everything else (the model parameters) comes from the schema.
 * Where the literature gives no value (e.g. passes for a home roller) the protocol text says it is assumed.
 *
 * `reference` has no overrides: it IS the defaults (the reference scenario of TARGETS.md).
 *
 * Conditions (issue 17). An indication preset names the skin condition it is for (`condition`: acne-scars →
 * acne-rolling, fine-lines → photoaged, melasma → melasma, scalp → alopecia, stretch-marks → striae). It is applied
 * ONLY while that condition is modelled (workers/model/conditions.ts): until its starting tissue is built, the preset
 * runs its protocol on normal skin, as it always has, rather than a run that would be rejected or, worse, normal
 * skin under a scar's name. So flipping a condition's `modelled` flag is what makes its preset build the lesion; no
 * preset changes then.
 */
import type { ConditionId } from './conditions';
import { isModelled } from './conditions';
import type { Params } from './params';
import type { ParamError } from './paramValidation';
import { validateParams } from './paramValidation';

export interface PresetDef {
  /** Stable kebab-case id (CLI, URL, saved links). */
  readonly id: string;
  /** Short human label. */
  readonly label: string;
  /** One line: what the scenario shows. */
  readonly description: string;
  /** The protocol in words, with its sources. */
  readonly protocol: string;
  /** Only the values that differ from, or define the protocol against, the defaults. */
  readonly overrides: Partial<Params>;
  /**
   * The skin condition this indication treats: the `condition` parameter's value, applied on top of `overrides`
   * only while that condition is modelled ({@link presetOverrides}). Absent: normal skin.
   */
  readonly condition?: ConditionId;
}

export const PRESETS = [
  {
    id: 'reference',
    label: 'Reference: cheek, pen 1.5 mm',
    description:
      'One pen session at 1.5 mm on the cheek of a healthy 35-year-old with type III skin, no serum: the ' +
      'scenario the validation targets use.',
    protocol:
      'One pass pattern, one session, pen at 1.5 mm (the median acne-scar depth, Harris et al., Int J Womens ' +
      'Dermatol 2015). Reference scenario of TARGETS.md; equal to the parameter defaults.',
    overrides: {},
  },
  {
    id: 'acne-scars',
    label: 'Acne scars',
    description: 'Three pen sessions at 1.5 mm on the cheek, four weeks apart: the typical acne-scar course.',
    protocol:
      'Median protocol of 18 studies: 1.5 mm, 3 sessions, 4-week interval (Harris, Naidoo & Murrell, Int J ' +
      'Womens Dermatol 2015); 4-week intervals preferred over 2-week, assess ≥ 3 months after the last session ' +
      '(Minutilli, J Drugs Dermatol 2024). EVIDENCE §2d.',
    condition: 'acne-rolling',
    overrides: { device: 'pen', needle_length_mm: 1.5, sessions: 3, interval_days: 28, body_site: 'cheek' },
  },
  {
    id: 'fine-lines',
    label: 'Fine lines',
    description: 'Four pen sessions 30 days apart on the forehead for photoaging and fine wrinkles.',
    protocol:
      'Pen, 4 sessions 30 days apart (Ablon, J Clin Aesthet Dermatol 2018; EVIDENCE §2d). The needle length is ' +
      'not in EVIDENCE: 1.0 mm is assumed, within the 0.25–2.5 mm range in use (Singh & Yadav 2016).',
    condition: 'photoaged',
    overrides: { device: 'pen', needle_length_mm: 1, sessions: 4, interval_days: 30, body_site: 'forehead' },
  },
  {
    id: 'melasma',
    label: 'Melasma',
    description:
      'Three shallow 0.5 mm pen sessions four weeks apart with tranexamic acid, on type IV cheek skin with ' +
      'melasma.',
    protocol:
      'Melasma: tranexamic acid with microneedling at weeks 0, 4 and 8 lowered MASI by 44 % at 12 weeks ' +
      '(Budamakuntla et al., J Cutan Aesthet Surg 2013;6:139). Melasma and drug delivery commonly use ' +
      '0.25–0.5 mm, some trials 1.5 mm (Singh & Yadav, Indian Dermatol Online J 2016; EVIDENCE §2d): 0.5 mm is ' +
      'assumed here, with skin type IV (melasma is commoner in darker skin; PIH 17 % in types IV–V after 1.5 mm ' +
      'needling, Dogra 2014). Tranexamic acid rather than vitamin C: the model has its mechanism (less ' +
      'melanocyte stimulation, fewer lesional vessels); vitamin C’s depigmenting action is not modelled.',
    condition: 'melasma',
    overrides: {
      device: 'pen',
      needle_length_mm: 0.5,
      sessions: 3,
      interval_days: 28,
      body_site: 'cheek',
      fitzpatrick: 4,
      topical: 'tranexamic-acid',
      topical_time_h: 0,
    },
  },
  {
    id: 'scalp',
    label: 'Hair loss (scalp)',
    description: 'Weekly 1.5 mm roller on the scalp for twelve weeks, with minoxidil, for androgenetic alopecia.',
    protocol:
      'Androgenetic alopecia: 1.5 mm roller weekly × 12 weeks with minoxidil; hair count +91.4 vs +22.2 with ' +
      'minoxidil alone at 12 weeks (Dhurat et al., Int J Trichology 2013; EVIDENCE §2d–2e). Assumed: 15 ' +
      'passes, the usual roller technique ("15 passes ≈ 250 holes/cm²", Singh & Yadav 2016), and minoxidil ' +
      'resumed 24 h after each session (recalled from the paper, not checked here).',
    condition: 'alopecia',
    overrides: {
      device: 'roller',
      needle_length_mm: 1.5,
      passes: 15,
      sessions: 12,
      interval_days: 7,
      body_site: 'scalp',
      topical: 'minoxidil',
      topical_time_h: 24,
    },
  },
  {
    id: 'stretch-marks',
    label: 'Stretch marks (abdomen)',
    description: 'Four pen sessions at 2.0 mm on the thicker skin of the abdomen, four weeks apart.',
    protocol:
      'EVIDENCE §2d has no stretch-mark trial; this scenario is assumed: the acne-scar course (4-week interval, ' +
      'Harris 2015; 4 sessions as in Ablon 2018) at 2.0 mm, because abdominal dermis is 2–4 mm thick against ' +
      '~1.1–1.5 mm on the face (EVIDENCE §1a).',
    condition: 'striae',
    overrides: { device: 'pen', needle_length_mm: 2, sessions: 4, interval_days: 28, body_site: 'abdomen' },
  },
  {
    id: 'home-roller',
    label: 'Home roller 0.25 mm',
    description:
      'A 0.25 mm home roller used every three days with hyaluronic acid: shallow, frequent, mostly epidermal ' +
      'injury.',
    protocol:
      '0.25 mm is the shallow end used for "skin quality" and drug delivery (Singh & Yadav 2016; EVIDENCE §2d). ' +
      'No trial of home rolling exists in EVIDENCE: every-third-day use for 12 sessions, 8 passes (four ' +
      'directions, twice) and a hyaluronic-acid serum straight after are assumed from typical home-use ' +
      'instructions.',
    overrides: {
      device: 'roller',
      needle_length_mm: 0.25,
      passes: 8,
      sessions: 12,
      interval_days: 3,
      body_site: 'cheek',
      topical: 'hyaluronic-acid',
      topical_time_h: 0,
    },
  },
] as const satisfies readonly PresetDef[];

export type PresetId = (typeof PRESETS)[number]['id'];

/** Preset ids in display order. */
export const PRESET_IDS: readonly PresetId[] = PRESETS.map((preset) => preset.id);

/** Presets by id. */
export const PRESET_BY_ID = Object.fromEntries(PRESETS.map((preset) => [preset.id, preset])) as {
  readonly [K in PresetId]: Extract<(typeof PRESETS)[number], { readonly id: K }>;
};

export function isPresetId(id: string): id is PresetId {
  return Object.hasOwn(PRESET_BY_ID, id);
}

/** An unknown preset id; shaped like {@link ParamError} so callers report both the same way. */
export interface PresetError {
  readonly code: 'unknown_preset';
  /** Always 'preset': the "parameter" that was wrong. */
  readonly id: 'preset';
  readonly value: string;
  readonly message: string;
  readonly allowed: string;
}

export type ResolveResult = { ok: true; params: Params } | { ok: false; errors: (ParamError | PresetError)[] };

/**
 * A preset's own values: its overrides, plus its condition when that condition is modelled (today none but normal
 * is, so an indication preset still runs on normal skin).
 */
export function presetOverrides(preset: PresetDef): Partial<Params> {
  const condition = preset.condition;
  if (condition === undefined || !isModelled(condition)) return preset.overrides;
  return { ...preset.overrides, condition };
}

/**
 * The parameters of a preset, with `overrides` (e.g. from `--set` or a URL) applied on top and everything
 * validated. An unknown preset id gives one error naming the allowed ids.
 */
export function resolvePreset(id: string, overrides: Readonly<Record<string, unknown>> = {}): ResolveResult {
  if (!isPresetId(id)) {
    const allowed = `one of ${PRESET_IDS.join(', ')}`;
    const message = `preset = ${JSON.stringify(id)} is not a preset: allowed ${allowed}`;
    return { ok: false, errors: [{ code: 'unknown_preset', id: 'preset', value: id, message, allowed }] };
  }
  const preset = validateParams(presetOverrides(PRESET_BY_ID[id]));
  if (!preset.ok) return preset;
  return validateParams(overrides, preset.params);
}
