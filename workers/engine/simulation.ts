/**
 * The simulation facade: owns the whole state and advances it in fixed model steps through an ordered list
 * of systems (plain functions over the state).
 *
 * Time: model time is `stepIndex × DT_H` — an integer counter times a fixed step, never an accumulated float
 * and never wall time — so the same parameters and seed give the same state at the same step however the
 * caller slices the work (frames, pauses, device speed).
 *
 * Systems are plain functions listed, in the order they run, in `SYSTEMS` (bottom of this file), each with
 * its own cadence (multi-rate stepping: fast processes every 6-min step, slow ones every 0.5, 1, 2 or 5 hours;
 * docs/performance.md); then housekeeping (spatial hash, locality sort, density counts) and metrics sampling
 * every SAMPLE_EVERY_H of model time (observe.ts).
 */
import { AgentStore, SpatialHash, voxelOf } from './agents';
import type { StateSection } from './checkpoint';
import { readCheckpoint, writeCheckpoint } from './checkpoint';
import { CellKind } from './cellKinds';
import { angiogenesisStep, VesselState } from './cells/angiogenesis';
import { fibroblastsStep } from './cells/fibroblasts';
import { EpidermisState, keratinocytesStep, openEpidermis } from './cells/keratinocytes';
import { MacrophageState, macrophagesStep } from './cells/macrophages';
import { pigmentStep } from './cells/melanocytes';
import { NeutrophilState, neutrophilsStep } from './cells/neutrophils';
import { plateletsStep, plugBleedingChannel } from './cells/platelets';
import { Recruiter } from './cells/recruitment';
import type { MotilityRule } from './cells/motility';
import { DensityGrid } from './density';
import { markTreatedZone, MatrixState, updateMatrix } from './matrix';
import { phaseNow, sampleMetrics } from './observe';
import { epidermalThicknessStep, erythemaStep, SkinResponse } from './skinResponse';
import { TopicalState, topicalStep } from './topical';
import { engineConfig } from './config';
import type { EngineConfig } from './config';
import { DiffusionSolver } from './diffusion';
import { FieldSet } from './fields';
import { buildGeometry, Layer } from './geometry';
import type { Geometry } from './geometry';
import { MetricSeries, PHASES, SAMPLE_EVERY_H } from './metrics';
import type { Phase } from './metrics';
import { ENGINE_METRICS } from './metricDefs';
import { ChannelStore, channelCapacity, maxChannelDepthUm, needleSession } from './needling';
import type { Params } from './params';
import { Rng, RngStream } from './rng';
import { injureChannel, SUBLETHAL_DAMAGE, TissueState } from './tissue';

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

export class Simulation {
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
  private readonly rngNeedling: Rng;
  readonly rngMotility: Rng;
  readonly rngImmune: Rng;
  readonly recruiter: Recruiter;
  /** Step index at which each session happens. */
  private readonly sessionSteps: Int32Array;
  readonly fChemokine: number;
  readonly fTgfBeta: number;
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
    this.fPdgf = this.fields.fieldIndex('pdgf');
    this.fVegf = this.fields.fieldIndex('vegf');
    this.fOxygen = this.fields.fieldIndex('oxygen');
    this.fTopical = this.fields.fieldIndex('topical');
    // The serum is placed directly into the field (topical.ts), never through sources; it starts empty.
    this.solver.fedBySources[this.fTopical] = 0;
    this.solver.dormant[this.fTopical] = 1;
    this.tissue = new TissueState(g.size);
    this.channels = new ChannelStore(channelCapacity(config.needling, this.geometry.widthUm, config.sessions));
    this.matrix = new MatrixState(this.geometry);
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
    this.series = new MetricSeries(ENGINE_METRICS);
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
    this.sections = this.stateSections();
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

  /** Model time of the latest session, h (0 before any). */
  latestSessionH(): number {
    return this.sessionsDone === 0 ? 0 : this.sessionSteps[this.sessionsDone - 1]! * DT_H;
  }

  /** Mean inflammatory signal in the viable epidermis and papillary dermis (melanocytes' surroundings). */
  junctionInflammation(): number {
    const c = this.fields.values[this.fChemokine]!;
    const idx = this.junctionVoxels;
    let sum = 0;
    for (let k = 0; k < idx.length; k++) sum += c[idx[k]!]!;
    return idx.length === 0 ? 0 : sum / idx.length;
  }

  /** Mean of inflammatory signal × capillary density over the papillary dermis (redness drive). */
  papillaryVasodilation(): number {
    const c = this.fields.values[this.fChemokine]!;
    const rho = this.vessels.density;
    const idx = this.papillaryVoxels;
    let sum = 0;
    for (let k = 0; k < idx.length; k++) sum += c[idx[k]!]! * rho[idx[k]!]!;
    return idx.length === 0 ? 0 : sum / idx.length;
  }

  /** Mean total collagen of the treated papillary dermis relative to before (all papillary dermis if none). */
  papillaryCollagen(): number {
    const m = this.matrix;
    const idx = this.papillaryVoxels;
    let sum = 0;
    let n = 0;
    let all = 0;
    for (let k = 0; k < idx.length; k++) {
      const i = idx[k]!;
      const t = m.collagenI[i]! + m.collagenIII[i]!;
      all += t;
      if (m.treatedZone[i] === 1) {
        sum += t;
        n++;
      }
    }
    if (n > 0) return sum / n;
    return idx.length === 0 ? 1 : all / idx.length;
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

  /** Every piece of mutable state, in a fixed order, for checkpoints. */
  private stateSections(): StateSection[] {
    const scalars = new Float64Array(11);
    const a = this.agents;
    const c = this.channels;
    const m = this.series;
    const sections: StateSection[] = [
      {
        name: 'scalars',
        array: scalars,
        used: () => {
          scalars[0] = this.stepIndex;
          scalars[1] = this.sessionsDone;
          scalars[2] = this.tissue.openedLumen;
          scalars[3] = a.nextId;
          scalars[4] = this.matrix.deposited;
          scalars[5] = this.matrix.degraded;
          scalars[6] = this.skin.erythema;
          scalars[7] = this.skin.melanocyteActivation;
          scalars[8] = this.epidermis.thickness;
          scalars[9] = this.topical.deliveredNlPerCm2;
          scalars[10] = this.topical.reachUm;
          return scalars.length;
        },
        setUsed: () => undefined,
      },
      { name: 'rng.placement', array: this.rngPlacement.state },
      { name: 'rng.needling', array: this.rngNeedling.state },
      { name: 'rng.motility', array: this.rngMotility.state },
      { name: 'rng.immune', array: this.rngImmune.state },
      { name: 'tissue.damage', array: this.tissue.damage, trimZeros: true },
      { name: 'tissue.lumen', array: this.tissue.lumen, trimZeros: true },
      { name: 'vessels.density', array: this.vessels.density },
      { name: 'density.cells', array: this.fibroblastDensity.cells },
      { name: 'solver.dormant', array: this.solver.dormant },
    ];
    const mx = this.matrix;
    for (const [name, arr] of Object.entries({
      collagenI: mx.collagenI,
      collagenIII: mx.collagenIII,
      elastin: mx.elastin,
      qxx: mx.qxx,
      qyy: mx.qyy,
      qzz: mx.qzz,
      qxy: mx.qxy,
      qxz: mx.qxz,
      qyz: mx.qyz,
      mmp: mx.mmp,
      treatedZone: mx.treatedZone,
    })) {
      sections.push({ name: `matrix.${name}`, array: arr, trimZeros: true });
    }
    // Fields and their pending sources (slow fields accumulate sources over several steps between solves).
    this.fields.values.forEach((v, f) =>
      sections.push({ name: `field.${this.fields.specs[f]!.id}`, array: v, trimZeros: true }),
    );
    this.fields.sources.forEach((v, f) =>
      sections.push({ name: `source.${this.fields.specs[f]!.id}`, array: v, trimZeros: true }),
    );
    // Uptake rates are set by the perfusion system (every 5 h) and used until its next run.
    this.fields.uptake.forEach((v, f) => {
      if (v !== null) sections.push({ name: `uptake.${this.fields.specs[f]!.id}`, array: v });
    });
    const agentCount = { used: () => a.count, setUsed: (n: number) => (a.count = n) };
    sections.push({ name: 'agents.id', array: a.id, ...agentCount });
    sections.push({ name: 'agents.kind', array: a.kind, ...agentCount });
    sections.push({ name: 'agents.state', array: a.state, ...agentCount });
    a.floatArrays.forEach((arr, k) => sections.push({ name: `agents.f${k}`, array: arr, ...agentCount }));
    const channelCount = { used: () => c.count, setUsed: (n: number) => (c.count = n) };
    for (const [name, arr] of Object.entries({
      x: c.x,
      y: c.y,
      depth: c.depthUm,
      rTop: c.surfaceRadiusUm,
      rTip: c.tipRadiusUm,
      madeAt: c.madeAtH,
      session: c.session,
      bleeding: c.bleeding,
      layer: c.deepestLayer,
    })) {
      sections.push({ name: `channels.${name}`, array: arr, ...channelCount });
    }
    const ep = this.epidermis;
    for (const [name, arr] of Object.entries({
      opening: ep.openingUm,
      front: ep.frontUm,
      coveredAt: ep.coveredAtH,
      barrier: ep.barrierDeficit,
      restored: ep.restored,
    })) {
      sections.push({ name: `epidermis.${name}`, array: arr, ...channelCount });
    }
    m.defs.forEach((d, k) =>
      sections.push({
        name: `metrics.${d.key}`,
        get array() {
          return m.storage().columns[k]!;
        },
        used: () => m.length,
        reserve: (n) => m.reserve(n),
        setUsed: (n) => (m.length = n),
      }),
    );
    sections.push({
      name: 'metrics.phase',
      get array() {
        return m.storage().phases;
      },
      used: () => m.length,
      reserve: (n) => m.reserve(n),
      setUsed: (n) => (m.length = n),
    });
    return sections;
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
    const scalars = this.sections[0]!.array as Float64Array;
    this.stepIndex = scalars[0]!;
    this.sessionsDone = scalars[1]!;
    this.tissue.openedLumen = scalars[2]!;
    this.agents.nextId = scalars[3]!;
    this.matrix.deposited = scalars[4]!;
    this.matrix.degraded = scalars[5]!;
    this.skin.erythema = scalars[6]!;
    this.skin.melanocyteActivation = scalars[7]!;
    this.epidermis.thickness = scalars[8]!;
    this.topical.deliveredNlPerCm2 = scalars[9]!;
    this.topical.reachUm = scalars[10]!;
    // Derived state. The "anything to do" flags are conservative after a restore (a pass over zeros changes
    // nothing); the hash only orders neighbour queries.
    this.tissue.anyDamage = true;
    this.tissue.anyLumen = true;
    this.vessels.atRest = false;
    this.agents.recount();
    this.matrix.invalidateAlignment();
    this.hash.build(this.agents);
  }
}

/** A system: a plain function over the simulation state, run every `everySteps` fixed steps. */
export interface System {
  name: string;
  /** What it does and why it sits where it does in the order. */
  description: string;
  /** Cadence in model steps (1 = every 6-min step, 10 = hourly); dt passed to `run` is everySteps × DT_H. */
  everySteps: number;
  run(sim: Simulation, dtH: number): void;
}

/**
 * The systems in the order they run each step. Order matters: needling first (a session injures the state the
 * previous step left), then the sources that read the tissue, then cells (which read fields and add sources and
 * sinks), then the field solver (which consumes the sources), then slow tissue processes.
 * Cadences: leukocytes (300–1,200 µm/h), platelets, keratinocytes and the serum every step; recruitment and
 * lumen closure and redness every half hour; the injury signal hourly; fibroblasts (≤ 10 µm/h, persistence
 * 1.2 h), pigment and epidermal thickness hourly; vessels (sprouting over days) every 2 h; perfusion and oxygen,
 * matrix degradation and maturation (half-times of days to months) every 5 h — deposition itself is immediate. docs/performance.md
 * records what each choice costs in accuracy.
 */
export const SYSTEMS: readonly System[] = [
  {
    name: 'injury',
    description:
      'damaged tissue releases the injury chemokine (source ∝ damage); sub-lethal damage (the crushed rim) recovers by itself; necrotic epidermis is shed',
    everySteps: 10,
    run: (sim, dtH) => {
      if (!sim.tissue.anyDamage) return;
      const damage = sim.tissue.damage;
      const layer = sim.geometry.layer;
      const src = sim.fields.sources[sim.fChemokine]!;
      // Sources are rates summed over the steps until the field's next solve: one per model step covered.
      const rate = sim.config.injuryChemokinePerH * (dtH / DT_H);
      const recover = Math.exp(-dtH / sim.config.sublethalRecoveryH);
      // Necrotic epidermis is not eaten but shed: the regenerating epidermis pushes it out (MENDs shed by
      // day 7, Laubach 2006), on the epidermal restoration time scale.
      const shed = Math.exp(-dtH / sim.config.keratinocyte.restorationTauH);
      let any = false;
      for (let i = 0; i < damage.length; i++) {
        const d = damage[i]!;
        if (d <= 0) continue;
        src[i]! += d * rate;
        if (d <= SUBLETHAL_DAMAGE || layer[i]! <= Layer.epidermis) {
          const next = d * (d <= SUBLETHAL_DAMAGE ? recover : shed);
          damage[i] = next < 1e-4 ? 0 : next;
        }
        any = true;
      }
      sim.tissue.anyDamage = any;
    },
  },
  {
    name: 'perfusion',
    description:
      'capillaries supply oxygen ∝ their density (source k·ρ, uptake k·ρ: relaxes toward normal pO₂ where perfused); fibroblasts consume it',
    everySteps: 50,
    run: (sim, dtH) => {
      const src = sim.fields.sources[sim.fOxygen]!;
      const uptake = sim.fields.uptake[sim.fOxygen]!;
      const supply = sim.config.oxygenSupplyPerH;
      const rho = sim.vessels.density;
      // Sources are rates summed over the field's steps until its next solve (one per step of this hour).
      const steps = dtH / DT_H;
      for (let i = 0; i < rho.length; i++) {
        const k = supply * rho[i]!;
        src[i]! += k * steps;
        uptake[i] = k;
      }
      const a = sim.agents;
      const g = sim.geometry.grid;
      const inv = 1 / g.dxUm;
      const use = sim.config.fibroblast.oxygenUptakePerH;
      for (let i = 0; i < a.count; i++) {
        const kind = a.kind[i];
        if (kind !== CellKind.fibroblast && kind !== CellKind.myofibroblast) continue;
        uptake[voxelOf(a, i, inv, g.nx, g.ny, g.nz)]! += use;
      }
    },
  },
  {
    name: 'recruitment',
    description:
      'neutrophils and monocytes leave perfused capillaries (dermis and fat) ∝ injury signal × capillary density (Poisson)',
    everySteps: 5,
    run: (sim, dtH) => {
      if (sim.solver.dormant[sim.fChemokine] === 1) return;
      const r = sim.recruiter;
      const cpa = sim.config.fibroblast.cellsPerAgent;
      r.prepare(sim.fields.values[sim.fChemokine]!, sim.vessels.density);
      r.recruit(
        sim.agents,
        CellKind.neutrophil,
        NeutrophilState.live,
        sim.geometry,
        sim.config.neutrophil.recruitmentPerH,
        cpa,
        dtH,
        sim.rngImmune,
      );
      r.recruit(
        sim.agents,
        CellKind.macrophage,
        MacrophageState.monocyte,
        sim.geometry,
        sim.config.macrophage.recruitmentPerH,
        cpa,
        dtH,
        sim.rngImmune,
      );
    },
  },
  {
    name: 'platelets',
    description: 'clot in bleeding channels: aggregation until bleeding stops, then PDGF and TGF-β release; resorption',
    everySteps: 1,
    run: plateletsStep,
  },
  {
    name: 'neutrophils',
    description: 'chemotaxis; debris phagocytosis; lumen infill; MMPs; apoptosis; lysis if uneaten',
    everySteps: 1,
    run: neutrophilsStep,
  },
  {
    name: 'macrophages',
    description:
      'monocyte → M1 maturation; chemotaxis; debris phagocytosis and efferocytosis; M1 → M2; M1 signal and MMPs, M2 growth factors',
    everySteps: 1,
    run: macrophagesStep,
  },
  {
    name: 'keratinocytes',
    description:
      'rings of basal keratinocytes crawl over channel openings; coverage, barrier recovery, epidermal restoration',
    everySteps: 1,
    run: keratinocytesStep,
  },
  {
    name: 'fibroblasts',
    description:
      'activation by PDGF + TGF-β; migration with contact guidance; division; collagen III then I; fibre rotation; myofibroblasts',
    everySteps: 10,
    run: fibroblastsStep,
  },
  {
    name: 'topical',
    description:
      'at application the serum film fills open channels to the mixing depth; PRP growth factors; depth reached',
    everySteps: 1,
    run: topicalStep,
  },
  {
    name: 'fields',
    description:
      'diffusion–decay of the fields on their own cadences, consuming the sources added above (LOD implicit)',
    everySteps: 1,
    run: (sim) => sim.solver.stepMultiRate(DT_H, sim.stepIndex),
  },
  {
    name: 'lumen',
    description:
      'open channel lumens close by elastic recoil, first order with the measured half-life (infill is added by cells)',
    everySteps: 5,
    run: (sim, dtH) => {
      if (!sim.tissue.anyLumen) return;
      const factor = Math.exp((-Math.LN2 * dtH) / sim.config.lumenHalfLifeH);
      const lumen = sim.tissue.lumen;
      let any = false;
      for (let i = 0; i < lumen.length; i++) {
        const l = lumen[i]!;
        if (l === 0) continue;
        const next = l * factor;
        lumen[i] = next < 1e-5 ? 0 : next;
        any = true;
      }
      sim.tissue.anyLumen = any;
    },
  },
  {
    name: 'erythema',
    description: 'redness follows papillary inflammatory signal × capillary density (fast rise, slow fade)',
    everySteps: 5,
    run: erythemaStep,
  },
  {
    name: 'angiogenesis',
    description: 'capillary density: VEGF-driven sprouting from neighbours, reconnection, pruning of the excess',
    everySteps: 20,
    run: angiogenesisStep,
  },
  {
    name: 'matrix',
    description: 'MMP degradation of collagen III and elastin, maturation III → I, slow turnover of excess collagen I',
    everySteps: 50,
    run: (sim, dtH) => updateMatrix(sim.matrix, sim.config.matrix, dtH),
  },
  {
    name: 'pigment',
    description: 'melanocyte activation builds with junctional inflammation × skin-type sensitivity and fades',
    everySteps: 10,
    run: pigmentStep,
  },
  {
    name: 'epidermal-thickness',
    description: 'viable epidermis follows papillary collagen gain over its turnover time',
    everySteps: 10,
    run: epidermalThicknessStep,
  },
];

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
}

export function createSimulation(params: Params, seed: number, options: SimulationOptions = {}): Simulation {
  return new Simulation(params, seed, options);
}
