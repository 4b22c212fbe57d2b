/**
 * Keratinocytes: re-cover the channel openings, restore the epidermis and the barrier (EVIDENCE §2c, §3a, §3c).
 *
 * Each channel's epidermal opening (the lumen's surface radius plus the crushed rim) is surrounded at the
 * session by a ring of KERATINOCYTES_PER_CHANNEL basal keratinocytes. Each migrates toward the channel axis as a
 * sheet member, at the sheet speed with per-step scatter (small scratch wounds close by independently
 * migrating basal cells: Bornes 2020; Park 2017). When every member has reached the axis the basal layer is
 * continuous again: the channel is re-epithelialised (Laubach 2006: basal continuity over a ~100 µm MTZ at 24 h).
 *
 * Per channel, derived from its ring:
 *   - open fraction o = ((r_max − r_arrive) / (r₀ − r_arrive))², r_max the furthest member: the uncovered area;
 *   - barrier deficit b = max(o, b·exp(−dt/τ_barrier)): water escapes through the uncovered opening; once
 *     covered, the cornified barrier reforms with time constant τ_barrier (lamellar-body lipid secretion);
 *   - epidermal restoration e: after coverage, de/dt = (1 − e)/τ_restore (proliferation and differentiation behind
 *     the front rebuild the full-thickness epidermis: Laubach 2006, complete by day 7).
 * Barrier function of the block (a TEWL proxy): barrier = 1 / (1 + κ · Σ b_c · w_c / A), w_c the channel's
 * depth in viable tissue (mm: a deeper channel exposes more wet wall and loses more water; Sasaki 2019's 1.5 mm
 * pen raised TEWL longer than 0.5 mm), A the block's area (mm²), κ calibrated.
 *
 * Agent fields: `state` 0 = migrating, 1 = arrived; `a0` = channel index; `a1` = distance to the axis, µm;
 * (px, py) = unit direction from the axis to the cell (fixed: it crawls straight in).
 */
import { voxelOf } from '../agents';
import { CellKind, CellState } from '../../model/cellKinds';
import type { ChannelStore } from '../needling';
import type { SimState } from '../state';

/** State codes (declared in model/cellKinds.ts). */
export const KeratinocyteState = CellState.keratinocyte;

/** Members of the ring around each opening (enough to read the front's furthest member; drawing density). */
const KERATINOCYTES_PER_CHANNEL = 8;
/** A member has arrived within this distance of the axis (one keratinocyte radius), µm: assumed. */
const ARRIVE_UM = 5;
/** The crushed rim around the lumen's surface opening that keratinocytes must also cover, µm (tissue.ts). */
const EPIDERMAL_RIM_UM = 15;
/** Per-step speed scatter: speed × (1 − SCATTER/2 … 1 + SCATTER/2). Assumed. */
const SPEED_SCATTER = 1;
/** Restoration at which a channel's ring is retired (merged into the restored epidermis). */
const RETIRE_AT = 0.99;

/** Opens channel c's epidermis and places its ring of keratinocytes (called by the session). */
export function openEpidermis(sim: SimState, c: number): void {
  const e = sim.epidermis;
  const ch = sim.channels;
  const r0 = ch.surfaceRadiusUm[c]! + EPIDERMAL_RIM_UM;
  e.openingUm[c] = r0;
  e.frontUm[c] = r0;
  e.coveredAtH[c] = -1;
  e.barrierDeficit[c] = 1;
  e.restored[c] = 0;
  const stack = sim.geometry.stack;
  const basalZ = stack.stratumCorneumUm + stack.epidermisUm * 0.85;
  const w = sim.geometry.widthUm;
  const phase = sim.rngPlacement.next() * 2 * Math.PI;
  for (let k = 0; k < KERATINOCYTES_PER_CHANNEL; k++) {
    const angle = phase + (2 * Math.PI * k) / KERATINOCYTES_PER_CHANNEL;
    const ux = Math.cos(angle);
    const uy = Math.sin(angle);
    const slot = sim.agents.spawn(
      CellKind.keratinocyte,
      clamp(ch.x[c]! + r0 * ux, w),
      clamp(ch.y[c]! + r0 * uy, w),
      basalZ,
    );
    if (slot < 0) return;
    sim.agents.a0[slot] = c;
    sim.agents.a1[slot] = r0;
    sim.agents.px[slot] = ux;
    sim.agents.py[slot] = uy;
    sim.agents.pz[slot] = 0;
  }
}

export function keratinocytesStep(sim: SimState, dtH: number): void {
  const cfg = sim.config.keratinocyte;
  const a = sim.agents;
  if (a.kindCount[CellKind.keratinocyte] === 0) return;
  const e = sim.epidermis;
  const ch = sim.channels;
  const rng = sim.rngPlacement;
  const w = sim.geometry.widthUm;
  const g = sim.geometry.grid;
  const vegfSrc = sim.fields.sources[sim.fVegf]!;
  const step = cfg.sheetSpeedUmPerH * dtH;
  // Reset the fronts of open channels, then take the furthest member of each ring.
  for (let c = 0; c < ch.count; c++) if (e.coveredAtH[c]! < 0) e.frontUm[c] = 0;
  for (let i = a.count - 1; i >= 0; i--) {
    if (a.kind[i] !== CellKind.keratinocyte) continue;
    const c = a.a0[i]!;
    if (e.restored[c]! >= RETIRE_AT) {
      a.kill(i);
      continue;
    }
    if (a.state[i] === KeratinocyteState.migrating) {
      let r = a.a1[i]! - step * (1 + SPEED_SCATTER * (rng.next() - 0.5));
      if (r <= ARRIVE_UM) {
        r = ARRIVE_UM;
        a.state[i] = KeratinocyteState.arrived;
      }
      a.a1[i] = r;
      a.x[i] = clamp(ch.x[c]! + r * a.px[i]!, w);
      a.y[i] = clamp(ch.y[c]! + r * a.py[i]!, w);
      // Leading-edge keratinocytes release VEGF (wound-edge keratinocytes are a VEGF source).
      vegfSrc[voxelOf(a, i, 1 / g.dxUm, g.nx, g.ny, g.nz)]! += cfg.vegfPerH;
    }
    a.ageH[i] = a.ageH[i]! + dtH;
    if (e.coveredAtH[c]! < 0 && a.a1[i]! > e.frontUm[c]!) e.frontUm[c] = a.a1[i]!;
  }
  const fade = Math.exp(-dtH / cfg.barrierRecoveryTauH);
  const restore = 1 - Math.exp(-dtH / cfg.restorationTauH);
  for (let c = 0; c < ch.count; c++) {
    if (e.restored[c]! >= 1) continue;
    let open = 0;
    if (e.coveredAtH[c]! < 0) {
      if (e.frontUm[c]! <= ARRIVE_UM) e.coveredAtH[c] = sim.timeH + dtH;
      else {
        const f = (e.frontUm[c]! - ARRIVE_UM) / (e.openingUm[c]! - ARRIVE_UM);
        open = f * f;
      }
    }
    e.barrierDeficit[c] = Math.max(open, e.barrierDeficit[c]! * fade);
    if (e.coveredAtH[c]! >= 0) {
      const r = e.restored[c]! + (1 - e.restored[c]!) * restore;
      e.restored[c] = r >= RETIRE_AT + 0.0099 ? 1 : r;
    }
  }
}

/** Barrier function of the block, 0–1 (1 = intact). */
export function barrierFunction(sim: SimState): number {
  const e = sim.epidermis;
  const ch = sim.channels;
  const sc = sim.geometry.stack.stratumCorneumUm;
  let loss = 0;
  for (let c = 0; c < ch.count; c++) {
    const b = e.barrierDeficit[c]!;
    if (b > 0) loss += b * Math.max(0, ch.depthUm[c]! - sc) * 1e-3;
  }
  const areaMm2 = (sim.geometry.widthUm * sim.geometry.widthUm) / 1e6;
  return 1 / (1 + (sim.config.keratinocyte.barrierWaterLossScale * loss) / areaMm2);
}

const latest = { covered: 1, restored: 1 };

/** Channels of the latest session: fraction re-covered, and mean epidermal restoration (a reused object). */
export function latestSessionEpidermis(sim: SimState): { readonly covered: number; readonly restored: number } {
  const ch: ChannelStore = sim.channels;
  const e = sim.epidermis;
  const session = sim.sessionsDone - 1;
  let n = 0;
  let covered = 0;
  let restored = 0;
  for (let c = 0; c < ch.count; c++) {
    if (ch.session[c] !== session) continue;
    n++;
    if (e.coveredAtH[c]! >= 0) covered++;
    restored += e.restored[c]!;
  }
  latest.covered = n === 0 ? 1 : covered / n;
  latest.restored = n === 0 ? 1 : restored / n;
  return latest;
}

function clamp(v: number, w: number): number {
  return v < 0 ? 0 : v >= w ? w - 1e-3 : v;
}
