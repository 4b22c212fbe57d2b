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
import type { Simulation } from './simulation';

/** Vasodilation sets in within minutes (histamine, bradykinin): redness reaches its drive in ~15 min. */
const ERYTHEMA_RISE_H = 0.25;
/** Epidermal turnover (basal layer to shedding), 28–56 days (EVIDENCE §3c): 40 days. */
export const EPIDERMAL_TURNOVER_H = 40 * 24;

export class SkinResponse {
  erythema = 0;
  melanocyteActivation = 0;
}

export function erythemaStep(sim: Simulation, dtH: number): void {
  const cfg = sim.config.erythema;
  const drive = sim.papillaryVasodilation();
  const target = drive / (drive + cfg.halfSat);
  const e = sim.skin.erythema;
  const tau = target > e ? ERYTHEMA_RISE_H : cfg.tauH;
  sim.skin.erythema = target + (e - target) * Math.exp(-dtH / tau);
}

export function epidermalThicknessStep(sim: Simulation, dtH: number): void {
  const excess = Math.max(0, sim.papillaryCollagen() - 1);
  const target = 1 + sim.config.epidermalThickeningGain * excess;
  const t = sim.epidermis.thickness;
  sim.epidermis.thickness = target + (t - target) * Math.exp(-dtH / EPIDERMAL_TURNOVER_H);
}
