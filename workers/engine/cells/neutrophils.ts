/**
 * Neutrophils: the first responders (EVIDENCE §3b: influx within hours, peak 24–48 h, mostly gone by day 3–5).
 *
 * Rules (one step):
 *   - recruitment out of perfused dermal capillaries, ∝ the injury signal there (cells/recruitment.ts);
 *   - fast chemotaxis up the injury signal with a short persistence (cells/motility.ts);
 *   - phagocytosis: each neutrophil clears `debrisClearancePerH · dt` of its voxel's damage, which removes the
 *     signal's source — so recruitment ends because the wound is clean, not because a clock says so;
 *   - apoptosis with a constant hazard 1 / lifespan (exponential lifetimes, mean = tissue lifespan).
 */
import type { AgentStore } from '../agents';
import { CellKind } from '../cellKinds';
import type { Grid } from '../grid';
import type { Rng } from '../rng';

/** Clears debris at each neutrophil's voxel and removes the neutrophils that die this step. Allocation-free. */
export function neutrophilPhagocytosisAndApoptosis(
  agents: AgentStore,
  grid: Grid,
  damage: Float32Array,
  debrisClearancePerH: number,
  lifespanH: number,
  dtH: number,
  rng: Rng,
): void {
  const inv = 1 / grid.dxUm;
  const clear = debrisClearancePerH * dtH;
  const deathProbability = 1 - Math.exp(-dtH / lifespanH);
  // Backwards, so a kill's swap-in (from the end) has already been visited.
  for (let i = agents.count - 1; i >= 0; i--) {
    if (agents.kind[i] !== CellKind.neutrophil) continue;
    let ix = (agents.x[i]! * inv) | 0;
    let iy = (agents.y[i]! * inv) | 0;
    let iz = (agents.z[i]! * inv) | 0;
    if (ix >= grid.nx) ix = grid.nx - 1;
    if (iy >= grid.ny) iy = grid.ny - 1;
    if (iz >= grid.nz) iz = grid.nz - 1;
    const v = ix + grid.nx * (iy + grid.ny * iz);
    const d = damage[v]!;
    if (d > 0) damage[v] = d > clear ? d - clear : 0;
    if (rng.next() < deathProbability) agents.kill(i);
  }
}
