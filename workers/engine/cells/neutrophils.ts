/**
 * Neutrophils: the first responders (EVIDENCE §3b: influx within hours, peak 24–48 h, mostly gone by day 3–5).
 *
 * Agent fields: `state` 0 = live, 1 = apoptotic; `a1` = hours since apoptosis.
 *
 * Rules (one step):
 *   - recruitment out of perfused capillaries, ∝ the injury signal there (cells/recruitment.ts, its own system);
 *   - fast chemotaxis up the injury signal with a short persistence (cells/motility.ts); live cells only;
 *   - phagocytosis: each live neutrophil clears `debrisClearancePerH · dt` of its voxel's damage, which
 *     removes the signal's source — so recruitment ends because the wound is clean, not because a clock says so;
 *   - elastase and MMPs: live cells add MMP activity to their voxel (matrix.ts degrades collagen III, elastin);
 *   - infill: live cells in an open channel lumen fill it (fibrin and cells plug the channel) at a rate;
 *   - apoptosis with a constant hazard 1 / lifespan (exponential lifetimes, mean = tissue lifespan). An
 *     apoptotic cell stays where it died until a macrophage eats it (efferocytosis, cells/macrophages.ts); left
 *     uneaten for `secondaryNecrosisH` it lyses, and its contents injure the tissue around it (sub-lethal damage,
 *     which signals and then heals), which keeps inflammation going — the reason efficient efferocytosis ends
 *     the neutrophil wave.
 */
import { CellKind, CellState } from '../../model/cellKinds';
import type { SimState } from '../state';
import { voxelOf } from '../agents';
import { SUBLETHAL_DAMAGE } from '../tissue';
import { moveCells } from './motility';

/** State codes (declared in model/cellKinds.ts). */
export const NeutrophilState = CellState.neutrophil;

export function neutrophilsStep(sim: SimState, dtH: number): void {
  const cfg = sim.config.neutrophil;
  const a = sim.agents;
  const g = sim.geometry.grid;
  const chemokine = sim.fields.values[sim.fChemokine]!;
  if (a.kindCount[CellKind.neutrophil] === 0) return;
  const damage = sim.tissue.damage;
  moveCells(
    a,
    sim.neutrophilMotility,
    g,
    sim.geometry.widthUm,
    chemokine,
    null,
    0,
    dtH,
    sim.rngImmune,
    null,
    null,
    damage,
  );
  const inv = 1 / g.dxUm;
  const lumen = sim.tissue.lumen;
  const mmp = sim.matrix.mmp;
  const clear = cfg.debrisClearancePerH * dtH;
  const infill = 1 - Math.exp(-cfg.lumenInfillPerH * dtH);
  const mmpDose = cfg.mmpPerH * dtH;
  const deathProbability = 1 - Math.exp(-dtH / cfg.lifespanH);
  const rng = sim.rngImmune;
  // Backwards, so a kill's swap-in (from the end) has already been visited.
  for (let i = a.count - 1; i >= 0; i--) {
    if (a.kind[i] !== CellKind.neutrophil) continue;
    const v = voxelOf(a, i, inv, g.nx, g.ny, g.nz);
    if (a.state[i] === NeutrophilState.apoptotic) {
      const t = a.a1[i]! + dtH;
      a.a1[i] = t;
      if (t >= cfg.secondaryNecrosisH) {
        // Sub-lethal: released granule enzymes inflame and injure, and the injury heals by itself (resident
        // macrophages, not modelled, mop up what is left), so lysis prolongs inflammation without making necrosis.
        const d = damage[v]!;
        if (d < SUBLETHAL_DAMAGE) damage[v] = Math.min(SUBLETHAL_DAMAGE, d + cfg.lysisDamage);
        sim.tissue.anyDamage = true;
        a.kill(i);
      }
      continue;
    }
    const d = damage[v]!;
    if (d > 0) damage[v] = d > clear ? d - clear : 0;
    const l = lumen[v]!;
    if (l > 0) lumen[v] = l * (1 - infill);
    mmp[v]! += mmpDose;
    if (rng.next() < deathProbability) {
      a.state[i] = NeutrophilState.apoptotic;
      a.a1[i] = 0;
    }
  }
}
