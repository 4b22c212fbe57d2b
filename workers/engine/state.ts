/**
 * The simulation's state as the systems see it: every array and scalar a system reads or writes, as one interface.
 * Systems are plain functions `(state: SimState, dtH: number) => void` (as koota's `moveBodies(world)`): they import
 * this interface and the state containers' types, never the Simulation facade that owns the state, schedules the
 * systems and takes checkpoints (simulation.ts). So no system module depends on the module that runs it.
 *
 * Rule: this file imports only modules that hold state or declarations (no system); a state container never lives
 * in the same module as a system that takes SimState (test/unit/importGraph.test.ts keeps workers/ free of cycles).
 */
import type { AgentStore, SpatialHash } from './agents';
import type { ConditionState } from './conditions/conditionState';
import type { MotilityRule } from './cells/motility';
import type { Recruiter } from './cells/recruiter';
import type { EngineConfig } from './config';
import type { DensityGrid } from './density';
import type { DiffusionSolver } from './diffusion';
import type { EpidermisState } from './epidermis';
import type { FieldSet } from './fields';
import type { Geometry } from './geometry';
import type { MatrixState } from './matrix';
import type { MetricSeries } from './metrics';
import type { OutcomeMetricKey } from '../model/metrics';
import type { ChannelStore } from './needling';
import type { Params } from '../model/params';
import type { PigmentState } from './pigmentState';
import type { Rng } from './rng';
import type { SkinResponse } from './skinState';
import type { TissueState } from './tissue';
import type { TopicalState } from './topicalAgents';
import type { VesselState } from './vessels';

export interface SimState {
  readonly params: Params;
  readonly config: EngineConfig;
  readonly seed: number;
  readonly geometry: Geometry;
  /** The fixed model step, h (for systems that need it outside their dt argument). */
  readonly stepH: number;
  /** Fixed steps taken so far: model time is stepIndex × stepH, never an accumulated float. */
  readonly stepIndex: number;
  /** Model time now, h (stepIndex × stepH). */
  readonly timeH: number;
  /** Sessions already performed. */
  readonly sessionsDone: number;
  /** Step index at which each session happens. */
  readonly sessionSteps: Int32Array;

  readonly fields: FieldSet;
  readonly solver: DiffusionSolver;
  /** Field indices, resolved once. */
  readonly fChemokine: number;
  readonly fTgfBeta: number;
  readonly fTgfBeta3: number;
  readonly fPdgf: number;
  readonly fVegf: number;
  readonly fOxygen: number;
  readonly fTopical: number;

  readonly tissue: TissueState;
  readonly channels: ChannelStore;
  readonly matrix: MatrixState;
  readonly vessels: VesselState;
  readonly epidermis: EpidermisState;
  readonly skin: SkinResponse;
  readonly topical: TopicalState;
  /** Epidermal pigment per surface column, every condition (pigmentState.ts; rules in cells/melanin.ts). */
  readonly pigment: PigmentState;

  readonly agents: AgentStore;
  readonly hash: SpatialHash;
  /** Fibroblast-lineage density on a coarse grid (contact inhibition, pruning), recounted with the hash. */
  readonly fibroblastDensity: DensityGrid;
  /** Per-voxel scratch that systems leave zeroed (e.g. macrophage occupancy for efferocytosis). */
  readonly scratchVoxel: Float32Array;
  /** Resting fibroblasts (cells) per voxel: converts per-cell deposition into voxel matrix units. */
  readonly restingFibroblastsPerVoxel: number;
  /** Voxels of the viable epidermis and papillary dermis (where melanocytes meet inflammation). */
  readonly junctionVoxels: Int32Array;
  /** Voxels of the papillary dermis (capillary loops: redness). */
  readonly papillaryVoxels: Int32Array;
  readonly recruiter: Recruiter;
  readonly fibroblastMotility: MotilityRule;
  readonly myofibroblastMotility: MotilityRule;
  readonly neutrophilMotility: MotilityRule;
  readonly macrophageMotility: MotilityRule;

  readonly rngPlacement: Rng;
  readonly rngMotility: Rng;
  readonly rngImmune: Rng;

  /** The condition treated: its random stream and registered state arrays (conditions/conditionState.ts). */
  readonly condition: ConditionState;
  /** The condition's systems (conditions/index.ts), run by the Simulation, the schedule and observe.ts. */
  readonly conditionModule: ConditionModule;

  /** Metric time series (observe.ts samples them). */
  readonly series: MetricSeries;
  /** Every system and field at every step (accuracy reference for multi-rate stepping; never in the app). */
  readonly singleRate: boolean;
}

/** The outcome metrics a condition reports, by key (observe.ts zeroes them before each report). */
export type ConditionOutcomes = { [K in OutcomeMetricKey]: number };

/**
 * A condition (issue 17) as the engine runs it: a plain record of systems over the state, one per ConditionId
 * (conditions/index.ts). Declared here, beside SimState, because its functions take the state (a module of its own
 * would import this file and be imported by it). Every function is allocation-free except `build`.
 */
export interface ConditionModule {
  /**
   * Builds the condition's starting tissue over the normal one: after the normal tissue and resident fibroblasts
   * are made, before the spatial hash, the density count and the first session. Registers every array of state it
   * changes later with `sim.condition.register`, so checkpoints hold it; draws only from `sim.condition.rng`.
   */
  build(sim: SimState): void;
  /** The condition's own tissue processes, hourly in the fixed-step schedule (systems.ts, rule 'condition'). */
  step?(sim: SimState, dtH: number): void;
  /**
   * Writes the outcome metrics into `out` when the series is sampled (observe.ts). Every entry is 0 on entry: a
   * condition writes those that apply to it and leaves the others at 0.
   */
  outcomes(sim: SimState, out: ConditionOutcomes): void;
}

/** Model time of the latest session performed, h (0 before any). */
export function latestSessionH(sim: SimState): number {
  return sim.sessionsDone === 0 ? 0 : sim.sessionSteps[sim.sessionsDone - 1]! * sim.stepH;
}
