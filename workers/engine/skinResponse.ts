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
 * months, ASJ 2021). Dermal–epidermal signalling (KGF/FGF7, EGF from the remodelled papillary dermis; Aust
 * 2011) raises the epidermis toward T* = 1 + g · (C_pap − 1)⁺, C_pap the mean total collagen of the treated papillary
 * dermis relative to before; the epidermis follows over its turnover time (EPIDERMAL_TURNOVER_H).
 */
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
  const excess = Math.max(0, papillaryCollagen(sim) - 1);
  const target = 1 + sim.config.epidermalThickeningGain * excess;
  const t = sim.epidermis.thickness;
  sim.epidermis.thickness = target + (t - target) * Math.exp(-dtH / EPIDERMAL_TURNOVER_H);
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

/** Mean total collagen of the treated papillary dermis relative to before (all papillary dermis if none). */
function papillaryCollagen(sim: SimState): number {
  const m = sim.matrix;
  const idx = sim.papillaryVoxels;
  let sum = 0;
  let n = 0;
  let all = 0;
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    const t = m.collagenI[i]! + m.collagenIII[i]!;
    all += t;
    if (m.treatedZone[i] === 1) {
      sum += t;
      n++;
    }
  }
  if (n > 0) return sum / n;
  return idx.length === 0 ? 1 : all / idx.length;
}
