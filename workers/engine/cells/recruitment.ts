/**
 * Recruitment: neutrophils and monocytes leave perfused capillaries (dermis and fat) ∝ injury signal × capillary
 * density, as Poisson arrivals (the sampler is recruiter.ts). Smokers recruit fewer monocytes (the macrophage
 * rate in config.ts; Sørensen 2010), so their wounds get fewer macrophages and growth factors.
 */
import { CellKind } from '../../model/cellKinds';
import type { SimState } from '../state';
import { MacrophageState } from './macrophages';
import { NeutrophilState } from './neutrophils';

export function recruitmentStep(sim: SimState, dtH: number): void {
  if (sim.solver.dormant[sim.fChemokine] === 1) return;
  const r = sim.recruiter;
  const cpa = sim.config.fibroblast.cellsPerAgent;
  r.prepare(sim.fields.values[sim.fChemokine]!, sim.vessels.density);
  r.recruit(
    sim.agents,
    CellKind.neutrophil,
    NeutrophilState.live,
    sim.geometry,
    sim.config.neutrophil.recruitmentPerH,
    cpa,
    dtH,
    sim.rngImmune,
  );
  r.recruit(
    sim.agents,
    CellKind.macrophage,
    MacrophageState.monocyte,
    sim.geometry,
    sim.config.macrophage.recruitmentPerH,
    cpa,
    dtH,
    sim.rngImmune,
  );
}
