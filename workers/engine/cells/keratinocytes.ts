/**
 * Keratinocytes: re-cover the channel openings, restore the epidermis and the barrier (EVIDENCE §2c, §3a, §3c).
 *
 * Re-epithelialisation is a lag, then a constant-speed front (the travelling wave of Sherratt & Murray 1990):
 *   - the gap to close is the channel's lumen radius where it crosses the basal layer (just above the local
 *     dermal–epidermal junction). The channel is a cone, so a deep channel is nearly as wide there as at the
 *     surface, while a shallow one (0.25 mm) is narrow there — or does not breach the basal layer at all, and
 *     is covered at once. A wider opening (`channel_surface_diameter_um`) leaves a wider gap;
 *   - a ring of KERATINOCYTES_PER_CHANNEL basal keratinocytes sits on the gap's edge; for
 *     `keratinocyte_migration_lag_h` they loosen their attachments, then each crawls toward the axis at the
 *     sheet speed with per-step scatter (small wounds close by migrating basal cells: Bornes 2020; Park 2017).
 *     When every member has arrived the basal layer is continuous again (Laubach 2006: over a ~100 µm micro-zone
 *     at 24 h). Closure time ≈ lag + gap / speed: bigger openings close later. Age lengthens the lag and slows
 *     the crawl (config.ts, Holt 1992); diabetes leaves both unchanged (Michaels 2007).
 *
 * Per channel, derived from its ring:
 *   - open fraction o = ((r_max − r_arrive) / (r₀ − r_arrive))², r_max the furthest member: the uncovered area;
 *   - stratum-corneum seal s: granular keratinocytes of the covered part secrete lamellar-body lipid and seal it,
 *     ds/dt = ((1 − o) − s) / τ_barrier (`barrier_recovery_tau_h`); the seal can only follow the cover. The
 *     stored barrier deficit is 1 − s;
 *   - epidermal restoration e: after coverage, de/dt = (1 − e)/τ_restore (proliferation and differentiation behind
 *     the front rebuild the full-thickness epidermis: Laubach 2006, complete by day 7).
 * Barrier function of the block (a TEWL proxy): water escapes through every unsealed opening at κ times the rate
 * of intact skin (`barrier_water_loss_scale`), so barrier = 1 / (1 + κ · Σ (1 − s_c) · π r_c² / A), r_c the
 * channel's radius at the surface, A the block's area. Depth enters only through the cover and seal times.
 *
 * Agent fields: `state` 0 = migrating, 1 = arrived; `a0` = channel index; `a1` = distance to the axis, µm;
 * (px, py) = unit direction from the axis to the cell (fixed: it crawls straight in); `ageH` = hours since the
 * session (the lag).
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
/** The basal layer's mid-plane lies this far above the local dermal–epidermal junction (half a basal cell), µm. */
const BASAL_CELL_HALF_UM = 5;
/** Per-step speed scatter: speed × (1 − SCATTER/2 … 1 + SCATTER/2). Assumed. */
const SPEED_SCATTER = 1;
/** Restoration at which a channel's ring is retired (merged into the restored epidermis). */
const RETIRE_AT = 0.99;

/** Opens channel c's epidermis and places its ring of keratinocytes (called by the session). */
export function openEpidermis(sim: SimState, c: number): void {
  const e = sim.epidermis;
  const ch = sim.channels;
  const geo = sim.geometry;
  const g = geo.grid;
  const ix = Math.min(g.nx - 1, Math.floor(ch.x[c]! / g.dxUm));
  const iy = Math.min(g.ny - 1, Math.floor(ch.y[c]! / g.dxUm));
  const basalZ = geo.dejDepthUm[ix + g.nx * iy]! - BASAL_CELL_HALF_UM;
  // The gap in the basal layer: the cone's radius where it crosses it (0 if the channel stops above it).
  const r0 = ch.radiusAt(c, basalZ);
  e.openingUm[c] = r0;
  e.frontUm[c] = r0;
  e.barrierDeficit[c] = 1;
  e.restored[c] = 0;
  if (r0 <= ARRIVE_UM) {
    // The basal layer is intact: only the suprabasal layers and the stratum corneum must be rebuilt.
    e.coveredAtH[c] = sim.timeH;
    return;
  }
  e.coveredAtH[c] = -1;
  const w = geo.widthUm;
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
    if (a.state[i] === KeratinocyteState.migrating && a.ageH[i]! >= cfg.migrationLagH) {
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
  const seal = 1 - Math.exp(-dtH / cfg.barrierRecoveryTauH);
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
    // The seal s = 1 − deficit moves toward the covered share 1 − o.
    const sealed = 1 - e.barrierDeficit[c]!;
    const deficit = 1 - (sealed + (1 - open - sealed) * seal);
    e.barrierDeficit[c] = deficit < 1e-5 ? 0 : deficit;
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
  let unsealedUm2 = 0;
  for (let c = 0; c < ch.count; c++) {
    const b = e.barrierDeficit[c]!;
    const r = ch.surfaceRadiusUm[c]!;
    if (b > 0) unsealedUm2 += b * Math.PI * r * r;
  }
  const areaUm2 = sim.geometry.widthUm * sim.geometry.widthUm;
  return 1 / (1 + (sim.config.keratinocyte.barrierWaterLossScale * unsealedUm2) / areaUm2);
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
