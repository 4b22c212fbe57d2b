/**
 * Fibroblasts and myofibroblasts: the cells that rebuild the dermis (EVIDENCE §3b, §4a; DESIGN §4).
 *
 * Agent fields: `state` 0 = quiescent, 1 = activated; `a0` = activation level (0–1); `a1` = cell-cycle
 * progress (0–1); `ageH` = time since the cell last became activated (or since it became a myofibroblast).
 *
 * Rules per step, for each fibroblast:
 *   - activation relaxes toward A = s / (s + K), s = PDGF + TGF-β at the cell (relative units), fast upward
 *     (τ_up) and slowly downward (τ_down): growth factors from platelets and M2 macrophages wake resident cells;
 *   - migration (cells/motility.ts): speed = v_max · a (quiescent cells barely move), chemotaxis up PDGF,
 *     persistent random walk, and contact guidance: the heading is pulled toward the local fibre direction
 *     (Q·p, Rouillard & Holmes 2012's cue weighting);
 *   - proliferation: cycle progress grows at a · ln2 / T_double · (1 − ρ/ρ_max)⁺ (contact inhibition by the
 *     local density ρ relative to resting dermis), inside the dermis only; at 1 the cell divides;
 *   - deposition: collagen at rate r · a · f_patient · O₂/(O₂ + K_O₂), with the collagen III share
 *     exp(−t_active / τ_switch) — newly activated cells make collagen III first, collagen I later (Gay 1978);
 *     tropoelastin at a fixed ratio (matrix.ts assembles part of it); fibres laid along the cell's heading;
 *     MMPs for remodelling and TIMPs that hold them (Schmitt 2018: TIMP-3 up after needling);
 *   - fibre rotation toward the heading (≤ 3°/h, Rouillard & Holmes 2012), stronger for contractile
 *     myofibroblasts;
 *   - TGF-β1 vs TGF-β3: activated cells release TGF-β3 (∝ activation; Aust 2010: raised ~2 weeks after
 *     needling). TGF-β3 opposes TGF-β1's pro-fibrotic actions: the effective signal is
 *     T1_eff = T1 / (1 + T3 / K3) (Shah 1995), used for differentiation, myofibroblast survival and fibre rotation
 *     (rotation × 1 / (1 + T3 / K3): TGF-β3 makes new matrix less aligned);
 *   - myofibroblast differentiation: an activated cell that has been active for T_onset under T1_eff above a
 *     threshold differentiates with a constant hazard (EVIDENCE §3b: α-SMA⁺ cells from day 6–7);
 *   - myofibroblast life cycle: apoptosis with half-life T_myo, slowed while T1_eff is high (Desmoulière 1995:
 *     they are removed by apoptosis as the wound resolves); once T1_eff is below the threshold they also revert
 *     to activated fibroblasts with half-life T_rev (Hecker 2011; Kisseleva 2012), which restores the pool and
 *     restarts their onset clock;
 *   - activated cells packed beyond the crowding limit ρ_max (by migration) die by apoptosis, at up to the
 *     hazard of half-life T_excess (Desmoulière 1995: granulation-tissue fibroblasts are removed too);
 *   - quiescent cells where the dermis is more than 1.1× as crowded as at rest die off, at up to the hazard of
 *     half-life T_excess (reached at `excessDensity`): granulation tissue returns to normal cellularity; where the
 *     dermis is sparser than 0.9× they divide slowly (homeostasis);
 *   - hypoxic cells (O₂ below a threshold) release VEGF (their oxygen use is the perfusion system's sink).
 */
import type { AgentStore } from '../agents';
import { voxelOf } from '../agents';
import { CellKind, CellState } from '../../model/cellKinds';
import type { SimState } from '../state';
import type { EngineConfig } from '../config';
import { BASELINE_COLLAGEN_III } from '../matrix';
import { collagenBoostAt } from '../topical';
import { moveCells } from './motility';
import type { MotilityRule } from './motility';

/** State codes (declared in model/cellKinds.ts). */
export const FibroblastState = CellState.fibroblast;

/** Activation above which a cell counts as activated (state 1), and below which it returns to quiescence. */
const ACTIVATE_AT = 0.3;
const QUIESCE_AT = 0.1;
/** Daughter cells start this far from the mother, µm (one cell radius; EVIDENCE §4a: radius 5 µm). */
const DAUGHTER_OFFSET_UM = 5;
/**
 * Homeostatic renewal of quiescent fibroblasts where the dermis is sparser than HOMEOSTATIC_BELOW × resting
 * density: division at HOMEOSTATIC_RATE × the activated rate per unit deficit. Assumed: tissue keeps its
 * cellularity (cells lost to apoptosis after a wound are replaced).
 */
const HOMEOSTATIC_BELOW = 0.9;
/** Steps between evaluations of pruning and renewal (5 h: both act over days). */
const HOMEOSTASIS_EVERY_STEPS = 50;
/** Quiescent fibroblasts are pruned above this relative density (the band 0.9–1.1 is left alone: counting noise). */
const PRUNE_ABOVE = 1.1;
const HOMEOSTATIC_RATE = 2;
/** Oxygen at which collagen synthesis (prolyl hydroxylase needs O₂) runs at half speed: assumed. */
const OXYGEN_HALF_SAT = 0.2;

export function fibroblastsStep(sim: SimState, dtH: number): void {
  const cfg = sim.config.fibroblast;
  const a = sim.agents;
  const fields = sim.fields.values;
  const pdgf = fields[sim.fPdgf]!;
  const tgf = fields[sim.fTgfBeta]!;
  const oxygen = fields[sim.fOxygen]!;
  const vegfSrc = sim.fields.sources[sim.fVegf]!;
  const tgfSrc = sim.fields.sources[sim.fTgfBeta]!;
  const tgf3 = fields[sim.fTgfBeta3]!;
  const tgf3Src = sim.fields.sources[sim.fTgfBeta3]!;
  const inv3 = 1 / cfg.tgfBeta3HalfEffect;
  const threshold = cfg.myofibroblastTgfThreshold;
  const matrix = sim.matrix;
  const m = matrix;
  const density = sim.fibroblastDensity;
  const rng = sim.rngMotility;
  const g = sim.geometry.grid;
  const inv = 1 / g.dxUm;
  const up = 1 - Math.exp(-dtH / cfg.activationUpH);
  const down = 1 - Math.exp(-dtH / cfg.activationDownH);
  const cycleRate = (Math.LN2 / cfg.doublingTimeH) * dtH;
  const depositScale =
    (cfg.collagenPerH * cfg.collagenFactor * cfg.cellsPerAgent * dtH) / sim.restingFibroblastsPerVoxel;
  const rotate = cfg.fibreRotationPerH * dtH;
  const myoHazard = 1 - Math.exp(-cfg.myofibroblastRatePerH * dtH);
  const myoDeath = 1 - Math.exp((-Math.LN2 * dtH) / cfg.myofibroblastHalfLifeH);
  const myoReversion = 1 - Math.exp((-Math.LN2 * dtH) / cfg.myofibroblastReversionHalfLifeH);
  // Pruning and renewal of quiescent cells are slow (days): evaluated every HOMEOSTASIS_EVERY_STEPS over that span.
  const homeostasis = sim.stepIndex % HOMEOSTASIS_EVERY_STEPS === 0;
  const homeostasisH = HOMEOSTASIS_EVERY_STEPS * sim.stepH;
  const excessDeath = 1 - Math.exp((-Math.LN2 * homeostasisH) / cfg.excessHalfLifeH);
  const renewal = (Math.LN2 / cfg.doublingTimeH) * homeostasisH * HOMEOSTATIC_RATE;
  // Field sources are rates summed per model step until the field's next solve: this system covers dtH / DT.
  const steps = dtH / sim.stepH;
  const n = a.count;
  // Fate decisions first (divide, differentiate, die) over the cells present at the start of the step.
  for (let i = n - 1; i >= 0; i--) {
    const kind = a.kind[i];
    if (kind !== CellKind.fibroblast && kind !== CellKind.myofibroblast) continue;
    const v = voxelOf(a, i, inv, g.nx, g.ny, g.nz);
    const t = tgf[v]!;
    // TGF-β3 blunts TGF-β1's pro-fibrotic signal (differentiation, survival, alignment).
    const antifibrotic = 1 / (1 + tgf3[v]! * inv3);
    const t1 = t * antifibrotic;
    const o2 = oxygen[v]!;
    if (o2 < cfg.hypoxiaThreshold) vegfSrc[v]! += cfg.hypoxiaVegfPerH * (cfg.hypoxiaThreshold - o2) * steps;
    let act = a.a0[i]!;
    const s = pdgf[v]! + t;
    const target = s / (s + cfg.activationHalfSat);
    act += (target - act) * (target > act ? up : down);
    a.a0[i] = act;
    if (kind === CellKind.myofibroblast) {
      tgfSrc[v]! += cfg.myofibroblastTgfBetaPerH * steps;
      const share3Myo = collagenIIIShare(cfg, density.relative(a.x[i]!, a.y[i]!, a.z[i]!));
      const myoRotate = rotate * cfg.myofibroblastAlignmentBoost * antifibrotic;
      depositAndRemodel(sim, i, v, act, share3Myo, depositScale, myoRotate, o2, dtH);
      // Effective TGF-β1 keeps myofibroblasts alive; as it falls they die by apoptosis or revert (one draw).
      const death = myoDeath * (threshold / (threshold + t1));
      const u = rng.next();
      if (u < death) {
        a.kill(i);
      } else if (t1 < threshold && u < death + myoReversion) {
        a.setKind(i, CellKind.fibroblast);
        a.state[i] = FibroblastState.activated;
        a.ageH[i] = 0;
        a.a1[i] = 0;
      }
      continue;
    }
    if (a.state[i] === FibroblastState.quiescent) {
      if (act >= ACTIVATE_AT) {
        a.state[i] = FibroblastState.activated;
        a.ageH[i] = 0;
        continue;
      }
      if (!homeostasis) continue;
      const rho = density.relative(a.x[i]!, a.y[i]!, a.z[i]!);
      if (rho > PRUNE_ABOVE) {
        // Pruning of granulation-tissue excess, fastest where crowding reaches `excessDensity`.
        const pressure = Math.min(1, (rho - PRUNE_ABOVE) / (cfg.excessDensity - PRUNE_ABOVE));
        if (rng.next() < excessDeath * pressure) a.kill(i);
      } else if (rho < HOMEOSTATIC_BELOW && m.dermis[v] === 1) {
        // Homeostatic renewal: sparse dermis is repopulated by slow division of resident cells.
        const progress = a.a1[i]! + renewal * (HOMEOSTATIC_BELOW - rho);
        if (progress >= 1) {
          a.a1[i] = 0;
          divide(a, i, rng.next(), rng.next(), sim.geometry.widthUm, sim.fibroblastMotility);
        } else {
          a.a1[i] = progress;
        }
      }
      continue;
    }
    if (act < QUIESCE_AT) {
      a.state[i] = FibroblastState.quiescent;
      a.a1[i] = 0;
      continue;
    }
    tgf3Src[v]! += cfg.tgfBeta3PerH * act * steps;
    const rhoCell = density.relative(a.x[i]!, a.y[i]!, a.z[i]!);
    depositAndRemodel(sim, i, v, act, collagenIIIShare(cfg, rhoCell), depositScale, rotate * antifibrotic, o2, dtH);
    if (a.ageH[i]! >= cfg.myofibroblastOnsetH && t1 >= threshold && rng.next() < myoHazard) {
      a.setKind(i, CellKind.myofibroblast);
      a.ageH[i] = 0;
      a.a1[i] = 0;
      continue;
    }
    // Granulation tissue cannot outgrow its crowding limit: where migration has packed activated cells beyond
    // it, the excess dies by apoptosis at the pruning rate (Desmoulière 1995: fibroblasts of the granulation
    // tissue are removed by apoptosis too).
    if (homeostasis) {
      if (rhoCell > cfg.maxDensity) {
        const pressure = Math.min(1, (rhoCell - cfg.maxDensity) / (cfg.maxDensity * (cfg.excessDensity - 1)));
        if (rng.next() < excessDeath * pressure) {
          a.kill(i);
          continue;
        }
      }
    }
    // Division only inside the dermis: the density grid reads 1 (uncrowded) in cubes with no dermis, so a cell
    // that wandered into the epidermis or fat would otherwise divide without contact inhibition.
    const crowd = rhoCell / cfg.maxDensity;
    if (crowd < 1 && m.dermis[v] === 1) {
      const progress = a.a1[i]! + cycleRate * act * (1 - crowd);
      if (progress >= 1) {
        a.a1[i] = 0;
        divide(a, i, rng.next(), rng.next(), sim.geometry.widthUm, sim.fibroblastMotility);
      } else {
        a.a1[i] = progress;
      }
    }
  }
  // Then movement of every (myo)fibroblast, speed scaled by activation (a0).
  moveCells(a, sim.fibroblastMotility, g, sim.geometry.widthUm, pdgf, null, 0, dtH, rng, a.a0, matrix);
  moveCells(a, sim.myofibroblastMotility, g, sim.geometry.widthUm, pdgf, null, 0, dtH, rng, a.a0, matrix);
}

/**
 * The collagen III share of an activated cell's new collagen, from how crowded its neighbourhood is. Where the
 * wound is still sparse (relative density 1 or less: cells dividing into emptied tissue) it makes the III-rich
 * granulation matrix (`collagenIIIShareSparse`); as division fills the tissue to the crowding limit it makes the
 * resting dermis's mix (BASELINE_COLLAGEN_III). So "III first, then I" follows from proliferation and contact
 * inhibition, not from a clock in the cell; a wound that stays sparse (slow division) stays III-rich longer.
 */
export function collagenIIIShare(cfg: EngineConfig['fibroblast'], relativeDensity: number): number {
  const sparse = Math.min(1, Math.max(0, (cfg.maxDensity - relativeDensity) / (cfg.maxDensity - 1)));
  return BASELINE_COLLAGEN_III + (cfg.collagenIIIShareSparse - BASELINE_COLLAGEN_III) * sparse;
}

/**
 * Matrix feedback on collagen synthesis (Mauch 1988: fibroblasts in dense collagen make less): full synthesis at
 * resting content (1) or below, falling linearly to none at `capacity`. Depleted tissue (a wound, an atrophic scar)
 * fills at the full rate while its denser surround slows, and no protocol can pile collagen up without limit.
 */
export function synthesisFeedback(capacity: number, collagen: number): number {
  if (collagen <= 1) return 1;
  return Math.max(0, (capacity - collagen) / (capacity - 1));
}

function depositAndRemodel(
  sim: SimState,
  i: number,
  v: number,
  act: number,
  share3: number,
  depositScale: number,
  rotate: number,
  o2: number,
  dtH: number,
): void {
  const m = sim.matrix;
  if (m.dermis[v] === 0) return;
  const a = sim.agents;
  const cfg = sim.config.fibroblast;
  const amount = depositScale * act * (o2 / (o2 + OXYGEN_HALF_SAT)) * collagenBoostAt(sim, v);
  const collagen = amount * synthesisFeedback(cfg.collagenCapacity, m.total(v));
  const px = a.px[i]!;
  const py = a.py[i]!;
  const pz = a.pz[i]!;
  // Tropoelastin is not throttled: the lattice studies measured collagen (E1 reads elastin on its own).
  m.deposit(v, collagen * (1 - share3), collagen * share3, amount * cfg.elastinRatio, px, py, pz);
  m.rotateToward(v, rotate * act, px, py, pz);
  m.mmp[v]! += cfg.mmpPerH * act * dtH;
  m.timp[v]! += cfg.timpPerH * act * dtH;
}

/** Places a daughter next to cell i (same kind, state, activation, heading reversed). */
function divide(a: AgentStore, i: number, u1: number, u2: number, widthUm: number, band: MotilityRule): void {
  const theta = 2 * Math.PI * u1;
  const cz = 2 * u2 - 1;
  const sz = Math.sqrt(1 - cz * cz);
  const ox = DAUGHTER_OFFSET_UM * sz * Math.cos(theta);
  const oy = DAUGHTER_OFFSET_UM * sz * Math.sin(theta);
  const oz = DAUGHTER_OFFSET_UM * cz;
  const x = Math.min(widthUm - 1e-3, Math.max(0, a.x[i]! + ox));
  const y = Math.min(widthUm - 1e-3, Math.max(0, a.y[i]! + oy));
  const z = Math.min(band.maxDepthUm, Math.max(band.minDepthUm, a.z[i]! + oz));
  const slot = a.spawn(a.kind[i]!, x, y, z);
  if (slot < 0) return;
  a.state[slot] = a.state[i]!;
  a.a0[slot] = a.a0[i]!;
  a.ageH[slot] = a.ageH[i]!;
  a.px[slot] = -a.px[i]!;
  a.py[slot] = -a.py[i]!;
  a.pz[slot] = -a.pz[i]!;
}
