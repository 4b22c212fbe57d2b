/**
 * Topical serum applied after a session: how much reaches the dermis, and how deep (EVIDENCE §2b, §2c, §6.18).
 *
 * Delivery route: the open channels. Intact stratum corneum is treated as impermeable to these hydrophilic
 * serums over the model's hours (its permeability is orders of magnitude below that of an open channel; the
 * flux enhancement measured with needles, PMC4695825, is what the channels add). When the serum is applied
 * (at `topical_time_h` after each session), as a film of APPLIED_DOSE_NL_PER_CM2, it fills each channel's open
 * lumen by capillary action down to the mixing depth (`topical_mixing_depth_um`): below that the channel is
 * filled with tissue fluid and blood welling up, and a closing, fluid-filled capillary does not draw serum
 * further. A lumen voxel fills up to its open fraction (a half-closed channel holds half the serum), as far as
 * the film lasts. From there the agent diffuses into the tissue and is cleared (cell uptake, capillaries) with
 * the agent's own half-life; the rest of the film stays on the surface and is not delivered.
 *
 * Consequences the targets check: nothing is delivered without serum; delivery falls as the lumen closes
 * (later application delivers less: D1); delivered depth is set by the mixing depth and diffusion, not by the
 * nominal needle length (ink depth rose only 0.06 mm per +1 mm of needle, Dermatol Surg 2020: D2).
 *
 * Units: concentration relative to the neat serum (1 = as applied). `topical_delivered` is the cumulative volume
 * of neat serum placed into the channels' dermal part by all applications, nL per cm² of skin (never more than
 * the film). `topical_depth_um` is the deepest depth at which the concentration has been ≥ 10 % of the neat
 * serum's (the surface level) since the latest application.
 */
import type { FieldSpec } from './fields';
import type { Simulation } from './simulation';

export type TopicalId = 'none' | 'hyaluronic-acid' | 'vitamin-c' | 'prp' | 'growth-factor-serum' | 'minoxidil';

export interface TopicalAgent {
  id: Exclude<TopicalId, 'none'>;
  label: string;
  /** Effective diffusion coefficient in dermis, µm²/h. */
  diffusionUm2PerH: number;
  /** Clearance half-life in tissue, h. */
  halfLifeH: number;
  /** Extra collagen synthesis at saturating concentration (vitamin C is the prolyl-hydroxylase cofactor). */
  collagenBoost: number;
  /** PDGF and TGF-β released per unit concentration per hour (platelet-rich plasma carries platelet granules). */
  growthFactorPerH: number;
  source: string;
}

/**
 * The serums offered. D values: free diffusion scaled to tissue (Stokes–Einstein by size, then ~1/3–1/6 for tortuosity and binding);
 * half-lives from the molecule's fate in dermis. All are rough (assumed) and documented as such.
 */
export const TOPICAL_AGENTS: Record<Exclude<TopicalId, 'none'>, TopicalAgent> = {
  'hyaluronic-acid': {
    id: 'hyaluronic-acid',
    label: 'Hyaluronic acid',
    diffusionUm2PerH: 3_600,
    halfLifeH: 24,
    collagenBoost: 0,
    growthFactorPerH: 0,
    source:
      'assumed: high-molecular-weight HA (~1 MDa) diffuses ~1 µm²/s in tissue; dermal HA turns over in 1–2 days. ' +
      'No healing effect is modelled (it hydrates; no collagen effect is established)',
  },
  'vitamin-c': {
    id: 'vitamin-c',
    label: 'Vitamin C (ascorbic acid)',
    diffusionUm2PerH: 360_000,
    halfLifeH: 0.25,
    collagenBoost: 0.3,
    growthFactorPerH: 0,
    source:
      'assumed: ascorbate (176 Da) ~600 µm²/s in water, ~1/6 in dermis (tortuosity, binding); small solutes are ' +
      'cleared by dermal blood flow and cellular uptake within minutes (half-life 15 min). ' +
      'Cofactor of prolyl hydroxylase: up to +30 % collagen synthesis where present (assumed; smokers have lower ' +
      'plasma vitamin C, Sørensen 2010, EVIDENCE §5)',
  },
  prp: {
    id: 'prp',
    label: 'Platelet-rich plasma',
    diffusionUm2PerH: 36_000,
    halfLifeH: 8,
    collagenBoost: 0,
    growthFactorPerH: 0.5,
    source:
      'assumed: PDGF/TGF-β (~25 kDa) ~10 µm²/s in tissue, half-life as PDGF; PRP releases platelet growth ' +
      'factors. Microneedling + PRP: OR 2.97 for > 50 % improvement (Kang & Lu 2021 meta-analysis, EVIDENCE §2e)',
  },
  'growth-factor-serum': {
    id: 'growth-factor-serum',
    label: 'Growth-factor serum',
    diffusionUm2PerH: 54_000,
    halfLifeH: 4,
    collagenBoost: 0,
    growthFactorPerH: 0.2,
    source:
      'assumed: EGF-type growth factors (6–25 kDa) ~15 µm²/s in tissue, short half-life; cosmetic serums carry ' +
      'far less than PRP (no dose data in EVIDENCE)',
  },
  minoxidil: {
    id: 'minoxidil',
    label: 'Minoxidil',
    diffusionUm2PerH: 540_000,
    halfLifeH: 0.5,
    collagenBoost: 0,
    growthFactorPerH: 0,
    source:
      'assumed: small molecule (209 Da) ~150 µm²/s in tissue, cleared by dermal blood flow (half-life 30 min). Its hair-growth effect ' +
      '(Dhurat 2013: +91 vs +22 hairs with needling, EVIDENCE §2e) is outside this skin model: only delivery is shown',
  },
};

/**
 * Serum applied per session, nL per cm² of skin: ~0.1 mL over a 50 cm² face, a film ≈ 20 µm thick (assumed;
 * typical aftercare instructions). Delivery can never exceed it: channels draw on this film until it is gone.
 */
export const APPLIED_DOSE_NL_PER_CM2 = 2000;
/** Concentration at which the vitamin-C boost of collagen synthesis is half-saturated (relative to neat). */
const BOOST_HALF_SAT = 0.05;

export function topicalFieldSpec(agent: TopicalAgent | null): FieldSpec {
  return {
    id: 'topical',
    label: agent ? agent.label : 'Topical serum (none applied)',
    unit: 'relative to the neat serum',
    diffusionUm2PerH: agent ? agent.diffusionUm2PerH : 0,
    decayPerH: agent ? Math.LN2 / agent.halfLifeH : 0,
    source: agent ? agent.source : 'no serum applied',
  };
}

export class TopicalState {
  readonly agent: TopicalAgent | null;
  /** Cumulative neat-serum volume placed in dermal channel voxels by all applications so far, nL per cm². */
  deliveredNlPerCm2 = 0;
  /** Deepest depth reached (≥ 10 % of neat) since the latest application, µm. */
  reachUm = 0;

  constructor(agent: TopicalAgent | null) {
    this.agent = agent;
  }
}

/**
 * One application: a film of APPLIED_DOSE_NL_PER_CM2 on the block. Each open channel fills by capillary action
 * down to the mixing depth, each lumen voxel up to its open fraction, as far as the film lasts (shared in
 * proportion when it does not). The serum that lands in dermal voxels is what reached the dermis.
 */
function applySerum(sim: Simulation): void {
  const g = sim.geometry.grid;
  const c = sim.fields.values[sim.fTopical]!;
  const voxelNl = g.dxUm ** 3 / 1e6;
  const areaCm2 = (sim.geometry.widthUm * sim.geometry.widthUm) / 1e8;
  const film = (APPLIED_DOSE_NL_PER_CM2 * areaCm2) / voxelNl;
  const rows = Math.min(g.nz, Math.ceil(sim.config.topicalMixingDepthUm / g.dxUm));
  const lumen = sim.tissue.lumen;
  const dermis = sim.matrix.dermis;
  const end = rows * g.nx * g.ny;
  let wanted = 0;
  for (let i = 0; i < end; i++) {
    const d = lumen[i]! - c[i]!;
    if (d > 0) wanted += d;
  }
  sim.topical.reachUm = 0;
  if (!(wanted > 0)) return;
  const share = Math.min(1, film / wanted);
  let toDermis = 0;
  for (let i = 0; i < end; i++) {
    const d = lumen[i]! - c[i]!;
    if (d <= 0) continue;
    c[i] = c[i]! + share * d;
    if (dermis[i] === 1) toDermis += share * d;
  }
  sim.topical.deliveredNlPerCm2 += (toDermis * voxelNl) / areaCm2;
  sim.solver.dormant[sim.fTopical] = 0;
}

/** Application and clearance bookkeeping, every step while a serum is in use. */
export function topicalStep(sim: Simulation, dtH: number): void {
  const agent = sim.topical.agent;
  if (agent === null || sim.sessionsDone === 0) return;
  const f = sim.fTopical;
  const c = sim.fields.values[f]!;
  const since = sim.timeH - sim.latestSessionH() - sim.config.topicalTimeH;
  if (since >= 0 && since < dtH) applySerum(sim);
  if (sim.solver.dormant[f] === 1) return;
  // Platelet-rich plasma's growth factors, where it is.
  const dermis = sim.matrix.dermis;
  const gf = agent.growthFactorPerH;
  const pdgf = sim.fields.sources[sim.fPdgf]!;
  const tgf = sim.fields.sources[sim.fTgfBeta]!;
  if (gf > 0) {
    for (let i = 0; i < c.length; i++) {
      const v = c[i]!;
      if (v === 0 || dermis[i] === 0) continue;
      pdgf[i]! += gf * v;
      tgf[i]! += gf * v;
    }
  }
  const depth = topicalDepth(sim);
  if (depth > sim.topical.reachUm) sim.topical.reachUm = depth;
}

/** Multiplier on collagen synthesis at voxel v from the serum (1 without one). */
export function collagenBoostAt(sim: Simulation, v: number): number {
  const agent = sim.topical.agent;
  if (agent === null || agent.collagenBoost === 0) return 1;
  const c = sim.fields.values[sim.fTopical]![v]!;
  return 1 + (agent.collagenBoost * c) / (c + BOOST_HALF_SAT);
}

/** Cumulative neat-serum volume that reached the dermis, nL/cm² (0 without a serum). */
export function topicalDelivered(sim: Simulation): number {
  return sim.topical.agent === null ? 0 : sim.topical.deliveredNlPerCm2;
}

/** Concentration (relative to the neat serum) that counts as "reached": 10 % of the applied level. */
const REACHED = 0.1;

/** The `topical_depth_um` metric: the deepest depth reached since the latest application, µm. */
export function topicalReach(sim: Simulation): number {
  return sim.topical.agent === null ? 0 : sim.topical.reachUm;
}

/**
 * Depth the serum reaches now, µm: the deepest plane in which the concentration somewhere is still ≥ 10 % of the
 * neat serum's (the level applied at the surface); 0 when nowhere is.
 */
export function topicalDepth(sim: Simulation): number {
  if (sim.topical.agent === null || sim.solver.dormant[sim.fTopical] === 1) return 0;
  const g = sim.geometry.grid;
  const c = sim.fields.values[sim.fTopical]!;
  const plane = g.nx * g.ny;
  for (let iz = g.nz - 1; iz >= 0; iz--) {
    const base = iz * plane;
    for (let k = 0; k < plane; k++) if (c[base + k]! >= REACHED) return (iz + 1) * g.dxUm;
  }
  return 0;
}
