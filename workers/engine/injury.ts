/**
 * Injury signal and the fate of damaged tissue: damaged voxels release the injury chemokine (source ∝ damage);
 * sub-lethal damage (the crushed rim) recovers by itself; necrotic epidermis is shed.
 */
import { Layer } from './geometry';
import type { SimState } from './state';
import { SUBLETHAL_DAMAGE } from './tissue';

export function injuryStep(sim: SimState, dtH: number): void {
  if (!sim.tissue.anyDamage) return;
  const damage = sim.tissue.damage;
  const layer = sim.geometry.layer;
  const src = sim.fields.sources[sim.fChemokine]!;
  // Sources are rates summed over the steps until the field's next solve: one per model step covered.
  const rate = sim.config.injuryChemokinePerH * (dtH / sim.stepH);
  const recover = Math.exp(-dtH / sim.config.sublethalRecoveryH);
  // Necrotic epidermis is not eaten but shed: the regenerating epidermis pushes it out (MENDs shed by
  // day 7, Laubach 2006), on the epidermal restoration time scale.
  const shed = Math.exp(-dtH / sim.config.keratinocyte.restorationTauH);
  let any = false;
  for (let i = 0; i < damage.length; i++) {
    const d = damage[i]!;
    if (d <= 0) continue;
    src[i]! += d * rate;
    if (d <= SUBLETHAL_DAMAGE || layer[i]! <= Layer.epidermis) {
      const next = d * (d <= SUBLETHAL_DAMAGE ? recover : shed);
      damage[i] = next < 1e-4 ? 0 : next;
    }
    any = true;
  }
  sim.tissue.anyDamage = any;
}
