/**
 * The skin conditions people come to micro-needling with (issue 17), one record each: what the block is built as
 * before the first session. `normal` is healthy skin of the chosen site, age and type (the reference tissue);
 * every other condition departs from it with its own starting tissue, built in the engine by its module in
 * workers/engine/conditions/ (the `condition` parameter chooses one).
 *
 * `modelled` is true only where that starting tissue is really built. A condition that is declared but not
 * modelled is rejected by validation ("… is not modelled yet"), so no run, link or script ever shows normal skin
 * under a scar's name; the slice that builds a condition's tissue flips its flag (docs/architecture.md, "Add a
 * condition").
 *
 * Facts and sources: shared/science/INDICATIONS.md ([K] there = recalled, to verify before a value relies on it).
 *
 * Pure data: imports nothing.
 */

export interface ConditionDef {
  /** Stable kebab-case id: the `condition` parameter's value in URLs, CLI flags, postMessage and saved links. */
  readonly id: string;
  /** Short English label (the option label of the `condition` parameter). */
  readonly label: string;
  /** One line: the starting tissue the engine builds (or will build) for this condition. */
  readonly description: string;
  /** Where the description's facts come from (INDICATIONS.md with the primary sources). */
  readonly source: string;
  /**
   * The indication preset (workers/model/presets.ts) whose `condition` names this one, or null when no preset
   * sets it (normal skin is the default; boxcar and icepick scars are chosen on top of the acne-scar preset).
   */
  readonly preset: string | null;
  /** True when the engine builds this condition's starting tissue; false: declared, rejected by validation. */
  readonly modelled: boolean;
}

export const CONDITIONS = [
  {
    id: 'normal',
    label: 'Normal skin',
    description:
      'Healthy skin of the chosen body site, age and skin type: the layer stack of the site with a uniform ' +
      'dermis, the tissue every other condition departs from.',
    source: 'Layer stacks per site: EVIDENCE §1a–1b (docs/model.md §2.1); dermal composition EVIDENCE §1c',
    preset: null,
    modelled: true,
  },
  {
    id: 'acne-rolling',
    label: 'Acne scars: rolling',
    description:
      'Wide (> 4–5 mm) shallow depressions with sloping edges, held down by fibrous bands tethering the dermis ' +
      'to the subcutis, over disorganised scar collagen richer in type III.',
    source:
      'INDICATIONS.md: Jacob, Dover & Kaminer, J Am Acad Dermatol 2001;45:109 (PMID 11423843); scar collagen ' +
      'Oliveira, Int Wound J 2009;6:445',
    preset: 'acne-scars',
    modelled: false,
  },
  {
    id: 'acne-boxcar',
    label: 'Acne scars: boxcar',
    description:
      'Round or oval depressions 1.5–4 mm across with sharp vertical walls, shallow (0.1–0.5 mm) or deep ' +
      '(≥ 0.5 mm), with scar collagen at the floor.',
    source: 'INDICATIONS.md: Jacob, Dover & Kaminer 2001 (PMID 11423843); Oliveira 2009',
    preset: null,
    modelled: false,
  },
  {
    id: 'acne-icepick',
    label: 'Acne scars: icepick',
    description:
      'Narrow (< 2 mm) tracts running vertically to the deep dermis or subcutis; the type that responds least ' +
      'to needling.',
    source:
      'INDICATIONS.md: Jacob, Dover & Kaminer 2001 (PMID 11423843); response Lotfi et al., J Egypt Women’s ' +
      'Dermatol Soc 2013;10:152',
    preset: null,
    modelled: false,
  },
  {
    id: 'photoaged',
    label: 'Photoaged skin (fine lines)',
    description:
      'Thinner epidermis (−6 to −7 % per decade) and dermis (≈ −6 % per decade), lower collagen density, ' +
      'fibroblasts making less procollagen, solar elastosis in the upper dermis and fine lines 20–200 µm deep.',
    source:
      'INDICATIONS.md: Branchet et al., Gerontology 1990;36:28; Varani et al., Am J Pathol 2006;168:1861; ' +
      'Kligman 1969 (elastosis); Lemperle, Plast Reconstr Surg 2001;108:1735 (wrinkle depth)',
    preset: 'fine-lines',
    modelled: false,
  },
  {
    id: 'melasma',
    label: 'Melasma',
    description:
      'More melanin in every epidermal layer from more and more active melanocytes, and a signal from more and ' +
      'larger dermal vessels with raised VEGF (solar elastosis and the dermal melanophages of some lesions are ' +
      'not built).',
    source:
      'INDICATIONS.md: Kang et al., Br J Dermatol 2002;146:228; Kim et al., J Dermatol Sci 2007;46:111; MASI ' +
      'Pandya, J Am Acad Dermatol 2011;64:78',
    preset: 'melasma',
    modelled: true,
  },
  {
    id: 'striae',
    label: 'Stretch marks (striae)',
    description:
      'A thin dermis (0.35–1.33 mm against 1.07–1.65 mm) of thin, straight collagen bundles parallel to the ' +
      'surface, fine curled (fragmented) elastic fibres and a flattened epidermis.',
    source:
      'INDICATIONS.md: Zheng, Lavker & Kligman, Br J Dermatol 1985;112:185; ultrasound Skin Res Technol ' +
      '2020;26:465',
    preset: 'stretch-marks',
    modelled: false,
  },
  {
    id: 'alopecia',
    label: 'Hair loss (androgenetic alopecia)',
    description:
      'Scalp follicles in anagen and telogen, terminal and miniaturised (terminal : vellus ≈ 1.9 : 1 against ' +
      '7 : 1), each with its dermal papilla and a stem-cell bulge ≈ 1 mm deep; normal scalp holds 175–300 ' +
      'hairs/cm².',
    source:
      'INDICATIONS.md: Barman et al., J Invest Dermatol 1965;44:233; Whiting 1993 (terminal : vellus, recalled); ' +
      'bulb and bulge depths recalled, to verify',
    preset: 'scalp',
    modelled: false,
  },
] as const satisfies readonly ConditionDef[];

/** A condition that exists: an id not declared above fails to compile. */
export type ConditionId = (typeof CONDITIONS)[number]['id'];

/** Condition ids in declaration order (the order the `condition` parameter offers them). */
export const CONDITION_IDS: readonly ConditionId[] = CONDITIONS.map((c) => c.id);

/** The default condition: healthy skin. */
export const DEFAULT_CONDITION: ConditionId = 'normal';

/** Conditions by id. */
export const CONDITION_BY_ID = Object.fromEntries(CONDITIONS.map((c) => [c.id, c])) as {
  readonly [K in ConditionId]: Extract<(typeof CONDITIONS)[number], { readonly id: K }>;
};

export function isConditionId(id: string): id is ConditionId {
  return Object.hasOwn(CONDITION_BY_ID, id);
}

/** True when the engine builds this condition's starting tissue (validation accepts it). */
export function isModelled(id: ConditionId): boolean {
  return CONDITION_BY_ID[id].modelled;
}

/**
 * The `condition` parameter's options (params.ts), one per condition in declaration order; a condition not
 * modelled yet is marked so that validation rejects it and UIs leave it out.
 */
export const CONDITION_OPTIONS: readonly {
  readonly value: ConditionId;
  readonly label: string;
  readonly modelled: boolean;
}[] = CONDITIONS.map((c) => ({ value: c.id, label: c.label, modelled: c.modelled }));
