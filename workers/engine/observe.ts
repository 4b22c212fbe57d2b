/**
 * Metric sampling: reads the state (never changes it) and records one row of the series, in the contract's units
 * (workers/model/metrics.ts). Runs every SAMPLE_EVERY_H of model time; allocation-free.
 */
import { CellKind } from '../model/cellKinds';
import { OUTCOME_METRIC_KEYS } from '../model/metrics';
import { latestSessionEpidermis, barrierFunction, KeratinocyteState } from './cells/keratinocytes';
import { MacrophageState } from './cells/macrophages';
import { pigmentRisk } from './cells/melanocytes';
import { epidermalMelaninRel } from './conditions/measures';
import { NeutrophilState } from './cells/neutrophils';
import { FibroblastState } from './cells/fibroblasts';
import { PlateletState } from './cells/platelets';
import { BASELINE_COLLAGEN_I, BASELINE_COLLAGEN_III, BASELINE_ELASTIN, COLLAGEN_UG_PER_UM3 } from './matrix';
import { classifyPhase } from './phase';
import type { ConditionOutcomes, SimState } from './state';
import { channelPatency, SUBLETHAL_DAMAGE } from './tissue';
import { topicalDelivered, topicalReach } from './topical';

/** Agent counts by kind and state (agents, not cells), refilled in place by countCells. */
const counts = {
  neutrophils: 0,
  m1: 0,
  m2: 0,
  fibroblasts: 0,
  activated: 0,
  myofibroblasts: 0,
  platelets: 0,
  aggregating: 0,
  keratinocytes: 0,
};

/** The condition's outcome metrics, refilled in place at each sample (zeroed, then written by its module). */
const outcomes = Object.fromEntries(OUTCOME_METRIC_KEYS.map((key) => [key, 0])) as ConditionOutcomes;

function countCells(sim: SimState): typeof counts {
  const a = sim.agents;
  const c = counts;
  c.neutrophils = c.m1 = c.m2 = c.fibroblasts = c.activated = 0;
  c.myofibroblasts = c.platelets = c.aggregating = c.keratinocytes = 0;
  for (let i = 0; i < a.count; i++) {
    switch (a.kind[i]) {
      case CellKind.neutrophil:
        if (a.state[i] === NeutrophilState.live) c.neutrophils++;
        break;
      case CellKind.macrophage:
        if (a.state[i] === MacrophageState.m1) c.m1++;
        else if (a.state[i] === MacrophageState.m2) c.m2++;
        break;
      case CellKind.fibroblast:
        c.fibroblasts++;
        if (a.state[i] === FibroblastState.activated) c.activated++;
        break;
      case CellKind.myofibroblast:
        c.myofibroblasts++;
        break;
      case CellKind.platelet:
        c.platelets++;
        if (a.state[i] === PlateletState.aggregating) c.aggregating++;
        break;
      case CellKind.keratinocyte:
        if (a.state[i] === KeratinocyteState.migrating) c.keratinocytes++;
        break;
    }
  }
  return c;
}

/**
 * The phase code now, from the cell populations (phase.ts), at any step — the hourly series samples it, and the
 * app asks for it between samples (haemostasis lasts minutes, shorter than a sample).
 */
export function phaseNow(sim: SimState): number {
  const c = countCells(sim);
  const areaMm2 = (sim.geometry.widthUm * sim.geometry.widthUm) / 1e6;
  const perMm2 = sim.config.fibroblast.cellsPerAgent / areaMm2;
  return classifyPhase({
    sessionsDone: sim.sessionsDone,
    aggregatingPlatelets: c.aggregating,
    neutrophils: c.neutrophils * perMm2,
    m1: c.m1 * perMm2,
    m2: c.m2 * perMm2,
    necroticVoxels: sim.tissue.anyDamage ? countNecrotic(sim.tissue.damage) : 0,
    openedVoxels: sim.tissue.openedLumen,
    repairCells: c.activated + c.myofibroblasts,
    lineageCells: c.fibroblasts + c.myofibroblasts,
  });
}

/**
 * alignment_tz is recomputed every this many samples (6 h) and held in between: fibre alignment moves over days,
 * and the held value comes from the series itself, so a checkpoint restore continues it exactly.
 */
const ALIGNMENT_EVERY_SAMPLES = 6;

export function sampleMetrics(sim: SimState): void {
  const areaMm2 = (sim.geometry.widthUm * sim.geometry.widthUm) / 1e6;
  const perMm2 = sim.config.fibroblast.cellsPerAgent / areaMm2;
  const phase = phaseNow(sim);
  const { neutrophils, m1, m2, fibroblasts, myofibroblasts, platelets, keratinocytes } = counts;
  // Matrix, vessels and growth factors: whole dermis and treated zone.
  const mx = sim.matrix;
  const rho = sim.vessels.density;
  const rest = sim.vessels.resting;
  const pdgf = sim.fields.values[sim.fPdgf]!;
  const tgf = sim.fields.values[sim.fTgfBeta]!;
  let sumI = 0;
  let sumIII = 0;
  let sumE = 0;
  let sumTropo = 0;
  let sumMatureI = 0;
  let sumItz = 0;
  let sumIIItz = 0;
  // Alignment changes over days; recomputing stale voxels' eigenvalues every hour cost ~10 % of a long course.
  const alignNow = sim.series.length % ALIGNMENT_EVERY_SAMPLES === 0;
  let alignWeighted = 0;
  let alignMass = 0;
  let vesselsTz = 0;
  let restTz = 0;
  let growth = 0;
  const dermisVoxels = mx.dermisVoxels;
  const untreated = sim.sessionsDone === 0;
  const { collagenI, collagenIII, elastin, tropoelastin, crossLinkedI } = mx;
  // Whole dermis, then the treated zone: two tight loops (each sum keeps its grid order, so values are unchanged).
  const n = dermisVoxels.length;
  for (let k = 0; k < n; k++) {
    const i = dermisVoxels[k]!;
    sumI += collagenI[i]!;
    sumIII += collagenIII[i]!;
    sumE += elastin[i]!;
    sumTropo += tropoelastin[i]!;
    sumMatureI += crossLinkedI[i]!;
  }
  // Before the first session there is no treated zone: the whole dermis stands in (it is uniform then).
  const tz = untreated ? dermisVoxels : mx.treatedVoxels();
  const nTz = untreated ? dermisVoxels.length : mx.treatedVoxelCount();
  for (let k = 0; k < nTz; k++) {
    const i = tz[k]!;
    const c1 = collagenI[i]!;
    const c3 = collagenIII[i]!;
    sumItz += c1;
    sumIIItz += c3;
    if (alignNow) {
      const mass = c1 + c3;
      alignWeighted += mass * mx.cachedAlignment(i);
      alignMass += mass;
    }
    vesselsTz += rho[i]!;
    restTz += rest[i]!;
    growth += pdgf[i]! + tgf[i]!;
  }
  const voxelUm3 = sim.geometry.grid.dxUm ** 3;
  const newCollagenUg = (mx.deposited - mx.degraded) * voxelUm3 * COLLAGEN_UG_PER_UM3;
  const epi = latestSessionEpidermis(sim);
  const m = sim.series;
  const row = m.beginSample(phase);
  m.set(row, m.column('t_h'), sim.timeH);
  m.set(row, m.column('neutrophils'), neutrophils * perMm2);
  m.set(row, m.column('macrophages_m1'), m1 * perMm2);
  m.set(row, m.column('macrophages_m2'), m2 * perMm2);
  m.set(row, m.column('fibroblasts'), fibroblasts * perMm2);
  m.set(row, m.column('myofibroblasts'), myofibroblasts * perMm2);
  m.set(row, m.column('reepithelialisation'), sim.sessionsDone > 0 ? epi.covered : 1);
  m.set(row, m.column('epidermis_restored'), sim.sessionsDone > 0 ? epi.restored : 1);
  m.set(row, m.column('barrier'), barrierFunction(sim));
  m.set(row, m.column('channel_patency'), sim.sessionsDone > 0 && sim.tissue.anyLumen ? channelPatency(sim.tissue) : 0);
  m.set(row, m.column('collagen_i'), n > 0 ? sumI / n / BASELINE_COLLAGEN_I : 1);
  m.set(row, m.column('collagen_iii'), n > 0 ? sumIII / n / BASELINE_COLLAGEN_III : 1);
  m.set(row, m.column('elastin'), n > 0 ? sumE / n / BASELINE_ELASTIN : 1);
  m.set(row, m.column('collagen_i_tz'), nTz > 0 ? sumItz / nTz / BASELINE_COLLAGEN_I : 1);
  m.set(row, m.column('collagen_iii_tz'), nTz > 0 ? sumIIItz / nTz / BASELINE_COLLAGEN_III : 1);
  m.set(row, m.column('new_collagen'), newCollagenUg / areaMm2);
  const alignmentColumn = m.column('alignment_tz');
  if (alignNow) m.set(row, alignmentColumn, alignMass > 0 ? alignWeighted / alignMass : 0);
  else m.set(row, alignmentColumn, m.get('alignment_tz', row - 1));
  m.set(row, m.column('vessels_tz'), restTz > 0 ? vesselsTz / restTz : 1);
  m.set(row, m.column('epidermal_thickness'), sim.epidermis.thickness);
  m.set(row, m.column('erythema'), sim.skin.erythema);
  m.set(row, m.column('pigment_risk'), pigmentRisk(sim));
  m.set(row, m.column('topical_delivered'), topicalDelivered(sim));
  m.set(row, m.column('topical_depth_um'), topicalReach(sim));
  m.set(row, m.column('platelets'), platelets / areaMm2);
  m.set(row, m.column('keratinocytes'), keratinocytes / areaMm2);
  m.set(row, m.column('growth_factors'), nTz > 0 ? growth / nTz : 0);
  m.set(row, m.column('channels_per_mm2'), sim.channels.count / areaMm2);
  m.set(row, m.column('sessions_done'), sim.sessionsDone);
  m.set(row, m.column('collagen_i_mature'), n > 0 ? sumMatureI / n / BASELINE_COLLAGEN_I : 1);
  m.set(row, m.column('tropoelastin'), n > 0 ? sumTropo / n / BASELINE_ELASTIN : 0);
  // The condition treated reports its outcomes; those that do not apply to it stay 0.
  for (let k = 0; k < OUTCOME_METRIC_KEYS.length; k++) outcomes[OUTCOME_METRIC_KEYS[k]!] = 0;
  // Every condition's epidermis carries pigment (cells/melanin.ts): 1 for normal skin at rest.
  outcomes.melanin_epidermal_rel = epidermalMelaninRel(sim.pigment);
  // Every condition's dermis has a collagen density: from the sums above (a module may report its own).
  outcomes.dermal_density_rel = n > 0 ? (sumI + sumIII) / n / sim.condition.dermalCollagenBefore : 1;
  sim.conditionModule.outcomes(sim, outcomes);
  for (let k = 0; k < OUTCOME_METRIC_KEYS.length; k++) {
    const key = OUTCOME_METRIC_KEYS[k]!;
    m.set(row, m.column(key), outcomes[key]);
  }
}

function countNecrotic(damage: Float32Array): number {
  let n = 0;
  for (let i = 0; i < damage.length; i++) if (damage[i]! > SUBLETHAL_DAMAGE) n++;
  return n;
}
