/**
 * Normal skin: the tissue the Simulation builds for every run (the site's layer stack, a uniform dermis and its
 * resident fibroblasts), so its build adds nothing and it has no processes of its own. Its outcomes are those that
 * apply to healthy skin, read honestly from the state: the dermis's thickness from the geometry (collagen density
 * and epidermal melanin are written for every condition by observe.ts); no scar, lines or follicles (0), and no
 * improvement to make (0).
 */
import type { ConditionModule } from '../state';
import { dermalThicknessUm } from './measures';

export const normal: ConditionModule = {
  build: () => undefined,
  outcomes(sim, out) {
    out.dermal_thickness_um = dermalThicknessUm(sim.geometry);
  },
};
