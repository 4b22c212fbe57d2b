/**
 * Block-level skin responses a patient sees: redness (erythema) and epidermal thickness. Block-level scalars,
 * not per-voxel state: they are read as one index for the block, as a clinician scores them.
 *
 * Erythema (EVIDENCE §2f: erythema and oedema resolve within hours to 2–3 days). Inflammatory mediators dilate
 * the papillary capillaries: the drive is D = the papillary-dermis mean of chemokine (the inflammatory
 * signal) × capillary density; redness follows E* = D / (D + K_E), rising within
 * ERYTHEMA_RISE_H and fading with `erythema_tau_h`.
 *
 * Epidermal thickness (EVIDENCE §2e: stratum spinosum +40 % at 1 yr, Aust 2008; epidermal density +19 % at 3
 * months, ASJ 2021), two keratinocyte compartments:
 *   - the basal (proliferative) pool B, 1 at rest: activated fibroblasts of the papillary dermis release KGF/FGF7
 *     and EGF (up after needling in rat: Aust 2011), which expand it; it returns to rest over
 *     `epidermal_basal_return_days` (the enlarged basal compartment sits on the rebuilt rete ridges, still
 *     normal at 1 yr: Aust 2008):  dB/dt = (g · S − (B − 1)) / τ_B,  S = activated papillary fibroblasts per
 *     resting papillary fibroblast (the KGF/EGF output of the papillary dermis relative to a fully activated
 *     resting population), g = `epidermal_thickening_gain`;
 *   - the suprabasal layers, produced in proportion to B and shed over one turnover (EPIDERMAL_TURNOVER_H): the
 *     viable thickness T follows  dT/dt = (B − T) / τ_turnover, so normal turnover brings it back with the pool.
 */
import { CellKind, CellState } from '../model/cellKinds';
import type { SimState } from './state';

/** Vasodilation sets in within minutes (histamine, bradykinin): redness reaches its drive in ~15 min. */
const ERYTHEMA_RISE_H = 0.25;
/** Epidermal turnover (basal layer to shedding), 28–56 days (EVIDENCE §3c): 40 days. */
export const EPIDERMAL_TURNOVER_H = 40 * 24;

export function erythemaStep(sim: SimState, dtH: number): void {
  const cfg = sim.config.erythema;
  const drive = papillaryVasodilation(sim);
  const target = drive / (drive + cfg.halfSat);
  const e = sim.skin.erythema;
  const tau = target > e ? ERYTHEMA_RISE_H : cfg.tauH;
  sim.skin.erythema = target + (e - target) * Math.exp(-dtH / tau);
}

export function epidermalThicknessStep(sim: SimState, dtH: number): void {
  const cfg = sim.config.keratinocyte;
  const e = sim.epidermis;
  const signal = papillaryFibroblastSignal(sim);
  const b = e.basalPool;
  e.basalPool = b + (dtH * (cfg.thickeningGain * signal - (b - 1))) / cfg.basalReturnH;
  e.thickness = e.basalPool + (e.thickness - e.basalPool) * Math.exp(-dtH / EPIDERMAL_TURNOVER_H);
}

/** Activated fibroblasts and myofibroblasts in the papillary dermis per resting papillary fibroblast (agents). */
function papillaryFibroblastSignal(sim: SimState): number {
  const stack = sim.geometry.stack;
  const top = stack.stratumCorneumUm + stack.epidermisUm;
  const bottom = top + stack.papillaryDermisUm;
  const a = sim.agents;
  let active = 0;
  for (let i = 0; i < a.count; i++) {
    const kind = a.kind[i];
    if (kind !== CellKind.fibroblast && kind !== CellKind.myofibroblast) continue;
    const z = a.z[i]!;
    if (z < top || z >= bottom) continue;
    if (kind === CellKind.myofibroblast || a.state[i] === CellState.fibroblast.activated) active++;
  }
  const w = sim.geometry.widthUm;
  const restingAgents =
    (sim.config.fibroblast.densityPerMm3 * w * w * stack.papillaryDermisUm) / 1e9 / sim.config.fibroblast.cellsPerAgent;
  return restingAgents > 0 ? active / restingAgents : 0;
}

/** Mean of inflammatory signal × capillary density over the papillary dermis (redness drive). */
function papillaryVasodilation(sim: SimState): number {
  const c = sim.fields.values[sim.fChemokine]!;
  const rho = sim.vessels.density;
  const idx = sim.papillaryVoxels;
  let sum = 0;
  for (let k = 0; k < idx.length; k++) sum += c[idx[k]!]! * rho[idx[k]!]!;
  return idx.length === 0 ? 0 : sum / idx.length;
}
