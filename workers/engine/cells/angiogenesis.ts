/**
 * Angiogenesis as a capillary-density model (DESIGN §4 allows tip cells or a density model; a density field is
 * what the oxygen supply, recruitment and the `vessels_tz` metric need, at a fraction of the cost).
 *
 * Per voxel, ρ = capillary density relative to normal dermis (resting ρ₀ = 1 in dermis, 0.5 in fat, 0 in the
 * epidermis). Needling severs the capillaries in the lumen (ρ → 0) and halves them in the rim. Each update (every 2 h):
 *   dρ/dt = k_s · f_s · R · N̄ · (1 − ρ/ρ_max)          sprouting toward VEGF from neighbouring vessels
 *         + k_h · N̄ · (ρ₀ − ρ)⁺ / ρ₀                   re-connection of severed capillaries (inosculation)
 *         − ln2 / T_reg · (ρ − ρ₀)⁺ · (1 − R)           pruning of the excess once VEGF falls
 * with R = VEGF / (VEGF + K_VEGF) and N̄ the mean density of the six neighbours (sprouts grow out of existing
 * vessels). k_s = tip-cell speed / capillary spacing: a sprout that advances one spacing doubles the local
 * density. f_s = endothelial sprouting response (1; lower in diabetes, where hyperglycaemia blunts endothelial VEGF
 * signalling and tip-cell migration — "VEGF resistance", Waltenberger 2001 — so the same VEGF grows fewer vessels:
 * Michaels 2007 found less vascularity in db/db wounds). DiPietro 2013: capillary content overshoots to ≥ 3×
 * normal, then is pruned (EVIDENCE §3b).
 * Perfusion: oxygen supply and leukocyte extravasation scale with ρ.
 */
import type { SimState } from '../state';

/** Mean distance between dermal capillaries, µm (papillary loops every ~100 µm; assumed 80 µm). */
export const CAPILLARY_SPACING_UM = 80;
/** Densities within this of rest everywhere (with no VEGF) count as at rest: they are snapped to it. */
const AT_REST_WITHIN = 1e-3;

export function angiogenesisStep(sim: SimState, dtH: number): void {
  const cfg = sim.config.vessels;
  const v = sim.vessels;
  const quiet = sim.solver.dormant[sim.fVegf] === 1;
  if (quiet && v.atRest) return;
  let away = false;
  const rho = v.density;
  const rest = v.resting;
  const prev = v.copyToScratch();
  const vegf = sim.fields.values[sim.fVegf]!;
  const g = sim.geometry.grid;
  const nx = g.nx;
  const nxy = g.nx * g.ny;
  const ks = (cfg.tipSpeedUmPerH / CAPILLARY_SPACING_UM) * cfg.sproutingResponse * dtH;
  const kh = dtH / cfg.reconnectH;
  const kr = (Math.LN2 / cfg.regressionHalfLifeH) * dtH;
  const maxRho = cfg.maxDensity;
  const halfSat = cfg.vegfHalfSat;
  for (let iz = 0; iz < g.nz; iz++) {
    for (let iy = 0; iy < g.ny; iy++) {
      for (let ix = 0; ix < nx; ix++) {
        const i = ix + nx * iy + nxy * iz;
        const r0 = rest[i]!;
        if (r0 === 0) continue;
        // Mean of the six neighbours (fewer at the block's faces).
        let sum = 0;
        let count = 0;
        if (ix > 0) {
          sum += prev[i - 1]!;
          count++;
        }
        if (ix < nx - 1) {
          sum += prev[i + 1]!;
          count++;
        }
        if (iy > 0) {
          sum += prev[i - nx]!;
          count++;
        }
        if (iy < g.ny - 1) {
          sum += prev[i + nx]!;
          count++;
        }
        if (iz > 0) {
          sum += prev[i - nxy]!;
          count++;
        }
        if (iz < g.nz - 1) {
          sum += prev[i + nxy]!;
          count++;
        }
        const neighbours = sum / count;
        const c = vegf[i]!;
        const response = c / (c + halfSat);
        const p = prev[i]!;
        let d = ks * response * neighbours * (1 - p / maxRho);
        if (p < r0) d += (kh * neighbours * (r0 - p)) / r0;
        else d -= kr * (p - r0) * (1 - response);
        const next = p + d;
        rho[i] = next < 0 ? 0 : next;
        if (!away && Math.abs(next - r0) > AT_REST_WITHIN) away = true;
      }
    }
  }
  if (quiet && !away) {
    rho.set(rest);
    v.atRest = true;
  } else {
    v.atRest = false;
  }
}
