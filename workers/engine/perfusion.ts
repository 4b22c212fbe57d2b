/**
 * Perfusion: capillaries supply oxygen ∝ their density (source k·ρ, uptake k·ρ: the field relaxes toward normal pO₂
 * where perfused); fibroblasts consume it.
 */
import { voxelOf } from './agents';
import { CellKind } from '../model/cellKinds';
import type { SimState } from './state';

export function perfusionStep(sim: SimState, dtH: number): void {
  const src = sim.fields.sources[sim.fOxygen]!;
  const uptake = sim.fields.uptake[sim.fOxygen]!;
  const supply = sim.config.oxygenSupplyPerH;
  const rho = sim.vessels.density;
  // Sources are rates summed over the field's steps until its next solve (one per step of this hour).
  const steps = dtH / sim.stepH;
  for (let i = 0; i < rho.length; i++) {
    const k = supply * rho[i]!;
    src[i]! += k * steps;
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
