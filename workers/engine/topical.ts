/**
 * Topical serum applied after a session: how much reaches the dermis, how deep, and what it does there
 * (EVIDENCE §2b, §2c, §2e, §6.18).
 *
 * Rules:
 * 1. Route: the open channels only. Intact stratum corneum is treated as impermeable to these hydrophilic
 *    serums over the model's hours (its permeability is orders of magnitude below that of an open channel; the
 *    flux enhancement measured with needles, PMC4695825, is what the channels add).
 * 2. Film: at `topical_time_h` after each session a film of APPLIED_DOSE_NL_PER_CM2 of neat serum lies on the
 *    block for `topical_film_contact_h` (until it dries or is wiped off) or until the channels have drawn it all.
 * 3. Lumen transport: a channel whose mouth is open takes the serum in at the film's (neat) concentration, and
 *    the serum diffuses down the fluid-filled lumen with its free-solution D (implicit, one column of lumen
 *    voxels at a time). The conductance between two lumen voxels is D·(the smaller open fraction)/dx²: a
 *    narrowing lumen (read from `tissue.lumen`, closed by the lumen system) carries less, a closed mouth nothing.
 *    The channels are the real ones as needled: their measured depth and taper (needling.ts, EVIDENCE §2b).
 * 4. Wall uptake and clearance: from the lumen the serum diffuses into the tissue with its tissue D and is
 *    cleared (cellular uptake, capillaries) with its half-life, through the field solver (topicalFieldSpec).
 *    Loss through the wall against supply down the lumen sets how far the serum gets: roughly
 *    √(D_free·r / (2·√(D_tissue·k))), so depth grows only with the channel's width (√r), not its length.
 * 5. Growth factors: PRP and growth-factor serums release PDGF and TGF-β where they are, as a clot of the same
 *    volume of blood would (platelets.ts rates) × their platelet content (PRP: prp_platelet_concentration_factor
 *    × blood), with the clot's release time constant. Vitamin C is the prolyl-hydroxylase cofactor: it raises
 *    collagen synthesis where present (collagenBoostAt). The others have no modelled healing effect.
 *
 * Consequences the targets check: nothing is delivered without serum; delivery falls as the lumen closes
 * (later application delivers less: D1); delivered depth rises only with channel width (D2, D3: ink depth
 * +0.06 mm per +1 mm of needle, Dermatol Surg 2020); PRP acts only through its growth factors (D4).
 *
 * Units: concentration relative to the neat serum (1 = as applied). `topical_delivered` is the cumulative volume
 * of neat serum carried down the channels into the dermis by all applications, nL per cm² of skin (never more
 * than the film). `topical_depth_um` is the deepest depth at which the concentration has been ≥ 10 % of the neat
 * serum's (the surface level) since the latest application.
 */
import { latestSessionH } from './state';
import type { SimState } from './state';

/**
 * Serum applied per session, nL per cm² of skin: ~0.1 mL over a 50 cm² face, a film ≈ 20 µm thick (assumed;
 * typical aftercare instructions). Delivery can never exceed it: channels draw on this film until it is gone.
 */
export const APPLIED_DOSE_NL_PER_CM2 = 2000;
/** Concentration at which the vitamin-C boost of collagen synthesis is half-saturated (relative to neat). */
const BOOST_HALF_SAT = 0.05;

/** A new application: the film is laid on the block and the depth reached is measured afresh. */
function applySerum(sim: SimState): void {
  const g = sim.geometry.grid;
  const voxelNl = g.dxUm ** 3 / 1e6;
  const areaCm2 = (sim.geometry.widthUm * sim.geometry.widthUm) / 1e8;
  sim.topical.filmVoxels = (APPLIED_DOSE_NL_PER_CM2 * areaCm2) / voxelNl;
  sim.topical.reachUm = 0;
}

/**
 * Rate at which serum in a lumen of radius aUm is lost through the channel wall into tissue that takes it up and
 * clears it, 1/h (rule 4): flux per area h = D_t / (a·ln(λ/a)), the quasi-steady flux from a thin cylinder into
 * a medium with decay length λ = √(D_t/k); per lumen volume × 2/a. The log is floored at 1 (a lumen as wide as
 * λ loses like a plane).
 */
function wallLossPerH(tissueD: number, clearancePerH: number, aUm: number): number {
  const decayLengthUm = Math.sqrt(tissueD / clearancePerH);
  const h = tissueD / (aUm * Math.max(1, Math.log(decayLengthUm / aUm)));
  return (2 * h) / aUm;
}

/**
 * One step of transport down the open lumens while the film lies on the surface (rules 3–4): for every surface
 * column whose top voxel is open, an implicit solve of D_free·∂²c/∂z² − (wall loss)·c over the contiguous open
 * voxels below it, fed at the top by the film at neat concentration and closed below. The channel's radius at
 * each depth follows its taper to the column's open depth (needling.ts), narrowed by the open fraction; what the
 * wall takes goes to the in-plane neighbours, from where the field solver spreads and clears it. Draws what
 * entered from the film and books what crossed into the dermis. Allocation-free (Thomas algorithm on
 * preallocated scratch).
 */
function carryDownLumens(sim: SimState, dtH: number): void {
  const g = sim.geometry.grid;
  const t = sim.topical;
  const agent = t.agent!;
  const c = sim.fields.values[sim.fTopical]!;
  const lumen = sim.tissue.lumen;
  const dermis = sim.matrix.dermis;
  const dx = g.dxUm;
  const plane = g.nx * g.ny;
  t.ensureColumnScratch(g.nz); // once per run (also after a checkpoint restore)
  const k = (agent.freeDiffusionUm2PerH * dtH) / (dx * dx);
  const clearancePerH = Math.LN2 / agent.halfLifeH;
  const surfaceRadiusUm = sim.config.needling.surfaceRadiusUm;
  const tipRadiusUm = sim.config.needling.needleTipRadiusUm;
  const upper = t.columnSub;
  const rhs = t.columnRhs;
  const loss = t.columnLoss;
  // The film can give at most what is left: if every open mouth drawing at full gradient would take more, all
  // mouths draw in proportion (the film thins evenly).
  let mouths = 0;
  for (let p = 0; p < plane; p++) mouths += lumen[p]!;
  const maxDraw = 2 * k * mouths;
  const topScale = maxDraw > t.filmVoxels ? t.filmVoxels / maxDraw : 1;
  let drawn = 0;
  let toDermis = 0;
  for (let p = 0; p < plane; p++) {
    if (!(lumen[p]! > 0)) continue;
    let n = 0;
    while (n < g.nz && lumen[p + n * plane]! > 0) n++;
    const depthUm = n * dx;
    // Tridiagonal system (1 + up + down + loss)·c′ − up·c′₋₁ − down·c′₊₁ = c; at the mouth "up" couples to the
    // film half a voxel above (conductance 2k·open). Forward elimination keeps the modified upper coefficient in
    // upper[] and the modified right-hand side in rhs[].
    const top = 2 * k * lumen[p]! * topScale;
    for (let j = 0; j < n; j++) {
      const i = p + j * plane;
      const open = lumen[i]!;
      const z = (j + 0.5) * dx;
      const taperUm = surfaceRadiusUm + (tipRadiusUm - surfaceRadiusUm) * (z / depthUm);
      const radiusUm = Math.max(tipRadiusUm, taperUm * Math.sqrt(open));
      loss[j] = wallLossPerH(agent.diffusionUm2PerH, clearancePerH, radiusUm) * dtH;
      const up = j === 0 ? top : k * Math.min(open, lumen[i - plane]!);
      const down = j + 1 < n ? k * Math.min(open, lumen[i + plane]!) : 0;
      const b = 1 + up + down + loss[j]! - (j === 0 ? 0 : up * upper[j - 1]!);
      upper[j] = down / b;
      rhs[j] = (c[i]! + (j === 0 ? top : up * rhs[j - 1]!)) / b;
    }
    for (let j = n - 2; j >= 0; j--) rhs[j] = rhs[j]! + upper[j]! * rhs[j + 1]!;
    drawn += top * (1 - rhs[0]!);
    const ix = p % g.nx;
    const iy = (p - ix) / g.nx;
    const neighbours = (ix > 0 ? 1 : 0) + (ix < g.nx - 1 ? 1 : 0) + (iy > 0 ? 1 : 0) + (iy < g.ny - 1 ? 1 : 0);
    for (let j = 0; j < n; j++) {
      const i = p + j * plane;
      const next = rhs[j]!;
      const lost = loss[j]! * next;
      // What entered this voxel from above (less what left below) is next − c + lost: counted for the dermis.
      if (dermis[i] === 1) toDermis += next - c[i]! + lost;
      c[i] = next;
      const share = lost / neighbours;
      if (ix > 0) c[i - 1] = c[i - 1]! + share;
      if (ix < g.nx - 1) c[i + 1] = c[i + 1]! + share;
      if (iy > 0) c[i - g.nx] = c[i - g.nx]! + share;
      if (iy < g.ny - 1) c[i + g.nx] = c[i + g.nx]! + share;
    }
  }
  if (drawn > 0) sim.solver.dormant[sim.fTopical] = 0;
  t.filmVoxels = Math.max(0, t.filmVoxels - drawn);
  const voxelNl = dx ** 3 / 1e6;
  const areaCm2 = (sim.geometry.widthUm * sim.geometry.widthUm) / 1e8;
  if (toDermis > 0) t.deliveredNlPerCm2 += (toDermis * voxelNl) / areaCm2;
}

/** Application, lumen transport, growth-factor release and the depth reached, every step while a serum is in use. */
export function topicalStep(sim: SimState, dtH: number): void {
  const agent = sim.topical.agent;
  if (agent === null || sim.sessionsDone === 0) return;
  const f = sim.fTopical;
  const c = sim.fields.values[f]!;
  const since = sim.timeH - latestSessionH(sim) - sim.config.topicalTimeH;
  if (since >= 0 && since < dtH) applySerum(sim);
  if (since >= 0 && since < sim.config.topicalFilmContactH && sim.topical.filmVoxels > 0) carryDownLumens(sim, dtH);
  if (sim.solver.dormant[f] === 1) return;
  // Growth factors released by the serum's platelets (or carried by it) where it is (rule 5).
  const gf = sim.config.topicalGrowthFactor;
  if (gf.pdgfPerH > 0 && since >= 0) {
    const release = Math.exp(-since / gf.releaseTauH);
    const pdgfRate = gf.pdgfPerH * release;
    const tgfRate = gf.tgfBetaPerH * release;
    const dermis = sim.matrix.dermis;
    const pdgf = sim.fields.sources[sim.fPdgf]!;
    const tgf = sim.fields.sources[sim.fTgfBeta]!;
    for (let i = 0; i < c.length; i++) {
      const v = c[i]!;
      if (v === 0 || dermis[i] === 0) continue;
      pdgf[i]! += pdgfRate * v;
      tgf[i]! += tgfRate * v;
    }
  }
  const depth = topicalDepth(sim);
  if (depth > sim.topical.reachUm) sim.topical.reachUm = depth;
}

/** Multiplier on collagen synthesis at voxel v from the serum (1 without one). */
export function collagenBoostAt(sim: SimState, v: number): number {
  const agent = sim.topical.agent;
  if (agent === null || agent.collagenBoost === 0) return 1;
  const c = sim.fields.values[sim.fTopical]![v]!;
  return 1 + (agent.collagenBoost * c) / (c + BOOST_HALF_SAT);
}

/** Cumulative neat-serum volume that reached the dermis, nL/cm² (0 without a serum). */
export function topicalDelivered(sim: SimState): number {
  return sim.topical.agent === null ? 0 : sim.topical.deliveredNlPerCm2;
}

/** Concentration (relative to the neat serum) that counts as "reached": 10 % of the applied level. */
const REACHED = 0.1;

/** The `topical_depth_um` metric: the deepest depth reached since the latest application, µm. */
export function topicalReach(sim: SimState): number {
  return sim.topical.agent === null ? 0 : sim.topical.reachUm;
}

/**
 * Depth the serum reaches now, µm: the deepest plane in which the concentration somewhere is still ≥ 10 % of the
 * neat serum's (the level applied at the surface); 0 when nowhere is.
 */
export function topicalDepth(sim: SimState): number {
  if (sim.topical.agent === null || sim.solver.dormant[sim.fTopical] === 1) return 0;
  const g = sim.geometry.grid;
  const c = sim.fields.values[sim.fTopical]!;
  const plane = g.nx * g.ny;
  for (let iz = g.nz - 1; iz >= 0; iz--) {
    const base = iz * plane;
    for (let k = 0; k < plane; k++) if (c[base + k]! >= REACHED) return (iz + 1) * g.dxUm;
  }
  return 0;
}
