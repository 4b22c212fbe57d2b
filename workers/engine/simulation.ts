/**
 * The simulation facade: owns the whole state and advances it in fixed model steps through an ordered list
 * of systems (plain functions over the state).
 *
 * Time: model time is `stepIndex × DT_H` — an integer counter times a fixed step, never an accumulated float
 * and never wall time — so the same parameters and seed give the same state at the same step however the
 * caller slices the work (frames, pauses, device speed).
 *
 * Systems are plain functions over the state interface (state.ts), listed in the order they run in `SYSTEMS`
 * (systems.ts), each with
 * its own cadence (multi-rate stepping: fast processes every 6-min step, slow ones every 0.5, 1, 2 or 5 hours;
 * docs/performance.md); then housekeeping (spatial hash, locality sort, density counts) and metrics sampling
 * every SAMPLE_EVERY_H of model time (observe.ts).
 */
import { AgentStore, SpatialHash } from './agents';
import { readCheckpoint, writeCheckpoint } from './checkpoint';
import type { StateSection } from './checkpoint';
import { restoreScalars, stateSections } from './checkpointLayout';
import { CellKind } from '../model/cellKinds';
import { CONDITION_MODULES } from './conditions/index';
import { ConditionState } from './conditions/conditionState';
import { PigmentState } from './pigmentState';
import { dermalCollagen } from './conditions/measures';
import { plugBleedingChannel } from './cells/platelets';
import { openEpidermis } from './cells/keratinocytes';
import { Recruiter } from './cells/recruiter';
import type { MotilityRule } from './cells/motility';
import { DensityGrid } from './density';
import { EpidermisState } from './epidermis';
import { markTreatedZone, MatrixState, restingNewFibreShare } from './matrix';
import { phaseNow, sampleMetrics } from './observe';
import { SkinResponse } from './skinState';
import type { ConditionModule, SimState } from './state';
import { SYSTEMS } from './systems';
import { TopicalState } from './topicalAgents';
import { VesselState } from './vessels';
import { engineConfig } from './config';
import type { EngineConfig } from './config';
import { DiffusionSolver } from './diffusion';
import { FieldSet } from './fields';
import { buildGeometry, Layer } from './geometry';
import type { Geometry } from './geometry';
import { MetricSeries, SAMPLE_EVERY_H } from './metrics';
import { PHASES } from '../model/phases';
import type { Phase } from '../model/phases';
import { METRICS } from '../model/metrics';
import { ChannelStore, channelCapacity, maxChannelDepthUm, needleSession } from './needling';
import type { Params } from '../model/params';
import { Rng, RngStream } from './rng';
import { injureChannel, TissueState } from './tissue';

/**
 * Fixed model step, h. 6 min: a fibroblast (≤ 10 µm/h) moves ≤ 1 µm per step, a neutrophil (≤ 20 µm/min,
 * EVIDENCE §4a) ≤ 120 µm — still within a few voxels, so chemotaxis reads a local gradient. The diffusion solver
 * is unconditionally stable, so dt follows the biology, not the fastest diffusion.
 */
export const DT_H = 0.1;
const STEPS_PER_SAMPLE = Math.round(SAMPLE_EVERY_H / DT_H);
/**
 * Re-sort agents by spatial bin every this many steps (agents move < 1 bin meanwhile; the sort only keeps memory
 * access local), and recount the coarse cell density every DENSITY_EVERY_STEPS (it gates division and pruning).
 */
const SORT_EVERY_STEPS = 50;
const DENSITY_EVERY_STEPS = 10;
/** Spatial-hash bin edge, µm: ≥ the largest interaction radius the cell rules use (two cell diameters). */
const HASH_BIN_UM = 40;

export class Simulation implements SimState {
  readonly params: Params;
  readonly config: EngineConfig;
  readonly seed: number;
  readonly geometry: Geometry;
  readonly fields: FieldSet;
  readonly tissue: TissueState;
  readonly channels: ChannelStore;
  readonly agents: AgentStore;
  readonly hash: SpatialHash;
  /** Metric time series (read them with `metrics()`). */
  readonly series: MetricSeries;
  /** The condition treated: its random stream and registered state (built with the block). */
  readonly condition: ConditionState;
  /** The condition's systems (conditions/index.ts). */
  readonly conditionModule: ConditionModule;
  readonly pigment: PigmentState;
  stepIndex = 0;
  /** Sessions already performed. */
  sessionsDone = 0;

  readonly matrix: MatrixState;
  readonly vessels: VesselState;
  readonly epidermis: EpidermisState;
  readonly skin = new SkinResponse();
  readonly topical: TopicalState;
  /** Fibroblast-lineage density on a coarse grid (contact inhibition, pruning), recounted with the hash. */
  readonly fibroblastDensity: DensityGrid;
  /** Per-voxel scratch that systems leave zeroed (e.g. macrophage occupancy for efferocytosis). */
  readonly scratchVoxel: Float32Array;
  /** Resting fibroblasts (cells) per voxel: converts per-cell deposition into voxel matrix units. */
  readonly restingFibroblastsPerVoxel: number;
  /** The fixed model step, h (for systems that need it outside their dt argument). */
  readonly stepH = DT_H;
  /** Voxels of the viable epidermis and papillary dermis (where melanocytes meet inflammation). */
  readonly junctionVoxels: Int32Array;
  /** Voxels of the papillary dermis (capillary loops: redness). */
  readonly papillaryVoxels: Int32Array;

  readonly solver: DiffusionSolver;
  readonly rngPlacement: Rng;
  readonly rngNeedling: Rng;
  readonly rngMotility: Rng;
  readonly rngImmune: Rng;
  readonly recruiter: Recruiter;
  /** Step index at which each session happens. */
  readonly sessionSteps: Int32Array;
  readonly fChemokine: number;
  readonly fTgfBeta: number;
  readonly fTgfBeta3: number;
  readonly fPdgf: number;
  readonly fVegf: number;
  readonly fOxygen: number;
  readonly fTopical: number;
  private readonly sections: StateSection[];
  readonly fibroblastMotility: MotilityRule;
  readonly myofibroblastMotility: MotilityRule;
  readonly neutrophilMotility: MotilityRule;
  readonly macrophageMotility: MotilityRule;

  /**
   * Every system and field at every step (no multi-rate): the reference for measuring what multi-rate stepping
   * costs in accuracy (scripts/bench-multirate.ts). Much slower; not used by the app.
   */
  readonly singleRate: boolean;

  /** `params` must be validated (validateParams / resolvePreset); the engine does not clamp. */
  constructor(params: Params, seed: number, options: SimulationOptions = {}) {
    this.singleRate = options.singleRate === true;
    const treated = engineConfig(params);
    const config = options.untreated === true ? { ...treated, sessions: 0 } : treated;
    this.params = params;
    this.config = config;
    this.seed = seed >>> 0;
    this.geometry = buildGeometry(config.site, config.widthUm, config.quality, maxChannelDepthUm(config.needling));
    const g = this.geometry.grid;
    this.fields = new FieldSet(g, config.fields, { diffusivityMultiplier: true, uptakeFieldIds: ['oxygen'] });
    this.fields.diffusivityMultiplier!.set(this.geometry.diffusivity);
    this.fields.markDiffusivityChanged();
    this.solver = new DiffusionSolver(this.fields);
    config.fieldCadence.forEach((c, f) => (this.solver.cadence[f] = this.singleRate ? 1 : c));
    this.fChemokine = this.fields.fieldIndex('chemokine');
    this.fTgfBeta = this.fields.fieldIndex('tgf_beta');
    this.fTgfBeta3 = this.fields.fieldIndex('tgf_beta3');
    this.fPdgf = this.fields.fieldIndex('pdgf');
    this.fVegf = this.fields.fieldIndex('vegf');
    this.fOxygen = this.fields.fieldIndex('oxygen');
    this.fTopical = this.fields.fieldIndex('topical');
    // The serum is placed directly into the field (topical.ts), never through sources; it starts empty.
    this.solver.fedBySources[this.fTopical] = 0;
    this.solver.dormant[this.fTopical] = 1;
    this.tissue = new TissueState(g.size);
    this.channels = new ChannelStore(channelCapacity(config.needling, this.geometry.widthUm, config.sessions));
    this.matrix = new MatrixState(this.geometry, restingNewFibreShare(config.matrix));
    this.vessels = new VesselState(this.geometry);
    this.epidermis = new EpidermisState(this.channels.capacity);
    this.topical = new TopicalState(config.topical);
    this.fibroblastDensity = new DensityGrid(this.geometry, config.fibroblast.densityPerMm3);
    this.scratchVoxel = new Float32Array(g.size);
    this.restingFibroblastsPerVoxel = (config.fibroblast.densityPerMm3 * g.dxUm ** 3) / 1e9;
    const junction: number[] = [];
    const papillary: number[] = [];
    for (let i = 0; i < g.size; i++) {
      const l = this.geometry.layer[i]!;
      if (l === Layer.epidermis || l === Layer.papillaryDermis) junction.push(i);
      if (l === Layer.papillaryDermis) papillary.push(i);
    }
    this.junctionVoxels = Int32Array.from(junction);
    this.papillaryVoxels = Int32Array.from(papillary);
    const residents = residentFibroblastAgents(config, this.geometry);
    this.agents = new AgentStore(Math.max(16, residents * config.agentHeadroom));
    this.hash = new SpatialHash(
      this.geometry.widthUm,
      this.geometry.widthUm,
      this.geometry.depthUm,
      HASH_BIN_UM,
      this.agents.capacity,
    );
    this.rngPlacement = new Rng(this.seed, RngStream.placement);
    this.rngNeedling = new Rng(this.seed, RngStream.needling);
    this.rngMotility = new Rng(this.seed, RngStream.motility);
    this.rngImmune = new Rng(this.seed, RngStream.immune);
    this.recruiter = new Recruiter(g.size);
    this.sessionSteps = new Int32Array(config.sessions);
    for (let k = 0; k < config.sessions; k++) this.sessionSteps[k] = Math.round((k * config.intervalH) / DT_H);
    this.series = new MetricSeries(METRICS);
    this.condition = new ConditionState(params.condition, this.seed);
    this.conditionModule = options.conditionModule ?? CONDITION_MODULES[params.condition];
    // Every condition's epidermis carries pigment; its arrays are registered first, so the checkpoint order is
    // the same for every condition up to the condition's own arrays.
    this.pigment = new PigmentState(this.geometry.grid.nx * this.geometry.grid.ny);
    this.pigment.register(this.condition);
    // Fibroblasts live in the dermis: they reflect at the dermal–epidermal junction and at the fat.
    this.fibroblastMotility = {
      ...config.fibroblast.motility,
      minDepthUm: this.geometry.stack.stratumCorneumUm + this.geometry.stack.epidermisUm,
      maxDepthUm: Math.min(this.geometry.dermisBottomUm, this.geometry.depthUm - 1),
    };
    this.myofibroblastMotility = { ...this.fibroblastMotility, kind: CellKind.myofibroblast };
    // Leukocytes leave the capillaries of dermis and fat and may enter a channel up to the stratum corneum; deep
    // channels end in the fat, and its debris must be reachable too.
    const leukocyteBand = {
      minDepthUm: this.geometry.stack.stratumCorneumUm,
      maxDepthUm: this.geometry.depthUm - 1,
    };
    this.neutrophilMotility = { ...config.neutrophil.motility, ...leukocyteBand };
    this.macrophageMotility = { ...config.macrophage.motility, ...leukocyteBand };
    this.initialiseTissue(residents);
    // The block is built: the condition's arrays are registered, so the checkpoint layout is fixed from here on.
    this.condition.seal(dermalCollagen(this.matrix));
    this.sections = stateSections(this);
    // A session scheduled at t = 0 has happened in the state at t = 0 (see step()).
    this.runDueSessions();
    this.sample();
  }

  get timeH(): number {
    return this.stepIndex * DT_H;
  }

  /** Model time of each session, h. */
  sessionTimesH(): number[] {
    return Array.from(this.sessionSteps, (s) => s * DT_H);
  }

  private initialiseTissue(residents: number): void {
    const geo = this.geometry;
    const r = this.rngPlacement;
    // Oxygen starts at its perfused steady level (1 = normal tissue pO₂) in the dermis and fat.
    const oxygen = this.fields.values[this.fOxygen]!;
    for (let i = 0; i < oxygen.length; i++) oxygen[i] = geo.layer[i]! >= Layer.papillaryDermis ? 1 : 0.5;
    // Resident fibroblasts, uniform through the dermis. (The papillary dermis is reported denser, EVIDENCE §1c,
    // but no measured ratio exists; one density is used, a listed limitation.)
    const top = geo.stack.stratumCorneumUm + geo.stack.epidermisUm;
    const bottom = Math.min(geo.dermisBottomUm, geo.depthUm);
    for (let k = 0; k < residents; k++) {
      const slot = this.agents.spawn(
        CellKind.fibroblast,
        r.uniform(0, geo.widthUm),
        r.uniform(0, geo.widthUm),
        r.uniform(top, bottom),
      );
      randomUnit(this.agents, slot, r);
    }
    // The condition's starting tissue over the normal one (nothing for normal skin), before the hash, the density
    // count and the first session see the block.
    this.conditionModule.build(this);
    this.pigment.melaninBefore = this.pigment.meanMelanin();
    this.housekeeping();
    this.countDensity();
  }

  /** Spatial hash and locality sort (every SORT_EVERY_STEPS steps). */
  private housekeeping(): void {
    this.hash.build(this.agents);
    this.hash.sortAgents(this.agents);
  }

  /** Coarse fibroblast-lineage density (every DENSITY_EVERY_STEPS steps). */
  private countDensity(): void {
    this.fibroblastDensity.count(
      this.agents,
      CellKind.fibroblast,
      CellKind.myofibroblast,
      this.config.fibroblast.cellsPerAgent,
    );
  }

  /**
   * Advances one fixed model step: runs every system whose cadence divides the step index, with dt = its
   * cadence × DT_H (a system on a 10-step cadence runs at the start of each hour and covers that hour).
   * Allocates nothing.
   */
  step(): void {
    const s = this.stepIndex;
    for (let k = 0; k < SYSTEMS.length; k++) {
      const system = SYSTEMS[k]!;
      const every = this.singleRate ? 1 : system.everySteps;
      if (s % every === 0) system.run(this, DT_H * every);
    }
    this.stepIndex++;
    // Needling at the end of the step that reaches a session's time: the state AT a session's time is the state
    // right after it (what a user opening "0 h" expects to see: open channels), and the systems of the next step
    // run on it exactly as if the session had been the first system of that step.
    this.runDueSessions();
    // Housekeeping after the step: locality sort and metrics sampling, on step counts (model time only).
    if (this.stepIndex % SORT_EVERY_STEPS === 0) this.housekeeping();
    if (this.stepIndex % DENSITY_EVERY_STEPS === 0) this.countDensity();
    if (this.stepIndex % STEPS_PER_SAMPLE === 0) this.sample();
  }

  /** The current healing phase (from the cell populations; phase.ts), at any step. */
  phase(): Phase {
    return PHASES[phaseNow(this)]!;
  }

  /** Performs every session scheduled at the current step (at creation and at the end of each step). */
  runDueSessions(): void {
    while (this.sessionsDone < this.config.sessions && this.sessionSteps[this.sessionsDone] === this.stepIndex) {
      this.performSession(this.sessionsDone++);
    }
  }

  private performSession(session: number): void {
    const c0 = this.channels.count;
    needleSession(this.channels, this.geometry, this.config.needling, session, this.timeH, this.rngNeedling);
    let opened = 0;
    for (let c = c0; c < this.channels.count; c++) {
      opened += injureChannel(this.tissue, this.geometry, this.channels, c, this.matrix, this.vessels.density);
      markTreatedZone(this.matrix, this.geometry, this.channels.x[c]!, this.channels.y[c]!, this.channels.depthUm[c]!);
      plugBleedingChannel(this, c);
      openEpidermis(this, c);
    }
    this.tissue.anyDamage = true;
    this.tissue.anyLumen = true;
    this.vessels.atRest = false;
    // Patency is measured against the lumen open right after this session (earlier channels' remnants included).
    let open = 0;
    for (let i = 0; i < this.tissue.lumen.length; i++) open += this.tissue.lumen[i]!;
    this.tissue.openedLumen = Math.max(open, opened);
  }

  /** Steps until model time reaches `hours` (never past it). Returns the number of steps taken. */
  advanceTo(hours: number, maxSteps = Number.POSITIVE_INFINITY): number {
    const target = Math.floor(hours / DT_H + 1e-9);
    let taken = 0;
    while (this.stepIndex < target && taken < maxSteps) {
      this.step();
      taken++;
    }
    return taken;
  }

  /** Records one metrics sample for the current time (observe.ts). */
  private sample(): void {
    sampleMetrics(this);
  }

  /** The metric series from sample `since` on, as plain arrays keyed by the contract's names (plus `phase`). */
  metrics(since = 0): Record<string, number[] | string[]> {
    return this.series.toJSON(since);
  }

  /** The whole state as one compact binary buffer. */
  checkpoint(): ArrayBuffer {
    return writeCheckpoint(this.sections);
  }

  /** Restores a buffer made by `checkpoint()` of a simulation with the same config and seed. */
  restore(buffer: ArrayBuffer): void {
    readCheckpoint(buffer, this.sections);
    restoreScalars(this, this.sections);
    // Derived state. The "anything to do" flags are conservative after a restore (a pass over zeros changes
    // nothing); the hash only orders neighbour queries.
    this.tissue.anyDamage = true;
    this.tissue.anyLumen = true;
    this.vessels.atRest = false;
    this.agents.recount();
    this.matrix.invalidateDerived();
    this.hash.build(this.agents);
  }
}

function randomUnit(agents: AgentStore, i: number, r: Rng): void {
  let x = r.normal();
  let y = r.normal();
  let z = r.normal();
  const len = Math.hypot(x, y, z) || 1;
  x /= len;
  y /= len;
  z /= len;
  agents.px[i] = x;
  agents.py[i] = y;
  agents.pz[i] = z;
}

/** Number of fibroblast agents for the block: density × dermal volume ÷ cells per agent. */
export function residentFibroblastAgents(config: EngineConfig, geometry: Geometry): number {
  const top = geometry.stack.stratumCorneumUm + geometry.stack.epidermisUm;
  const bottom = Math.min(geometry.dermisBottomUm, geometry.depthUm);
  const volumeMm3 = (geometry.widthUm * geometry.widthUm * (bottom - top)) / 1e9;
  return Math.round((config.fibroblast.densityPerMm3 * volumeMm3) / config.fibroblast.cellsPerAgent);
}

export interface SimulationOptions {
  /** Run every system and field every step (accuracy reference for the multi-rate scheme). */
  singleRate?: boolean;
  /**
   * A control block: the same skin, seed and parameters, never needled (no session is performed). Not a
   * parameter value (the metrics contract keeps `sessions` ≥ 1): it is the "untreated" side of a comparison.
   */
  untreated?: boolean;
  /**
   * Run this condition module instead of the one the `condition` parameter names: for tests, and for a condition's
   * slice while its tissue is being built (before its record says `modelled`). Never used by the app.
   */
  conditionModule?: ConditionModule;
}

export function createSimulation(params: Params, seed: number, options: SimulationOptions = {}): Simulation {
  return new Simulation(params, seed, options);
}
