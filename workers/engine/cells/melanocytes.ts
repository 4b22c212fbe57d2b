/**
 * Post-inflammatory hyperpigmentation (PIH): `pigment_risk` is the probability that this course of treatment
 * leaves PIH in a patient of this phototype (a population probability, not a prediction for one person).
 * Melanocytes sit in the basal epidermis; inflammatory mediators around them (prostaglandins, leukotrienes,
 * IL-1, ROS from neutrophils and M1 macrophages) stimulate melanogenesis and melanin transfer, and darker
 * phototypes respond more (EVIDENCE §2f, §5).
 *
 * Rules:
 * 1. Stimulation: the inflammatory signal (chemokine field: produced by damage and by M1 macrophages) that a
 *    stimulated melanocyte sees, in the viable epidermis and papillary dermis where melanocytes sit: the
 *    signal-weighted mean Σc²/Σc over those voxels. It measures how intense the inflammation is around the
 *    channels, not how many channels there are (PIH rates after sparse roller and dense pen treatments are
 *    alike in the reports), and rises with deeper, more damaging channels through the inflammation they cause
 *    (no separate depth weight).
 * 2. Hazard: each hour of stimulation I adds h = β · s^(type − 1) · I to the cumulative PIH hazard H, where β is
 *    the type-I responsiveness (`pigment_base_rate`) and s the factor per Fitzpatrick step
 *    (`pigment_sensitivity_per_type`). Sessions add hazard independently; nothing is forgotten within a course.
 * 3. pigment_risk = 1 − e^(−H): the probability of at least one PIH episode by now.
 * Calibration: β is set so that Dogra 2014's course (1.5 mm roller, types IV–V) gives ≈ 17 % (5/30); checked
 * per session by P5.
 */
import type { SimState } from '../state';

export function pigmentStep(sim: SimState, dtH: number): void {
  const inflammation = junctionInflammation(sim);
  sim.skin.melanocyteActivation += sim.config.pigment.hazardPerSignalH * inflammation * dtH;
}

/** Signal-weighted mean inflammatory signal Σc²/Σc in the viable epidermis and papillary dermis (rule 1). */
function junctionInflammation(sim: SimState): number {
  const c = sim.fields.values[sim.fChemokine]!;
  const idx = sim.junctionVoxels;
  let sum = 0;
  let sumSq = 0;
  for (let k = 0; k < idx.length; k++) {
    const v = c[idx[k]!]!;
    if (v <= 0) continue;
    sum += v;
    sumSq += v * v;
  }
  return sum > 0 ? sumSq / sum : 0;
}

/** Probability of PIH from the course so far (rule 3). `skin.melanocyteActivation` holds the cumulative hazard. */
export function pigmentRisk(sim: SimState): number {
  return 1 - Math.exp(-sim.skin.melanocyteActivation);
}
