/**
 * Perfusion: capillaries supply oxygen ∝ their density (source k·ρ·P, uptake k·ρ: the field relaxes toward the
 * perfused tissue's pO₂ P where perfused); fibroblasts consume it.
 *
 * P = 1 (normal tissue pO₂) except in smokers, where nicotine's vasoconstriction and carbon monoxide's
 * carboxyhaemoglobin lower the oxygen that perfused dermis is held at (`oxygenSupplyLevel`, Jensen 1991). What
 * follows from it (slower collagen hydroxylation, cells/fibroblasts.ts; hypoxic VEGF) is not scripted here.
 */
import { voxelOf } from './agents';
import { CellKind } from '../model/cellKinds';
import type { SimState } from './state';

export function perfusionStep(sim: SimState, dtH: number): void {
  const src = sim.fields.sources[sim.fOxygen]!;
  const uptake = sim.fields.uptake[sim.fOxygen]!;
  const supply = sim.config.oxygenSupplyPerH;
  const level = sim.config.oxygenSupplyLevel;
  const rho = sim.vessels.density;
  // Sources are rates summed over the field's steps until its next solve (one per step of this hour).
  const steps = dtH / sim.stepH;
  for (let i = 0; i < rho.length; i++) {
    const k = supply * rho[i]!;
    src[i]! += k * level * steps;
    uptake[i] = k;
  }
  const a = sim.agents;
  const g = sim.geometry.grid;
  const inv = 1 / g.dxUm;
  const use = sim.config.fibroblast.oxygenUptakePerH;
  for (let i = 0; i < a.count; i++) {
    const kind = a.kind[i];
    if (kind !== CellKind.fibroblast && kind !== CellKind.myofibroblast) continue;
    uptake[voxelOf(a, i, inv, g.nx, g.ny, g.nz)]! += use;
  }
}
