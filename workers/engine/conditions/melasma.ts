/**
 * Melasma (issue 17): the whole block is lesional skin (docs/conditions.md: the patch is larger than the block).
 * Starting tissue over the normal one, on the pigment model every epidermis carries (cells/melanin.ts):
 * - melanocytes: more per mm and each more active (Kang et al., Br J Dermatol 2002;146:228): intrinsic activity
 *   A_L = `melasma_melanocyte_activity` in every column;
 * - dermal vessels: more and larger, VEGF raised (Kim et al., J Dermatol Sci 2007;46:111): a vessel signal
 *   V_L = `melasma_vessel_signal` to the melanocytes above. Held as the pigment model's own per-column signal, not
 *   as extra capillary density in the vessel field (whose pruning rule would remove a lesional excess that nothing
 *   in the normal model sustains; its erythema would then also change): a listed limitation;
 * - epidermal melanin at its lesional steady state M = A = A_L · (1 + g_V · V_L) (more melanin in every layer,
 *   Kang 2002), so untreated melasma stays where it starts;
 * - not modelled: dermal melanophages (present in some lesions; dermal melanin is not shed with epidermal
 *   turnover, is not in `melanin_epidermal_rel`, and the model has no macrophage pigment uptake: mixed-type
 *   melasma would respond more slowly than this block), solar elastosis, UV and hormones (the triggers).
 * Outcomes: `melanin_epidermal_rel` (observe.ts, every condition) and `improvement` = (M₀ − M) / (M₀ − 1), the
 * share of the lesion's excess melanin gone (0 before the first session, 1 = like normal skin of the same type;
 * negative when it darkens), M₀ the mean melanin when the block was built.
 */
import type { ConditionModule } from '../state';
import { dermalThicknessUm } from './measures';

export const melasma: ConditionModule = {
  build(sim) {
    const p = sim.pigment;
    const cfg = sim.config.melanin;
    const activity = cfg.melasmaActivity * (1 + cfg.vesselGain * cfg.melasmaVesselSignal);
    p.intrinsic.fill(cfg.melasmaActivity);
    p.vesselLesional.fill(cfg.melasmaVesselSignal);
    p.vesselDrive.fill(cfg.melasmaVesselSignal);
    p.activity.fill(activity);
    p.melanin.fill(activity);
  },
  outcomes(sim, out) {
    out.dermal_thickness_um = dermalThicknessUm(sim.geometry);
    const before = sim.pigment.melaninBefore;
    out.improvement = before > 1 ? (before - sim.pigment.meanMelanin()) / (before - 1) : 0;
  },
};
