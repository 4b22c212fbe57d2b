/**
 * Channel lumens close by elastic recoil: first order with the measured half-life, at every depth (infill is added
 * by cells: neutrophils.ts).
 */
import type { SimState } from './state';

export function lumenStep(sim: SimState, dtH: number): void {
  if (!sim.tissue.anyLumen) return;
  const factor = Math.exp((-Math.LN2 * dtH) / sim.config.lumenHalfLifeH);
  const lumen = sim.tissue.lumen;
  let any = false;
  for (let i = 0; i < lumen.length; i++) {
    const l = lumen[i]!;
    if (l === 0) continue;
    const next = l * factor;
    lumen[i] = next < 1e-5 ? 0 : next;
    any = true;
  }
  sim.tissue.anyLumen = any;
}
