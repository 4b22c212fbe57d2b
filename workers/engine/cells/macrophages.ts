/**
 * Macrophages: arrive after the neutrophils, clean up, and hand over to repair (EVIDENCE §3b: predominate from
 * day 2–3, peak days 3–5; M1 → M2 shift over days 3–7, a continuum).
 *
 * Agent fields: `state` 0 = M1 (pro-inflammatory), 1 = M2 (reparative), 2 = monocyte (recruited, not yet
 * differentiated); `ageH` = time in the tissue.
 *
 * Rules (one step):
 *   - recruitment of monocytes out of perfused dermis ∝ the injury signal (cells/recruitment.ts), at a lower
 *     rate than neutrophils; they differentiate into M1 macrophages after `maturationH` in the tissue (monocytes
 *     infiltrate from ~day 1 and become macrophages over 1–2 days). With a long residence (mean `lifespanH`)
 *     the macrophage count peaks days after the signal does;
 *   - chemotaxis up the injury signal (cells/motility.ts);
 *   - phagocytosis of debris (damage) in their voxel, and efferocytosis: an apoptotic neutrophil sharing a
 *     voxel with k macrophages is eaten with hazard k · `efferocytosisPerH` (lower in diabetes: Khanna 2010, so
 *     more neutrophils lyse and inflammation persists). Efferocytosis releases TGF-β (and IL-10; Krzyszczyk
 *     2018), which is what pushes macrophages toward M2;
 *   - polarisation M1 → M2 with hazard (1 / T_switch) · (1 + w · T / (T + K)), T = TGF-β at the cell;
 *   - secretion: M1 release the inflammatory signal (TNF/IL-1: the chemokine field; ×4 in diabetes, Mi 2007)
 *     and MMPs; M2 release TGF-β, PDGF and VEGF (the growth factors that drive fibroblasts and vessels);
 *   - departure (death or emigration) with hazard 1 / lifespan.
 */
import { CellKind, CellState } from '../../model/cellKinds';
import type { SimState } from '../state';
import { voxelOf } from '../agents';
import { moveCells } from './motility';
import { NeutrophilState } from './neutrophils';

/** State codes (declared in model/cellKinds.ts). */
export const MacrophageState = CellState.macrophage;

export function macrophagesStep(sim: SimState, dtH: number): void {
  const cfg = sim.config.macrophage;
  const a = sim.agents;
  const g = sim.geometry.grid;
  const chemokine = sim.fields.values[sim.fChemokine]!;
  const tgf = sim.fields.values[sim.fTgfBeta]!;
  const rng = sim.rngImmune;
  if (a.kindCount[CellKind.macrophage] === 0) return;
  const damage = sim.tissue.damage;
  moveCells(a, sim.macrophageMotility, g, sim.geometry.widthUm, chemokine, null, 0, dtH, rng, null, null, damage);
  const inv = 1 / g.dxUm;
  const lumen = sim.tissue.lumen;
  const occupancy = sim.scratchVoxel;
  const src = sim.fields.sources;
  const chemSrc = src[sim.fChemokine]!;
  const tgfSrc = src[sim.fTgfBeta]!;
  const pdgfSrc = src[sim.fPdgf]!;
  const vegfSrc = src[sim.fVegf]!;
  const mmp = sim.matrix.mmp;
  const clear = cfg.debrisClearancePerH * dtH;
  const infill = 1 - Math.exp(-cfg.lumenInfillPerH * dtH);
  const switchBase = dtH / cfg.m1ToM2H;
  const leave = 1 - Math.exp(-dtH / cfg.lifespanH);
  for (let i = a.count - 1; i >= 0; i--) {
    if (a.kind[i] !== CellKind.macrophage) continue;
    const v = voxelOf(a, i, inv, g.nx, g.ny, g.nz);
    if (rng.next() < leave) {
      a.kill(i);
      continue;
    }
    occupancy[v]! += 1;
    const d = damage[v]!;
    if (d > 0) damage[v] = d > clear ? d - clear : 0;
    const l = lumen[v]!;
    if (l > 0) lumen[v] = l * (1 - infill);
    const state = a.state[i];
    if (state === MacrophageState.monocyte) {
      if (a.ageH[i]! >= cfg.maturationH) a.state[i] = MacrophageState.m1;
    } else if (state === MacrophageState.m1) {
      chemSrc[v]! += cfg.m1ChemokinePerH;
      mmp[v]! += cfg.m1MmpPerH * dtH;
      const t = tgf[v]!;
      const hazard = switchBase * (1 + (cfg.efferocytosisM2Weight * t) / (t + cfg.tgfBetaHalfSat));
      if (rng.next() < 1 - Math.exp(-hazard)) a.state[i] = MacrophageState.m2;
    } else {
      tgfSrc[v]! += cfg.m2TgfBetaPerH;
      pdgfSrc[v]! += cfg.m2PdgfPerH;
      vegfSrc[v]! += cfg.m2VegfPerH;
    }
  }
  // Efferocytosis of apoptotic neutrophils sharing a voxel with macrophages.
  const eat = cfg.efferocytosisPerH * dtH;
  for (let i = a.count - 1; i >= 0; i--) {
    if (a.kind[i] !== CellKind.neutrophil || a.state[i] !== NeutrophilState.apoptotic) continue;
    const v = voxelOf(a, i, inv, g.nx, g.ny, g.nz);
    const k = occupancy[v]!;
    if (k > 0 && rng.next() < 1 - Math.exp(-k * eat)) {
      tgfSrc[v]! += cfg.efferocytosisTgfBeta / dtH;
      a.kill(i);
    }
  }
  // Reset the occupancy scratch where it was written.
  for (let i = 0; i < a.count; i++) {
    if (a.kind[i] === CellKind.macrophage) occupancy[voxelOf(a, i, inv, g.nx, g.ny, g.nz)] = 0;
  }
}
