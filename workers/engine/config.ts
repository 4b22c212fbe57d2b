/**
 * Resolves the validated parameter set into the plain numbers the engine's systems use. The ONLY place that
 * knows parameter ids: systems take an EngineConfig and never read Params directly, so renaming a parameter or
 * changing its unit touches this file alone.
 */
import type { MotilityRule } from './cells/motility';
import { CellKind } from '../model/cellKinds';
import type { FieldSpec } from './fields';
import { FIELDS } from '../model/fields';
import type { BodySite, QualityTier } from './geometry';
import { VOXEL_UM } from './geometry';
import type { MatrixRates } from './matrix';
import type { NeedlingSpec } from './needling';
import { puncturesPerCm2PerPass } from '../model/needleDensity';
import type { Params } from '../model/params';
import type { TopicalAgent } from './topicalAgents';
import { TOPICAL_AGENTS, topicalFieldSpec } from './topicalAgents';

export interface EngineConfig {
  site: BodySite;
  quality: QualityTier;
  widthUm: number;
  sessions: number;
  intervalH: number;
  needling: NeedlingSpec;
  fields: FieldSpec[];
  /** Model steps between solves of each field (multi-rate stepping; same order as `fields`). */
  fieldCadence: number[];
  injuryChemokinePerH: number;
  /** Time constant of intrinsic recovery of sub-lethal damage (≤ SUBLETHAL_DAMAGE), h. */
  sublethalRecoveryH: number;
  oxygenSupplyPerH: number;
  /** pO₂ perfused tissue is held at, relative to normal (1; lower in smokers: vasoconstriction, CO). */
  oxygenSupplyLevel: number;
  /** Channel lumen closure (lumen.ts). */
  lumen: { recoilFraction: number; epidermalInfillUmPerH: number; dermalInfillUmPerH: number };
  /** Agent-store capacity as a multiple of the resident fibroblast agents (room for recruited cells). */
  agentHeadroom: number;
  neutrophil: {
    recruitmentPerH: number;
    debrisClearancePerH: number;
    lifespanH: number;
    secondaryNecrosisH: number;
    /** Damage one lysing agent adds to its voxel. */
    lysisDamage: number;
    lumenInfillPerH: number;
    mmpPerH: number;
    motility: MotilityRule;
  };
  macrophage: {
    recruitmentPerH: number;
    debrisClearancePerH: number;
    lumenInfillPerH: number;
    m1ToM2H: number;
    maturationH: number;
    lifespanH: number;
    m1ChemokinePerH: number;
    m1MmpPerH: number;
    m2TgfBetaPerH: number;
    m2PdgfPerH: number;
    m2VegfPerH: number;
    efferocytosisPerH: number;
    /** TGF-β released per eaten neutrophil agent (field units). */
    efferocytosisTgfBeta: number;
    efferocytosisM2Weight: number;
    tgfBetaHalfSat: number;
    motility: MotilityRule;
  };
  platelet: {
    hemostasisMin: number;
    releaseTauH: number;
    clotLifetimeH: number;
    pdgfPerH: number;
    tgfBetaPerH: number;
  };
  fibroblast: {
    densityPerMm3: number;
    cellsPerAgent: number;
    oxygenUptakePerH: number;
    motility: MotilityRule;
    activationHalfSat: number;
    activationUpH: number;
    activationDownH: number;
    doublingTimeH: number;
    maxDensity: number;
    excessDensity: number;
    excessHalfLifeH: number;
    myofibroblastOnsetH: number;
    myofibroblastTgfThreshold: number;
    myofibroblastRatePerH: number;
    myofibroblastHalfLifeH: number;
    /** Half-life of reversion to a fibroblast once effective TGF-β1 is below the threshold, h. */
    myofibroblastReversionHalfLifeH: number;
    myofibroblastTgfBetaPerH: number;
    /** TGF-β3 per activated fibroblast agent (× activation), field units per h. */
    tgfBeta3PerH: number;
    /** TGF-β3 that halves TGF-β1's pro-fibrotic action, relative. */
    tgfBeta3HalfEffect: number;
    myofibroblastAlignmentBoost: number;
    /** Relative dermal collagen per hour laid down by fully active fibroblasts at resting density. */
    collagenPerH: number;
    /** Patient multiplier on collagen synthesis per cell (measured cell properties: age, keloid tendency). */
    collagenFactor: number;
    /** Collagen III share of new collagen made where the tissue is sparse (granulation); see collagenIIIShare. */
    collagenIIIShareSparse: number;
    /** Relative collagen content at which activated cells stop adding collagen (matrix feedback; see synthesisFeedback). */
    collagenCapacity: number;
    /** Tropoelastin secreted per unit collagen (matrix units). */
    elastinRatio: number;
    /** Fraction of a voxel's fibres turned onto the heading per hour at full activation. */
    fibreRotationPerH: number;
    mmpPerH: number;
    /** TIMP per activated fibroblast agent per hour (× activation), MMP activity units. */
    timpPerH: number;
    hypoxiaThreshold: number;
    hypoxiaVegfPerH: number;
  };
  keratinocyte: {
    sheetSpeedUmPerH: number;
    /** Hours before the edge keratinocytes start migrating. */
    migrationLagH: number;
    restorationTauH: number;
    /** Lamellar-body sealing time constant of re-covered epidermis, h. */
    barrierRecoveryTauH: number;
    /** Water loss of an unsealed opening per unit area, relative to intact skin. */
    barrierWaterLossScale: number;
    vegfPerH: number;
    /** Basal-pool expansion per unit dermal growth-factor signal, and its return time, h. */
    thickeningGain: number;
    basalReturnH: number;
  };
  vessels: {
    tipSpeedUmPerH: number;
    reconnectH: number;
    regressionHalfLifeH: number;
    maxDensity: number;
    vegfHalfSat: number;
    /** Endothelial sprouting response to VEGF relative to normal (1; impaired in diabetes). */
    sproutingResponse: number;
  };
  matrix: MatrixRates;
  /**
   * Share of a dermal matrix gain or loss that changes the dermis's volume (k_vol): the surface rule of the
   * conditions (conditions/surface.ts).
   */
  matrixVolumeFraction: number;
  erythema: { halfSat: number; tauH: number };
  /** PIH hazard per unit junctional inflammatory signal per hour for this phototype (melanocytes.ts). */
  pigment: { hazardPerSignalH: number };
  /** Epidermal melanin per column (cells/melanin.ts); the melasma lesion's levels (conditions/melasma.ts). */
  melanin: {
    /** Melanocyte activity per unit junctional inflammatory signal, for this phototype (g_I · s^(type − 1)). */
    inflammationGain: number;
    activityTauH: number;
    /** Activity per unit dermal vessel signal (g_V). */
    vesselGain: number;
    vesselRecoveryH: number;
    /** Vessel-signal regression per hour at full plasmin inhibition (k_X). */
    inhibitorVesselRegressionPerH: number;
    /** Plasmin-inhibitor concentration (relative to the neat serum) for half inhibition (K_X). */
    inhibitorHalfEffect: number;
    /** Melasma: intrinsic lesional activity (A_L) and the lesion's vessel signal (V_L). */
    melasmaActivity: number;
    melasmaVesselSignal: number;
  };
  topical: TopicalAgent | null;
  topicalTimeH: number;
  /** Hours the applied film stays on the skin, feeding the open channels. */
  topicalFilmContactH: number;
  /** PDGF and TGF-β the neat serum releases per hour at application (0 without growth factors), and the release time constant. */
  topicalGrowthFactor: { pdgfPerH: number; tgfBetaPerH: number; releaseTauH: number };
}

/**
 * One platelet-aggregate agent per this length of bleeding channel, µm (drawing density; assumed). Here, not in
 * cells/platelets.ts, because the PRP dose (topicalGrowthFactor) is sized on it and the config must not import a
 * system.
 */
export const PLATELET_SPACING_UM = 40;

/**
 * Real cells per fibroblast agent by quality tier. One agent per cell at high quality; coarser tiers let one
 * agent stand for 2–4 cells so tablets keep up (metrics scale counts back to real cells per mm²).
 */
export const CELLS_PER_AGENT: Record<QualityTier, number> = { low: 4, medium: 2, high: 1 };

/**
 * Voxel edge for which per-cell rates in the schema are stated, µm (the default tier's; geometry.ts VOXEL_UM):
 * a rate "per cell" is what one cell adds to, or takes from, a voxel of this size per hour.
 */
export const REFERENCE_VOXEL_UM = 20;

/**
 * Relative gradient (|∇c|/c per µm) at which fibroblast chemotaxis is half-saturated. Assumed: a 10 % change of
 * the signal across a cell length (10 µm) — fibroblasts steer far less sharply than leukocytes.
 */
const FIBROBLAST_GRADIENT_HALF_SAT = 1e-2;
/**
 * Fibroblast chemotaxis weight against persistence: Rouillard & Holmes 2012 weight the chemokine gradient 1/6
 * against persistence 1/3 (EVIDENCE §4a), i.e. 0.5.
 */
const FIBROBLAST_CHEMOTAXIS_WEIGHT = 0.5;
/**
 * Speed floor of quiescent (resident) fibroblasts, as a fraction of top speed: 0 — resident dermal fibroblasts are
 * treated as sessile (they are embedded in matrix); only activated cells crawl. Homeostatic division and pruning
 * (cells/fibroblasts.ts) keep their density. Assumed.
 */
const FIBROBLAST_RESTING_SPEED_SCALE = 0;

/**
 * Neutrophil random-walk persistence, h: 1–3 min (PhysiCell guide, EVIDENCE §4a) — shorter than one model step,
 * so we use one step (0.1 h): the walk is then uncorrelated between steps, as it would be at that time scale.
 */
const NEUTROPHIL_PERSISTENCE_H = 0.1;
/** Neutrophils climb the chemokine gradient hard (half-saturation at a 1 % relative change per 10 µm): assumed. */
const NEUTROPHIL_GRADIENT_HALF_SAT = 1e-3;

const halfLifeToRate = (halfLifeH: number) => Math.LN2 / halfLifeH;

/** Macrophage persistence, h: 5–10 min (PhysiCell guide, EVIDENCE §4a) — below one step, as for neutrophils. */
const MACROPHAGE_PERSISTENCE_H = 0.1;
/** MMP activity units one live neutrophil / M1 macrophage / active fibroblast agent adds per hour: assumed. */
const NEUTROPHIL_MMP_PER_H = 1;
const M1_MMP_PER_H = 1;
const FIBROBLAST_MMP_PER_H = 0.2;
/**
 * Damage one lysing (secondarily necrotic) neutrophil adds to its voxel, per cell at the reference voxel: assumed
 * (a few cells' granule enzymes injure a small share of a 20 µm voxel).
 */
const LYSIS_DAMAGE_PER_CELL = 0.1;
/** TGF-β (field units) released per eaten neutrophil, per cell at the reference voxel: assumed, checked by T2. */
const EFFEROCYTOSIS_TGF_BETA_PER_CELL = 0.25;
/** Immune-cell half-saturation of TGF-β for the M2 push, relative units: assumed. */
const MACROPHAGE_TGF_HALF_SAT = 0.5;
/** Hazard of myofibroblast differentiation once eligible, 1/h (≈ 3 days: most wound fibroblasts never convert): assumed. */
const MYOFIBROBLAST_RATE_PER_H = 1 / 72;
/**
 * Autocrine TGF-β per myofibroblast, relative/h. Set to 0: autocrine TGF-β loops are what keeps myofibroblasts
 * alive in hypertrophic scars and keloids; in a normally healing micro-wound they are not sustained. The keloid
 * tendency acts through `keloid_tgf_beta_factor` on the fibroblasts' TGF-β response instead. Assumed.
 */
const MYOFIBROBLAST_TGF_BETA_PER_H = 0;
/** Contractile myofibroblasts turn fibres this many times faster than fibroblasts (traction): assumed. */
const MYOFIBROBLAST_ALIGNMENT_BOOST = 3;
/**
 * Crowding (× resting density) at which pruning of quiescent fibroblasts reaches its full rate; it starts at 1.1
 * (cells/fibroblasts.ts PRUNE_ABOVE; counting noise ~15 %): assumed.
 */
const EXCESS_DENSITY = 1.3;
/**
 * Oxygen (relative to normal tissue) below which cells release VEGF (HIF-1α stabilises below ~10 mmHg vs ~30–40
 * in normal dermis, so ~0.3), and how much per unit deficit: assumed.
 */
const HYPOXIA_THRESHOLD = 0.3;
const HYPOXIA_VEGF_PER_H = 0.5;
/**
 * VEGF per migrating keratinocyte agent (8 per channel at every tier) at the reference voxel, relative/h: assumed
 * (wound-edge keratinocytes express VEGF).
 */
const KERATINOCYTE_VEGF_PER_H = 0.2;
/** Contact guidance weight (Rouillard & Holmes 2012 cue weights: fibres 1/6 vs persistence 1/3). */
const FIBROBLAST_CONTACT_GUIDANCE = 0.5;
/**
 * How many times as fast MMPs cut collagen III as collagen I. Interstitial collagenase (MMP-1) cleaves type III
 * faster than type I (Welgus, Jeffrey & Eisen, J Biol Chem 1981: the direction; the fold here is assumed and
 * kept modest). It is why granulation-tissue collagen III is replaced by type I during remodelling.
 */
const COLLAGEN_III_MMP_FACTOR = 2;
/** Elastin:collagen of normal dermis (matrix.ts BASELINE_ELASTIN / total collagen); scales tropoelastin secretion. */
const DERMAL_ELASTIN_PER_COLLAGEN = 0.04;
/**
 * Reference epithelialisation time of the wound in which Holt 1992 measured the +1.9-day delay of the elderly
 * (2 × 2 cm split-thickness wounds, ~10 days). Closing such a wound is almost all travel of the keratinocyte
 * sheet, so the delay calibrates the sheet's speed (1 + 1.9 / 10 slower at 80). Assumed.
 */
const HOLT_WOUND_EPITHELIALISATION_DAYS = 10;

/** Age effect, 0 at 35 (the reference patient) rising linearly to 1 at 80; negative below 35. */
function ageFraction(ageYears: number): number {
  return (ageYears - 35) / (80 - 35);
}

/** The field set of a scenario: the declared fields (model/fields.ts) with D and decay from the parameters. */
function fieldSpecs(p: Params, topical: TopicalAgent | null): FieldSpec[] {
  return FIELDS.map((f): FieldSpec => {
    if (f.id === 'topical') return topicalFieldSpec(topical);
    return {
      id: f.id,
      label: f.label,
      unit: f.unit,
      diffusionUm2PerH: p[f.diffusionParam],
      decayPerH: f.halfLifeParam === null ? 0 : halfLifeToRate(p[f.halfLifeParam]),
      source: f.source,
    };
  });
}

/**
 * Growth factors of a serum (topical.ts rule 5), per unit of neat serum in a voxel: what a clot of the same volume
 * of blood releases — one platelet aggregate (platelet_growth_factor_per_h at the reference voxel) per
 * PLATELET_SPACING_UM of a channel of the measured surface radius — × the serum's platelet content relative to
 * blood (PRP: prp_platelet_concentration_factor). The patient's TGF-β factors apply (PRP is autologous).
 */
function topicalGrowthFactor(p: Params, topical: TopicalAgent | null, tgfBetaFactor: number) {
  const radiusUm = p.channel_surface_diameter_um / 2;
  const bloodPerAggregateUm3 = Math.PI * radiusUm * radiusUm * PLATELET_SPACING_UM;
  const clotReleasePerH = (p.platelet_growth_factor_per_h * REFERENCE_VOXEL_UM ** 3) / bloodPerAggregateUm3;
  const content =
    topical === null
      ? 0
      : topical.plateletEquivalent * (topical.id === 'prp' ? p.prp_platelet_concentration_factor : 1);
  return {
    pdgfPerH: clotReleasePerH * content,
    tgfBetaPerH: clotReleasePerH * content * tgfBetaFactor,
    releaseTauH: p.platelet_release_tau_h,
  };
}

export function engineConfig(p: Params): EngineConfig {
  const device = p.device;
  // Per-cell rates become per-agent, per-voxel rates: one agent stands for CELLS_PER_AGENT cells, and what a cell
  // adds to (or removes from) a voxel is diluted by the voxel's volume. Per-cell rates in the schema are stated
  // for a REFERENCE_VOXEL_UM voxel, so results do not depend on the quality tier.
  const perVoxel = (REFERENCE_VOXEL_UM / VOXEL_UM[p.quality]) ** 3;
  const perCell = CELLS_PER_AGENT[p.quality] * perVoxel;
  const age = ageFraction(p.age_years);
  /** Keratinocyte sheet slowing with age: 1 at ≤ 35, 1 + 1.9/10 at 80 (HOLT_WOUND_EPITHELIALISATION_DAYS). */
  const keratinocyteAgeing =
    1 + (Math.max(0, age) * p.age_reepithelialisation_delay_days) / HOLT_WOUND_EPITHELIALISATION_DAYS;
  const tgfBetaFactor = p.diabetes ? p.diabetes_tgf_beta_factor : 1;
  const topical = p.topical === 'none' ? null : TOPICAL_AGENTS[p.topical as keyof typeof TOPICAL_AGENTS];
  const penetration =
    device === 'pen'
      ? p.pen_penetration_fraction
      : device === 'roller'
        ? p.roller_penetration_fraction
        : p.stamp_penetration_fraction;
  const fields = fieldSpecs(p, topical);
  return {
    site: p.body_site,
    quality: p.quality,
    widthUm: p.block_width_um,
    sessions: p.sessions,
    intervalH: p.interval_days * 24,
    needling: {
      device,
      nominalLengthUm: p.needle_length_mm * 1000,
      passes: p.passes,
      penetrationFraction: penetration,
      tentingUm: p.skin_tenting_um,
      puncturesPerCm2PerPass: puncturesPerCm2PerPass(p),
      surfaceRadiusUm: p.channel_surface_diameter_um / 2,
      needleTipRadiusUm: p.needle_tip_radius_um,
    },
    fields,
    fieldCadence: FIELDS.map((f) => f.everySteps),
    injuryChemokinePerH: p.injury_signal_rate_per_h,
    sublethalRecoveryH: p.sublethal_injury_recovery_h,
    oxygenSupplyPerH: p.oxygen_supply_per_h,
    oxygenSupplyLevel: p.smoker ? p.smoker_tissue_oxygen_factor : 1,
    lumen: {
      recoilFraction: p.channel_recoil_fraction,
      epidermalInfillUmPerH: p.epidermal_lumen_infill_um_h,
      dermalInfillUmPerH: p.dermal_lumen_infill_um_h,
    },
    agentHeadroom: 3,
    neutrophil: {
      recruitmentPerH: p.neutrophil_recruitment_per_h,
      debrisClearancePerH: p.neutrophil_debris_clearance_per_h * perCell,
      lifespanH: p.neutrophil_tissue_lifespan_h,
      secondaryNecrosisH: p.neutrophil_secondary_necrosis_h,
      lysisDamage: LYSIS_DAMAGE_PER_CELL * perCell,
      lumenInfillPerH: p.lumen_infill_per_h * perCell,
      mmpPerH: NEUTROPHIL_MMP_PER_H * perCell,
      motility: {
        kind: CellKind.neutrophil,
        speedUmPerH: p.neutrophil_speed_um_h,
        persistenceH: NEUTROPHIL_PERSISTENCE_H,
        gradientHalfSat: NEUTROPHIL_GRADIENT_HALF_SAT,
        chemotaxisWeight: 1,
        minDepthUm: 0,
        maxDepthUm: 1e9,
        contactGuidance: 0,
        movingState: 0,
        minSpeedScale: 0,
      },
    },
    macrophage: {
      recruitmentPerH: p.macrophage_recruitment_per_h * (p.smoker ? p.smoker_macrophage_factor : 1),
      debrisClearancePerH: p.macrophage_debris_clearance_per_h * perCell,
      lumenInfillPerH: p.lumen_infill_per_h * perCell,
      m1ToM2H: p.macrophage_m1_to_m2_h,
      maturationH: p.monocyte_maturation_h,
      lifespanH: p.macrophage_lifespan_h,
      m1ChemokinePerH: p.m1_inflammatory_signal_per_h * perCell * (p.diabetes ? p.diabetes_tnf_factor : 1),
      m1MmpPerH: M1_MMP_PER_H * perCell,
      m2TgfBetaPerH: p.m2_growth_factor_per_h * perCell * tgfBetaFactor,
      m2PdgfPerH: p.m2_growth_factor_per_h * perCell,
      m2VegfPerH: p.m2_vegf_per_h * perCell,
      // Diabetic wound macrophages clear apoptotic cells poorly (Khanna 2010): more lyse, inflammation persists.
      efferocytosisPerH: p.efferocytosis_rate_per_h * perCell * (p.diabetes ? p.diabetes_efferocytosis_factor : 1),
      efferocytosisTgfBeta: EFFEROCYTOSIS_TGF_BETA_PER_CELL * perCell,
      efferocytosisM2Weight: p.macrophage_m2_tgf_boost,
      tgfBetaHalfSat: MACROPHAGE_TGF_HALF_SAT,
      motility: {
        kind: CellKind.macrophage,
        speedUmPerH: p.macrophage_speed_um_h,
        persistenceH: MACROPHAGE_PERSISTENCE_H,
        gradientHalfSat: NEUTROPHIL_GRADIENT_HALF_SAT,
        chemotaxisWeight: 1,
        minDepthUm: 0,
        maxDepthUm: 1e9,
        contactGuidance: 0,
        movingState: -1,
        minSpeedScale: 0,
      },
    },
    platelet: {
      hemostasisMin: p.hemostasis_time_min,
      releaseTauH: p.platelet_release_tau_h,
      clotLifetimeH: p.clot_lifetime_h,
      // Aggregates are placed per length of channel, whatever the tier: only the voxel dilution scales.
      pdgfPerH: p.platelet_growth_factor_per_h * perVoxel,
      tgfBetaPerH: p.platelet_growth_factor_per_h * perVoxel * tgfBetaFactor,
    },
    fibroblast: {
      densityPerMm3: p.fibroblast_density_per_mm3,
      cellsPerAgent: CELLS_PER_AGENT[p.quality],
      oxygenUptakePerH: p.fibroblast_oxygen_uptake_per_h * perCell,
      motility: {
        kind: CellKind.fibroblast,
        speedUmPerH: p.fibroblast_speed_um_h,
        persistenceH: p.fibroblast_persistence_h,
        gradientHalfSat: FIBROBLAST_GRADIENT_HALF_SAT,
        chemotaxisWeight: FIBROBLAST_CHEMOTAXIS_WEIGHT,
        minSpeedScale: FIBROBLAST_RESTING_SPEED_SCALE,
        minDepthUm: 0,
        maxDepthUm: 1e9,
        contactGuidance: FIBROBLAST_CONTACT_GUIDANCE,
        movingState: -1,
      },
      activationHalfSat: p.fibroblast_activation_half_sat,
      activationUpH: p.fibroblast_activation_time_h,
      activationDownH: p.fibroblast_deactivation_time_h,
      // Fibroblasts of old donors (Schneider & Mitsui 1976) and of smokers (Sørensen 2010: proliferation not
      // restored by stopping) replicate more slowly: a longer cycle, not fewer cells at rest.
      doublingTimeH:
        p.fibroblast_doubling_time_h /
        ((1 - p.age_fibroblast_proliferation_reduction_80 * Math.max(0, age)) *
          (p.smoker ? p.smoker_fibroblast_proliferation_factor : 1)),
      maxDensity: p.fibroblast_max_density,
      excessDensity: EXCESS_DENSITY,
      excessHalfLifeH: p.fibroblast_excess_half_life_h,
      myofibroblastOnsetH: p.myofibroblast_onset_h,
      // Keloid fibroblasts signal more per unit TGF-β (more TβRI/II, more Smad3: Chin 2001): the same TGF-β converts
      // more of them into myofibroblasts and keeps those alive longer (the threshold also sets their protection).
      myofibroblastTgfThreshold:
        p.myofibroblast_tgf_beta_threshold / (p.keloid_tendency ? p.keloid_tgf_beta_factor : 1),
      myofibroblastRatePerH: MYOFIBROBLAST_RATE_PER_H,
      myofibroblastHalfLifeH: p.myofibroblast_clearance_half_life_h,
      myofibroblastReversionHalfLifeH: p.myofibroblast_reversion_half_life_h,
      tgfBeta3PerH: p.fibroblast_tgf_beta3_per_h * perCell,
      tgfBeta3HalfEffect: p.tgf_beta3_antagonism,
      myofibroblastTgfBetaPerH: MYOFIBROBLAST_TGF_BETA_PER_H * perCell * tgfBetaFactor,
      myofibroblastAlignmentBoost: MYOFIBROBLAST_ALIGNMENT_BOOST,
      collagenPerH: p.collagen_synthesis_rate_per_h,
      collagenFactor:
        Math.max(0.1, 1 - p.age_procollagen_reduction_80 * Math.max(0, age)) *
        (p.keloid_tendency ? p.keloid_collagen_factor : 1),
      collagenIIIShareSparse: p.collagen_iii_share_sparse,
      collagenCapacity: p.collagen_capacity_rel,
      elastinRatio: p.elastin_deposition_ratio * DERMAL_ELASTIN_PER_COLLAGEN,
      fibreRotationPerH: (p.fibre_rotation_deg_per_h * Math.PI) / 180,
      mmpPerH: FIBROBLAST_MMP_PER_H * perCell,
      timpPerH: p.fibroblast_timp_per_h * perCell,
      hypoxiaThreshold: HYPOXIA_THRESHOLD,
      hypoxiaVegfPerH: HYPOXIA_VEGF_PER_H * perCell,
    },
    keratinocyte: {
      // Age slows the sheet's migration (calibrated on Holt 1992's large wound, where closure is travel). The lag
      // and stratification are left alone (no measurement), so a micro-channel, whose closure is mostly lag, is
      // delayed less than Holt's wound: P1's time clause tests that composition. Diabetes leaves the sheet
      // unchanged (Michaels 2007).
      sheetSpeedUmPerH:
        (p.keratinocyte_sheet_speed_um_h * (p.diabetes ? p.diabetes_epithelialisation_factor : 1)) / keratinocyteAgeing,
      migrationLagH: p.keratinocyte_migration_lag_h,
      restorationTauH: p.epidermal_restoration_tau_h,
      barrierRecoveryTauH: p.barrier_recovery_tau_h,
      barrierWaterLossScale: p.barrier_water_loss_scale,
      vegfPerH: KERATINOCYTE_VEGF_PER_H * perVoxel,
      thickeningGain: p.epidermal_thickening_gain,
      basalReturnH: p.epidermal_basal_return_days * 24,
    },
    vessels: {
      tipSpeedUmPerH: p.tip_cell_speed_um_h,
      reconnectH: p.vessel_reconnect_h,
      regressionHalfLifeH: p.vessel_regression_half_life_days * 24,
      maxDensity: p.vessel_max_density,
      vegfHalfSat: p.vegf_half_saturation,
      sproutingResponse: p.diabetes ? p.diabetes_sprouting_factor : 1,
    },
    matrix: {
      mmpDegradationPerH: p.mmp_degradation_rate_per_h,
      crossLinkedMmpFactor: p.crosslinked_collagen_mmp_factor,
      collagenIIIMmpFactor: COLLAGEN_III_MMP_FACTOR,
      crossLinkHalfTimeH: p.collagen_maturation_half_time_days * 24,
      turnoverHalfLifeH: p.collagen_i_excess_half_life_days * 24,
      elastinAssemblyHalfTimeH: p.elastin_assembly_half_time_days * 24,
      elastinAssemblyEfficiency: p.elastin_assembly_efficiency,
    },
    matrixVolumeFraction: p.matrix_volume_fraction,
    erythema: { halfSat: p.erythema_half_saturation, tauH: p.erythema_tau_h },
    pigment: {
      hazardPerSignalH: p.pigment_base_rate * p.pigment_sensitivity_per_type ** (p.fitzpatrick - 1),
    },
    melanin: {
      inflammationGain: p.melanocyte_inflammation_gain * p.pigment_sensitivity_per_type ** (p.fitzpatrick - 1),
      activityTauH: p.melanocyte_activation_tau_h,
      vesselGain: p.melanocyte_vessel_gain,
      vesselRecoveryH: p.melasma_vessel_recovery_days * 24,
      inhibitorVesselRegressionPerH: p.txa_vessel_regression_per_h,
      inhibitorHalfEffect: topical?.plasminHalfEffectRel ?? 1,
      melasmaActivity: p.melasma_melanocyte_activity,
      melasmaVesselSignal: p.melasma_vessel_signal,
    },
    topical: topical,
    topicalTimeH: p.topical_time_h,
    topicalFilmContactH: p.topical_film_contact_h,
    topicalGrowthFactor: topicalGrowthFactor(p, topical, tgfBetaFactor),
  };
}
