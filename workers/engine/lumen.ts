/**
 * Channel lumens close by elastic recoil and by infill from their walls (EVIDENCE §2c).
 *
 * Each lumen voxel remembers the radius r₀ the channel had through it when it was opened (tissue.ts); its open
 * fraction l is the open share of that cross-section, l = (r / r₀)². Every update:
 *   - elastic recoil (fast, partial): the radius relaxes toward (1 − f_recoil)·r₀ with time constant
 *     RECOIL_TAU_H — the stretched fibres around the puncture pull it partly shut within hours, never fully
 *     (Kalluri 2011: pores still open at 12–18 h);
 *   - infill from the wall at a radial speed: in the viable epidermis and stratum corneum the wall keratinocytes
 *     fill the pore at `epidermal_lumen_infill_um_h` once they start migrating (the keratinocyte lag after the
 *     latest session) — slower than the basal sheet bridges the junction, because a pore stays permeable to
 *     solutes for a day after water loss has recovered (PMC8259462; Kalluri 2011); in the dermis and fat fibrin, exudate and cells fill it at `dermal_lumen_infill_um_h`. A
 *     cross-section of radius r closes in about r / speed, so a wider channel closes later;
 *   - on top of this, neutrophils and macrophages inside the lumen plug it (cells/neutrophils.ts, macrophages.ts).
 * Depth and width are not weights: a shallow channel is mostly epidermis and closes with the keratinocyte sheet
 * (hours); a deep one is mostly dermis and closes by slow infill (a day or more), as Kalluri 2011 measured
 * (12 h for 370 µm vs 18 h for 770 µm rollers) and human micropores (half-life 20–26 h, closed by ~60 h,
 * PMC8259462).
 */
import { Layer } from './geometry';
import { latestSessionH } from './state';
import type { SimState } from './state';

/**
 * Elastic recoil time constant, h: the collagen–elastin network retracts within the first hour or two after the
 * needle leaves (pores imaged minutes after needling are already narrower than the needle: Kalluri 2011). Assumed.
 */
const RECOIL_TAU_H = 1;

export function lumenStep(sim: SimState, dtH: number): void {
  if (!sim.tissue.anyLumen) return;
  const cfg = sim.config.lumen;
  const lumen = sim.tissue.lumen;
  const r0s = sim.tissue.lumenRadiusUm;
  const layer = sim.geometry.layer;
  const floor = 1 - cfg.recoilFraction;
  const recoilKeep = Math.exp(-dtH / RECOIL_TAU_H);
  // The wall keratinocytes start filling the pore after the same lag as the basal sheet.
  const sinceSessionH = sim.timeH - latestSessionH(sim);
  const epidermalStep = sinceSessionH >= sim.config.keratinocyte.migrationLagH ? cfg.epidermalInfillUmPerH * dtH : 0;
  const dermalStep = cfg.dermalInfillUmPerH * dtH;
  let any = false;
  for (let i = 0; i < lumen.length; i++) {
    const l = lumen[i]!;
    if (l === 0) continue;
    const r0 = r0s[i]!;
    let r = r0 * Math.sqrt(l);
    const rest = floor * r0;
    if (r > rest) r = rest + (r - rest) * recoilKeep;
    r -= layer[i]! <= Layer.epidermis ? epidermalStep : dermalStep;
    const next = r > 0 ? (r / r0) * (r / r0) : 0;
    if (next < 1e-5) {
      lumen[i] = 0;
      r0s[i] = 0;
    } else {
      lumen[i] = next;
      any = true;
    }
  }
  sim.tissue.anyLumen = any;
}
