/**
 * Platelets and the clot: haemostasis in channels that reached the capillaries (EVIDENCE §1b, §3b).
 *
 * At a session, each bleeding channel is plugged by platelet aggregates along its lumen below the capillary
 * loops (one agent per PLATELET_SPACING_UM of channel, standing for an aggregate). Bleeding stops after the
 * clinical bleeding time (`hemostasisMin`, 2–9 min): until then the aggregate is forming (state 0), afterwards
 * it is a clot (state 1). The clot releases PDGF and TGF-β from platelet α-granules, fast at first and then
 * from the fibrin-bound store: release ∝ exp(−age / τ_release). The α-granules' TGF-β is TGF-β1 (the `tgf_beta`
 * field; platelets carry little TGF-β3). The clot is resorbed (phagocytosed and lysed) after `clotLifetimeH`.
 *
 * Agent fields: `state` 0 = aggregating, 1 = clot; `ageH` = time since the session.
 */
import { CellKind, CellState } from '../../model/cellKinds';
import type { SimState } from '../state';
import { voxelOf } from '../agents';
import { PLATELET_SPACING_UM } from '../config';

/** State codes (declared in model/cellKinds.ts). */
export const PlateletState = CellState.platelet;

/** Spawns the platelet aggregates of bleeding channel c (from the capillary-loop depth to the tip). */
export function plugBleedingChannel(sim: SimState, c: number): void {
  const ch = sim.channels;
  if (ch.bleeding[c] !== 1) return;
  const top = Math.max(sim.geometry.stack.stratumCorneumUm, sim.geometry.stack.capillaryLoopTipUm * 0.5);
  const depth = ch.depthUm[c]!;
  const r = sim.rngPlacement;
  for (let z = top; z < depth; z += PLATELET_SPACING_UM) {
    const radius = ch.radiusAt(c, z) * 0.6;
    const angle = 2 * Math.PI * r.next();
    const slot = sim.agents.spawn(
      CellKind.platelet,
      Math.min(sim.geometry.widthUm - 1e-3, Math.max(0, ch.x[c]! + radius * Math.cos(angle))),
      Math.min(sim.geometry.widthUm - 1e-3, Math.max(0, ch.y[c]! + radius * Math.sin(angle))),
      z,
    );
    if (slot < 0) return;
  }
}

export function plateletsStep(sim: SimState, dtH: number): void {
  const cfg = sim.config.platelet;
  const a = sim.agents;
  if (a.kindCount[CellKind.platelet] === 0) return;
  const g = sim.geometry.grid;
  const inv = 1 / g.dxUm;
  const pdgfSrc = sim.fields.sources[sim.fPdgf]!;
  const tgfSrc = sim.fields.sources[sim.fTgfBeta]!;
  const hemostasisH = cfg.hemostasisMin / 60;
  for (let i = a.count - 1; i >= 0; i--) {
    if (a.kind[i] !== CellKind.platelet) continue;
    const age = a.ageH[i]! + dtH;
    a.ageH[i] = age;
    if (age >= cfg.clotLifetimeH) {
      a.kill(i);
      continue;
    }
    if (age >= hemostasisH) a.state[i] = PlateletState.clot;
    const release = Math.exp(-age / cfg.releaseTauH);
    const v = voxelOf(a, i, inv, g.nx, g.ny, g.nz);
    pdgfSrc[v]! += cfg.pdgfPerH * release;
    tgfSrc[v]! += cfg.tgfBetaPerH * release;
  }
}
