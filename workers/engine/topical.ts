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
import { latestSessionH } from './state';
import type { SimState } from './state';

/**
 * Serum applied per session, nL per cm² of skin: ~0.1 mL over a 50 cm² face, a film ≈ 20 µm thick (assumed;
 * typical aftercare instructions). Delivery can never exceed it: channels draw on this film until it is gone.
 */
export const APPLIED_DOSE_NL_PER_CM2 = 2000;
/** Concentration at which the vitamin-C boost of collagen synthesis is half-saturated (relative to neat). */
const BOOST_HALF_SAT = 0.05;

/**
 * One application: a film of APPLIED_DOSE_NL_PER_CM2 on the block. Each open channel fills by capillary action
 * down to the mixing depth, each lumen voxel up to its open fraction, as far as the film lasts (shared in
 * proportion when it does not). The serum that lands in dermal voxels is what reached the dermis.
 */
function applySerum(sim: SimState): void {
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
export function topicalStep(sim: SimState, dtH: number): void {
  const agent = sim.topical.agent;
  if (agent === null || sim.sessionsDone === 0) return;
  const f = sim.fTopical;
  const c = sim.fields.values[f]!;
  const since = sim.timeH - latestSessionH(sim) - sim.config.topicalTimeH;
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
export function collagenBoostAt(sim: SimState, v: number): number {
  const agent = sim.topical.agent;
  if (agent === null || agent.collagenBoost === 0) return 1;
  const c = sim.fields.values[sim.fTopical]![v]!;
  return 1 + (agent.collagenBoost * c) / (c + BOOST_HALF_SAT);
}

/** Cumulative neat-serum volume that reached the dermis, nL/cm² (0 without a serum). */
export function topicalDelivered(sim: SimState): number {
  return sim.topical.agent === null ? 0 : sim.topical.deliveredNlPerCm2;
}

/** Concentration (relative to the neat serum) that counts as "reached": 10 % of the applied level. */
const REACHED = 0.1;

/** The `topical_depth_um` metric: the deepest depth reached since the latest application, µm. */
export function topicalReach(sim: SimState): number {
  return sim.topical.agent === null ? 0 : sim.topical.reachUm;
}

/**
 * Depth the serum reaches now, µm: the deepest plane in which the concentration somewhere is still ≥ 10 % of the
 * neat serum's (the level applied at the surface); 0 when nowhere is.
 */
export function topicalDepth(sim: SimState): number {
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
