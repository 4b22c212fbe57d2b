/**
 * Resolves the validated parameter set into the plain numbers the engine's systems use. The ONLY place that
 * knows parameter ids: systems take an EngineConfig and never read Params directly, so renaming a parameter or
 * changing its unit touches this file alone.
 */
import type { MotilityRule } from './cells/motility';
import { CellKind } from './cellKinds';
import type { FieldSpec } from './fields';
import type { BodySite, QualityTier } from './geometry';
import type { NeedlingSpec } from './needling';
import { puncturesPerCm2PerPass } from './needling';
import type { Params } from './params';

export interface EngineConfig {
  site: BodySite;
  quality: QualityTier;
  widthUm: number;
  sessions: number;
  intervalH: number;
  needling: NeedlingSpec;
  fields: FieldSpec[];
  injuryChemokinePerH: number;
  /** Time constant of intrinsic recovery of sub-lethal damage (≤ SUBLETHAL_DAMAGE), h. */
  sublethalRecoveryH: number;
  oxygenSupplyPerH: number;
  lumenHalfLifeH: number;
  /** Agent-store capacity as a multiple of the resident fibroblast agents (room for recruited cells). */
  agentHeadroom: number;
  neutrophil: {
    recruitmentPerH: number;
    debrisClearancePerH: number;
    lifespanH: number;
    motility: MotilityRule;
  };
  fibroblast: {
    densityPerMm3: number;
    cellsPerAgent: number;
    oxygenUptakePerH: number;
    motility: MotilityRule;
  };
}

/**
 * Real cells per fibroblast agent by quality tier. One agent per cell at high quality; coarser tiers let one
 * agent stand for 2–4 cells so tablets keep up (metrics scale counts back to real cells per mm²).
 */
export const CELLS_PER_AGENT: Record<QualityTier, number> = { low: 4, medium: 2, high: 1 };

/**
 * Gradient (signal units per µm) at which fibroblast chemotaxis is half-saturated. Assumed: a 1 % change of a
 * unit signal across a cell length (10 µm) — receptor-occupancy sensing works down to ~1 % differences.
 */
const FIBROBLAST_GRADIENT_HALF_SAT = 1e-3;

/**
 * Neutrophil random-walk persistence, h: 1–3 min (PhysiCell guide, EVIDENCE §4a) — shorter than one model step,
 * so we use one step (0.1 h): the walk is then uncorrelated between steps, as it would be at that time scale.
 */
const NEUTROPHIL_PERSISTENCE_H = 0.1;
/** Neutrophils climb the chemokine gradient hard (half-saturation at a 1 % signal change per 10 µm): assumed. */
const NEUTROPHIL_GRADIENT_HALF_SAT = 1e-3;

const halfLifeToRate = (halfLifeH: number) => Math.LN2 / halfLifeH;

export function engineConfig(p: Params): EngineConfig {
  const device = p.device;
  const penetration =
    device === 'pen'
      ? p.pen_penetration_fraction
      : device === 'roller'
        ? p.roller_penetration_fraction
        : p.stamp_penetration_fraction;
  const fields: FieldSpec[] = [
    {
      id: 'chemokine',
      label: 'Injury chemokine',
      unit: 'relative',
      diffusionUm2PerH: p.chemokine_diffusion_um2_h,
      decayPerH: halfLifeToRate(p.chemokine_half_life_h),
      source: 'parameters chemokine_diffusion_um2_h, chemokine_half_life_h',
    },
    {
      id: 'tgf_beta',
      label: 'TGF-β',
      unit: 'relative',
      diffusionUm2PerH: p.tgf_beta_diffusion_um2_h,
      decayPerH: halfLifeToRate(p.tgf_beta_half_life_h),
      source: 'parameters tgf_beta_diffusion_um2_h, tgf_beta_half_life_h',
    },
    {
      id: 'pdgf',
      label: 'PDGF',
      unit: 'relative',
      diffusionUm2PerH: p.pdgf_diffusion_um2_h,
      decayPerH: halfLifeToRate(p.pdgf_half_life_h),
      source: 'parameters pdgf_diffusion_um2_h, pdgf_half_life_h',
    },
    {
      id: 'vegf',
      label: 'VEGF',
      unit: 'relative',
      diffusionUm2PerH: p.vegf_diffusion_um2_h,
      decayPerH: halfLifeToRate(p.vegf_half_life_h),
      source: 'parameters vegf_diffusion_um2_h, vegf_half_life_h',
    },
    {
      id: 'oxygen',
      label: 'Oxygen',
      unit: 'relative to normal tissue',
      diffusionUm2PerH: p.oxygen_diffusion_um2_h,
      decayPerH: 0,
      source: 'parameter oxygen_diffusion_um2_h; supply and uptake are per-voxel terms',
    },
  ];
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
      puncturesPerCm2PerPass: puncturesPerCm2PerPass(device, {
        rollerNeedles: p.roller_needle_count,
        rollerDrumDiameterMm: p.roller_drum_diameter_mm,
        rollerDrumWidthMm: p.roller_drum_width_mm,
        penNeedles: p.pen_needle_count,
        penStrokeHz: p.pen_stroke_hz,
        penHandSpeedMmPerS: p.pen_hand_speed_mm_s,
        penHeadDiameterMm: p.pen_head_diameter_mm,
        stampNeedles: p.stamp_needle_count,
        stampHeadDiameterMm: p.stamp_head_diameter_mm,
      }),
      surfaceRadiusUm: p.channel_surface_diameter_um / 2,
      needleTipRadiusUm: p.needle_tip_radius_um,
    },
    fields,
    injuryChemokinePerH: p.injury_signal_rate_per_h,
    sublethalRecoveryH: p.sublethal_injury_recovery_h,
    oxygenSupplyPerH: p.oxygen_supply_per_h,
    lumenHalfLifeH: p.channel_closure_half_life_h,
    agentHeadroom: 3,
    neutrophil: {
      recruitmentPerH: p.neutrophil_recruitment_per_h,
      debrisClearancePerH: p.neutrophil_debris_clearance_per_h,
      lifespanH: p.neutrophil_tissue_lifespan_h,
      motility: {
        kind: CellKind.neutrophil,
        speedUmPerH: p.neutrophil_speed_um_h,
        persistenceH: NEUTROPHIL_PERSISTENCE_H,
        gradientHalfSat: NEUTROPHIL_GRADIENT_HALF_SAT,
        chemotaxisWeight: 1,
        minDepthUm: 0,
        maxDepthUm: 1e9,
      },
    },
    fibroblast: {
      densityPerMm3: p.fibroblast_density_per_mm3,
      cellsPerAgent: CELLS_PER_AGENT[p.quality],
      oxygenUptakePerH: p.fibroblast_oxygen_uptake_per_h,
      motility: {
        kind: CellKind.fibroblast,
        speedUmPerH: p.fibroblast_speed_um_h,
        persistenceH: p.fibroblast_persistence_h,
        gradientHalfSat: FIBROBLAST_GRADIENT_HALF_SAT,
        chemotaxisWeight: 1,
        minDepthUm: 0,
        maxDepthUm: 1e9,
      },
    },
  };
}
