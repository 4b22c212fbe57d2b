/**
 * The simulation facade: owns the whole state and advances it in fixed model steps through an ordered list
 * of systems (plain functions over the state).
 *
 * Time: model time is `stepIndex × DT_H` — an integer counter times a fixed step, never an accumulated float
 * and never wall time — so the same parameters and seed give the same state at the same step however the
 * caller slices the work (frames, pauses, device speed).
 *
 * Systems are plain functions listed, in the order they run, in `SYSTEMS` (bottom of this file):
 * sessions → injury → vessels → fibroblasts → fields → lumen; then housekeeping (spatial hash, locality sort)
 * and metrics sampling every SAMPLE_EVERY_H of model time.
 */
import { AgentStore, SpatialHash } from './agents';
import type { StateSection } from './checkpoint';
import { readCheckpoint, writeCheckpoint } from './checkpoint';
import { CellKind } from './cellKinds';
import { moveCells } from './cells/motility';
import { neutrophilPhagocytosisAndApoptosis } from './cells/neutrophils';
import { Recruiter } from './cells/recruitment';
import type { MotilityRule } from './cells/motility';
import { engineConfig } from './config';
import type { EngineConfig } from './config';
import { DiffusionSolver } from './diffusion';
import { FieldSet } from './fields';
import { writeFrame } from './frame';
import type { Frame, FrameBuffers } from './frame';
import { buildGeometry, Layer } from './geometry';
import type { Geometry } from './geometry';
import { MetricSeries, PHASES, SAMPLE_EVERY_H } from './metrics';
import { ENGINE_METRICS } from './metricDefs';
import { ChannelStore, channelCapacity, needleSession } from './needling';
import type { Params } from './params';
import { Rng, RngStream } from './rng';
import { channelPatency, injureChannel, TissueState } from './tissue';

/**
 * Fixed model step, h. 6 min: a fibroblast (≤ 10 µm/h) moves ≤ 1 µm per step, a neutrophil (≤ 20 µm/min,
 * EVIDENCE §4a) ≤ 120 µm — still within a few voxels, so chemotaxis reads a local gradient. The diffusion solver
 * is unconditionally stable, so dt follows the biology, not the fastest diffusion.
 */
export const DT_H = 0.1;
const STEPS_PER_SAMPLE = Math.round(SAMPLE_EVERY_H / DT_H);
/** Rebuild the spatial hash and re-sort agents by bin every this many steps (agents move < 1 bin meanwhile). */
const SORT_EVERY_STEPS = 10;
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

  readonly solver: DiffusionSolver;
  private readonly rngPlacement: Rng;
  private readonly rngNeedling: Rng;
  readonly rngMotility: Rng;
  readonly rngImmune: Rng;
  readonly recruiter: Recruiter;
  /** Step index at which each session happens. */
  private readonly sessionSteps: Int32Array;
  readonly fChemokine: number;
  readonly fOxygen: number;
  private readonly sections: StateSection[];
  readonly fibroblastMotility: MotilityRule;
  readonly neutrophilMotility: MotilityRule;

  /** `params` must be validated (validateParams / resolvePreset); the engine does not clamp. */
  constructor(params: Params, seed: number) {
    const config = engineConfig(params);
    this.params = params;
    this.config = config;
    this.seed = seed >>> 0;
    this.geometry = buildGeometry(config.site, config.widthUm, config.quality);
    const g = this.geometry.grid;
    this.fields = new FieldSet(g, config.fields, { diffusivityMultiplier: true, uptakeFieldIds: ['oxygen'] });
    this.fields.diffusivityMultiplier!.set(this.geometry.diffusivity);
    this.fields.markDiffusivityChanged();
    this.solver = new DiffusionSolver(this.fields);
    this.fChemokine = this.fields.fieldIndex('chemokine');
    this.fOxygen = this.fields.fieldIndex('oxygen');
    this.tissue = new TissueState(g.size);
    this.channels = new ChannelStore(channelCapacity(config.needling, this.geometry.widthUm, config.sessions));
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
    // Neutrophils leave dermal capillaries and may enter the channel up to the stratum corneum.
    this.neutrophilMotility = {
      ...config.neutrophil.motility,
      minDepthUm: this.geometry.stack.stratumCorneumUm,
      maxDepthUm: Math.min(this.geometry.dermisBottomUm, this.geometry.depthUm - 1),
    };
    this.initialiseTissue(residents);
    this.sections = this.stateSections();
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
    // Resident fibroblasts, uniform through the dermis (papillary dermis is denser: EVIDENCE §1c).
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
    this.hash.build(this.agents);
    this.hash.sortAgents(this.agents);
  }

  /** Advances one fixed model step. Allocates nothing. */
  /** Advances one fixed model step: runs every system in SYSTEMS order. Allocates nothing. */
  step(): void {
    for (let k = 0; k < SYSTEMS.length; k++) SYSTEMS[k]!.run(this, DT_H);
    this.stepIndex++;
    // Housekeeping after the step: locality sort and metrics sampling, on step counts (model time only).
    if (this.stepIndex % SORT_EVERY_STEPS === 0) {
      this.hash.build(this.agents);
      this.hash.sortAgents(this.agents);
    }
    if (this.stepIndex % STEPS_PER_SAMPLE === 0) this.sample();
  }

  /** Performs every session scheduled at the current step (system "sessions"). */
  runDueSessions(): void {
    while (this.sessionsDone < this.config.sessions && this.sessionSteps[this.sessionsDone] === this.stepIndex) {
      this.performSession(this.sessionsDone++);
    }
  }

  private performSession(session: number): void {
    const c0 = this.channels.count;
    needleSession(this.channels, this.geometry, this.config.needling, session, this.timeH, this.rngNeedling);
    let opened = 0;
    for (let c = c0; c < this.channels.count; c++)
      opened += injureChannel(this.tissue, this.geometry, this.channels, c);
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

  /** Records one metrics sample for the current time. */
  private sample(): void {
    const m = this.series;
    const row = m.beginSample(this.phaseCode());
    const areaMm2 = (this.geometry.widthUm * this.geometry.widthUm) / 1e6;
    let fibroblasts = 0;
    let neutrophils = 0;
    for (let i = 0; i < this.agents.count; i++) {
      const kind = this.agents.kind[i];
      if (kind === CellKind.fibroblast) fibroblasts++;
      else if (kind === CellKind.neutrophil) neutrophils++;
    }
    const perMm2 = this.config.fibroblast.cellsPerAgent / areaMm2;
    m.set(row, m.column('t_h'), this.timeH);
    m.set(row, m.column('neutrophils'), neutrophils * perMm2);
    m.set(row, m.column('fibroblasts'), fibroblasts * perMm2);
    m.set(row, m.column('channel_patency'), this.sessionsDone > 0 ? channelPatency(this.tissue) : 0);
    m.set(row, m.column('channels_per_mm2'), this.channels.count / areaMm2);
    m.set(row, m.column('sessions_done'), this.sessionsDone);
  }

  /**
   * Current phase. ENGINE-CORE PLACEHOLDER: the clinical time windows after the latest session (EVIDENCE §3b:
   * haemostasis minutes, inflammation to ~72 h, proliferation to ~3 weeks, then remodeling). The biology issue
   * replaces this with a classifier over the cell populations, so phases emerge from the model.
   */
  private phaseCode(): number {
    if (this.sessionsDone === 0) return PHASES.indexOf('baseline');
    const since = this.timeH - this.sessionSteps[this.sessionsDone - 1]! * DT_H;
    if (since < 1) return PHASES.indexOf('hemostasis');
    if (since < 72) return PHASES.indexOf('inflammation');
    if (since < 21 * 24) return PHASES.indexOf('proliferation');
    return PHASES.indexOf('remodeling');
  }

  /** Every piece of mutable state, in a fixed order, for checkpoints. */
  private stateSections(): StateSection[] {
    const scalars = new Float64Array(4);
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
          return scalars.length;
        },
        setUsed: () => undefined,
      },
      { name: 'rng.placement', array: this.rngPlacement.state },
      { name: 'rng.needling', array: this.rngNeedling.state },
      { name: 'rng.motility', array: this.rngMotility.state },
      { name: 'rng.immune', array: this.rngImmune.state },
      { name: 'tissue.damage', array: this.tissue.damage },
      { name: 'tissue.lumen', array: this.tissue.lumen },
    ];
    this.fields.values.forEach((v, f) => sections.push({ name: `field.${this.fields.specs[f]!.id}`, array: v }));
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

  /** What the renderer needs, written into the caller's reusable buffers (see frame.ts). */
  frame(buffers: FrameBuffers): Frame {
    return writeFrame(this, buffers);
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
    // Derived state: fields' pending sources are consumed within a step, so they are zero between steps.
    this.hash.build(this.agents);
  }
}

/** Damage at or below this is sub-lethal (crushed rim): it recovers without phagocytosis. */
const SUBLETHAL_DAMAGE = 0.5;

/** A system: a plain function over the simulation state, run once per fixed step. */
export interface System {
  name: string;
  /** What it does and why it sits where it does in the order. */
  description: string;
  run(sim: Simulation, dtH: number): void;
}

/**
 * The systems in the order they run each step. Order matters: needling first (a session injures the state the
 * previous step left), then the sources that read the tissue, then cells (which read fields and add sources and
 * sinks), then the field solver (which consumes the sources), then slow tissue processes.
 * The biology inserts its cell rules between "vessels" and "fields".
 */
export const SYSTEMS: readonly System[] = [
  {
    name: 'sessions',
    description: 'needling at scheduled session times: channels, open lumen, damage, bleeding',
    run: (sim) => sim.runDueSessions(),
  },
  {
    name: 'injury',
    description:
      'damaged tissue releases the injury chemokine (source ∝ damage); sub-lethal damage (the crushed rim) recovers by itself',
    run: (sim, dtH) => {
      const damage = sim.tissue.damage;
      const src = sim.fields.sources[sim.fChemokine]!;
      const rate = sim.config.injuryChemokinePerH;
      const recover = Math.exp(-dtH / sim.config.sublethalRecoveryH);
      for (let i = 0; i < damage.length; i++) {
        const d = damage[i]!;
        if (d <= 0) continue;
        src[i]! += d * rate;
        if (d <= SUBLETHAL_DAMAGE) damage[i] = d * recover;
      }
    },
  },
  {
    name: 'vessels',
    description: 'perfused dermis relaxes oxygen toward normal (source k·1 and uptake k); open lumens are unperfused',
    run: (sim) => {
      const src = sim.fields.sources[sim.fOxygen]!;
      const uptake = sim.fields.uptake[sim.fOxygen]!;
      const supply = sim.config.oxygenSupplyPerH;
      const layer = sim.geometry.layer;
      const lumen = sim.tissue.lumen;
      for (let i = 0; i < layer.length; i++) {
        const perfused = layer[i]! >= Layer.papillaryDermis && lumen[i]! < 0.5 ? supply : 0;
        src[i]! += perfused;
        uptake[i] = perfused;
      }
    },
  },
  {
    name: 'neutrophils',
    description:
      'recruitment from perfused dermis ∝ injury signal; fast chemotaxis; debris phagocytosis; apoptosis (1/lifespan)',
    run: (sim, dtH) => {
      const n = sim.config.neutrophil;
      sim.recruiter.recruit(
        sim.agents,
        CellKind.neutrophil,
        sim.geometry,
        sim.fields.values[sim.fChemokine]!,
        sim.tissue.lumen,
        n.recruitmentPerH,
        sim.config.fibroblast.cellsPerAgent,
        dtH,
        sim.rngImmune,
      );
      moveCells(
        sim.agents,
        sim.neutrophilMotility,
        sim.geometry.grid,
        sim.geometry.widthUm,
        sim.fields.values[sim.fChemokine]!,
        null,
        0,
        dtH,
        sim.rngImmune,
      );
      neutrophilPhagocytosisAndApoptosis(
        sim.agents,
        sim.geometry.grid,
        sim.tissue.damage,
        n.debrisClearancePerH,
        n.lifespanH,
        dtH,
        sim.rngImmune,
      );
    },
  },
  {
    name: 'fibroblasts',
    description: 'resident fibroblasts: persistent random walk + chemotaxis up the injury signal; oxygen uptake',
    run: (sim, dtH) =>
      moveCells(
        sim.agents,
        sim.fibroblastMotility,
        sim.geometry.grid,
        sim.geometry.widthUm,
        sim.fields.values[sim.fChemokine]!,
        sim.fields.uptake[sim.fOxygen]!,
        sim.config.fibroblast.oxygenUptakePerH,
        dtH,
        sim.rngMotility,
      ),
  },
  {
    name: 'fields',
    description: 'diffusion–decay of every field, consuming the sources added above (LOD implicit, stable)',
    run: (sim, dtH) => sim.solver.step(dtH),
  },
  {
    name: 'lumen',
    description: 'open channel lumens close, first order with the measured half-life',
    run: (sim, dtH) => {
      const factor = Math.exp((-Math.LN2 * dtH) / sim.config.lumenHalfLifeH);
      const lumen = sim.tissue.lumen;
      for (let i = 0; i < lumen.length; i++) lumen[i]! *= factor;
    },
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

export function createSimulation(params: Params, seed: number): Simulation {
  return new Simulation(params, seed);
}
