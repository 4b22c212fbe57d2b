/**
 * Pigment response (a melanocyte-activation index, not melanocyte agents): post-inflammatory hyperpigmentation
 * follows inflammation at the dermal–epidermal junction, where melanocytes sit, and is far more common in
 * skin types IV–VI (EVIDENCE §2f, §5: PIH in 17 % of types IV–V after a 1.5 mm roller, Dogra 2014).
 *
 *   dM/dt = s(type) · I − M / τ_pigment,    pigment_risk = 1 − exp(−M)
 * I = the mean inflammatory signal (chemokine field) in the viable epidermis and papillary dermis;
 * s(type) = s₁ · σ^(type − 1): each Fitzpatrick type step multiplies melanocyte responsiveness by σ
 * (`pigment_sensitivity_per_type`). A risk index for the educational view, not a clinical probability.
 */
import type { SimState } from '../state';

export function pigmentStep(sim: SimState, dtH: number): void {
  const cfg = sim.config.pigment;
  const inflammation = junctionInflammation(sim);
  const decay = Math.exp(-dtH / cfg.tauH);
  sim.skin.melanocyteActivation = sim.skin.melanocyteActivation * decay + cfg.sensitivity * inflammation * dtH;
}

/** Mean inflammatory signal in the viable epidermis and papillary dermis (melanocytes' surroundings). */
function junctionInflammation(sim: SimState): number {
  const c = sim.fields.values[sim.fChemokine]!;
  const idx = sim.junctionVoxels;
  let sum = 0;
  for (let k = 0; k < idx.length; k++) sum += c[idx[k]!]!;
  return idx.length === 0 ? 0 : sum / idx.length;
}

export function pigmentRisk(sim: SimState): number {
  return 1 - Math.exp(-sim.skin.melanocyteActivation);
}
