/**
 * Epidermal melanin per surface column (issue 17), for every condition's epidermis (docs/model.md §5.12a). State:
 * PigmentState (activity A, melanin M and vessel signal V per column, relative to normal skin of the same type).
 *
 * Rules (hourly, in the `pigment` system after the PIH hazard):
 * 1. Signals per column: the inflammatory signal I = mean chemokine over the column's viable epidermis and papillary
 *    dermis (the voxels where the PIH hazard reads it: the same stimulus, prostaglandins / IL-1 / ROS stand-in), and
 *    the plasmin-inhibitor level X = mean tranexamic-acid concentration there (relative to the neat serum; 0 for any
 *    other serum). Inhibition u = X / (X + K_X): plasmin drives arachidonic-acid release (prostaglandins) and
 *    frees VEGF / bFGF from the matrix, so u cuts both the inflammatory and the vascular stimulation.
 *    UV is not modelled (no sun exposure in the block): the chief trigger of melasma in life is absent here.
 * 2. Vessel signal (Kim 2007: more and larger dermal vessels with raised VEGF under melasma; endothelial
 *    endothelin-1 stimulates melanocytes, Regazzetti 2015): V relaxes to the lesion's level V_L over
 *    τ_V (`melasma_vessel_recovery_days`) and regresses under plasmin inhibition at rate k_X · u
 *    (`txa_vessel_regression_per_h`): dV/dt = (V_L − V)/τ_V − k_X · u · V. V_L = 0 in normal skin.
 * 3. Activity: A relaxes over τ_A (`melanocyte_activation_tau_h`) to
 *    A* = A_L · (1 + g_V · V · (1 − u)) · (1 + g_I · s^(type − 1) · I · (1 − u)),
 *    A_L the lesional intrinsic activity (1 in normal skin, `melasma_melanocyte_activity` in melasma), g_V
 *    `melanocyte_vessel_gain`, g_I `melanocyte_inflammation_gain` and s `pigment_sensitivity_per_type`: the type
 *    step of the PIH hazard, so darker skin makes more melanin for the same inflammation (the same stimulus and
 *    the same step as pigment_risk; pigment_risk is the probability of a visible PIH episode, this is the mean
 *    epidermal melanin that episode is made of).
 * 4. Transfer and shedding: melanocytes transfer melanin into the basal keratinocytes, which carry it up and shed
 *    it with epidermal turnover: dM/dt = A / τ_T − M · (B / T) / τ_T, τ_T the epidermal transit time
 *    (EPIDERMAL_TURNOVER_H, 40 d), B the basal pool and T the viable thickness (skinResponse.ts). At rest B = T and
 *    M = A. After needling the basal pool grows before the thickness follows (B > T): more keratinocytes pass
 *    through per hour and more melanin is shed, so faster turnover lightens.
 * Allocation-free; O(junction voxels + columns) per hour.
 */
import { EPIDERMAL_TURNOVER_H } from '../skinResponse';
import type { SimState } from '../state';

export function melaninStep(sim: SimState, dtH: number): void {
  const p = sim.pigment;
  const cfg = sim.config.melanin;
  const n = p.columns;
  const signal = p.scratchSignal;
  const count = p.scratchCount;
  const inhibitor = p.scratchInhibitor;
  signal.fill(0);
  count.fill(0);
  inhibitor.fill(0);
  const chemokine = sim.fields.values[sim.fChemokine]!;
  const inhibits = sim.config.topical?.plasminInhibitor === true;
  const topical = sim.fields.values[sim.fTopical]!;
  const idx = sim.junctionVoxels;
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    const c = i % n;
    const v = chemokine[i]!;
    if (v > 0) signal[c] = signal[c]! + v;
    count[c] = count[c]! + 1;
    if (inhibits) inhibitor[c] = inhibitor[c]! + topical[i]!;
  }
  const activityRelax = 1 - Math.exp(-dtH / cfg.activityTauH);
  const vesselRelax = dtH / cfg.vesselRecoveryH;
  const b = sim.epidermis.basalPool;
  const t = sim.epidermis.thickness;
  const shedPerH = (t > 0 ? b / t : 1) / EPIDERMAL_TURNOVER_H;
  const produce = dtH / EPIDERMAL_TURNOVER_H;
  const keep = Math.exp(-shedPerH * dtH);
  for (let c = 0; c < n; c++) {
    const voxels = count[c]!;
    const inflammation = voxels > 0 ? signal[c]! / voxels : 0;
    const x = voxels > 0 && inhibits ? inhibitor[c]! / voxels : 0;
    const u = x > 0 ? x / (x + cfg.inhibitorHalfEffect) : 0;
    let v = p.vesselDrive[c]!;
    v += (p.vesselLesional[c]! - v) * vesselRelax;
    v *= Math.exp(-cfg.inhibitorVesselRegressionPerH * u * dtH);
    p.vesselDrive[c] = v;
    const target =
      p.intrinsic[c]! * (1 + cfg.vesselGain * v * (1 - u)) * (1 + cfg.inflammationGain * inflammation * (1 - u));
    const a = p.activity[c]! + (target - p.activity[c]!) * activityRelax;
    p.activity[c] = a;
    // Exact decay of what is held, plus this hour's transfer (at rest: M = A exactly when B = T).
    const m = p.melanin[c]!;
    p.melanin[c] = shedPerH > 0 ? m * keep + (a * produce * (1 - keep)) / (shedPerH * dtH) : m + a * produce;
  }
}
