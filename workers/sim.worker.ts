/**
 * Comlink host: owns one Simulation, advances it in fixed steps, and answers frame requests.
 *
 * Responsiveness: while playing, the model runs in batches of at most BATCH_BUDGET_MS wall time and then
 * yields to the event loop, so commands (pause, frame, seek…) are answered within one batch.
 * Determinism: wall time only decides HOW MANY fixed steps run per batch, never their size; a frame shows
 * exactly the state a straight run has at its step index.
 */
import * as Comlink from 'comlink';
import { CELL_KINDS } from './model/cellKinds';
import { DEFAULT_SPEED_H_PER_S } from './model/playback';
import { explainCell } from './engine/explainCell';
import { allocateFrameBuffers, fitsShape, frameShape, writeFrame } from './engine/frame';
import type { Frame, FrameBuffers, FrameShape } from './engine/frame';
import { LAYER_NAMES } from './engine/geometry';
import { OVERLAY_SCALE } from './model/fields';
import { OVERLAY_FIELDS } from './model/sceneLayout';
import { SceneSampler } from './engine/sceneSampler';
import { resolvePreset } from './model/presets';
import { createSimulation, DT_H } from './engine/simulation';
import { SYSTEMS } from './engine/systems';
import type { Simulation } from './engine/simulation';
import { CheckpointStore } from './checkpointStore';
import { frameTransferables } from './protocol';
import type {
  CellReport,
  CheckpointInfo,
  InitOptions,
  SimInfo,
  SimStatus,
  SimWorkerApi,
  ViewOptions,
} from './protocol';

/** Longest stretch of stepping before yielding, ms. Keeps command latency well under the 50 ms target. */
const BATCH_BUDGET_MS = 8;
/**
 * Check the clock every this many steps. One: a step takes 0.3–3 ms (quiet months … the first days after a
 * session), so a coarser check let one chunk run 40 ms past the budget (measured with bench:app); reading the
 * clock costs well under a microsecond.
 */
const STEPS_PER_CLOCK_CHECK = 1;
/** A checkpoint is kept at every model day the simulation passes (thinned by the store's memory budget). */
const CHECKPOINT_EVERY_STEPS = Math.round(24 / DT_H);

let sim: Simulation | null = null;
let sampler: SceneSampler | null = null;
let shape: FrameShape | null = null;
/** The view options frames are written for (kept across setParams restarts). */
let view: ViewOptions = { overlay: null, sliceYUm: Number.NaN };
/**
 * An exception thrown by the model while playing (no command was waiting to receive it). Playback stops and every
 * later command rethrows it, so the UI's next frame request delivers it as an error; init() clears it.
 */
let fault: Error | null = null;
/** The options of the current run (setParams restarts from them). */
let current: InitOptions | null = null;
let playing = false;
let speed = DEFAULT_SPEED_H_PER_S;
/** Model time the playback clock has earned so far (may lead the model by less than one step). */
let playTargetH = 0;
let lastTickWall = 0;
let tickScheduled = false;
/** Buffers created when no spare came back (first frames, or after a capacity change). */
const looseBuffers: FrameBuffers[] = [];
let lastSent: FrameBuffers | null = null;
/** What the last frame sent showed: the simulation, its step and the view version (frame() answers null if same). */
let sentSim: Simulation | null = null;
let sentStep = -1;
let sentViewVersion = -1;
/** Bumped by setView (the overlay slice changes what a frame carries). */
let viewVersion = 0;
const checkpoints = new CheckpointStore();

function requireSim(): Simulation {
  if (fault) throw fault;
  if (!sim) throw new Error('The simulation is not initialised: call init() first.');
  return sim;
}

function status(): SimStatus {
  const s = requireSim();
  return { playing, stepIndex: s.stepIndex, timeH: s.timeH, speedHoursPerSecond: speed, phase: s.phase() };
}

/** Keeps a checkpoint at every CHECKPOINT_EVERY_STEPS boundary the run reaches. */
function checkpointIfDue(s: Simulation): void {
  if (s.stepIndex % CHECKPOINT_EVERY_STEPS === 0 && !checkpoints.has(s.stepIndex)) {
    checkpoints.add(s.stepIndex, s.timeH, s.checkpoint());
  }
}

/** Runs fixed steps toward `targetH` for at most one batch budget. Returns true when the target is reached. */
function runBatch(s: Simulation, targetH: number): boolean {
  const start = performance.now();
  for (;;) {
    // Never step across a checkpoint boundary inside one chunk, so every boundary is seen.
    const toBoundary = CHECKPOINT_EVERY_STEPS - (s.stepIndex % CHECKPOINT_EVERY_STEPS);
    const chunk = Math.min(STEPS_PER_CLOCK_CHECK, toBoundary);
    const taken = s.advanceTo(targetH, chunk);
    checkpointIfDue(s);
    if (taken < chunk) return true;
    if (performance.now() - start > BATCH_BUDGET_MS) return false;
  }
}

/** Runs to `hours` in bounded batches, yielding between them. Returns false if the simulation was replaced. */
async function runTo(s: Simulation, hours: number): Promise<boolean> {
  while (!runBatch(s, hours)) {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (sim !== s) return false; // re-initialised meanwhile
  }
  return true;
}

function checkHours(hours: number): void {
  if (!Number.isFinite(hours) || hours < 0) {
    throw new RangeError(`hours must be a finite number ≥ 0 (got ${String(hours)})`);
  }
}

function scheduleTick(): void {
  if (tickScheduled) return;
  tickScheduled = true;
  setTimeout(tick, 0);
}

function tick(): void {
  tickScheduled = false;
  if (!playing || !sim) return;
  const now = performance.now();
  // Cap the catch-up so a tab returning from the background does not stall the worker.
  const elapsedS = Math.min((now - lastTickWall) / 1000, 0.25);
  lastTickWall = now;
  // A device slower than the requested speed falls behind; do not let the debt grow without bound.
  const earned = Math.max(playTargetH, sim.timeH) + speed * elapsedS;
  playTargetH = Math.min(earned, sim.timeH + speed * 0.25);
  try {
    runBatch(sim, playTargetH);
  } catch (error) {
    playing = false;
    const message = error instanceof Error ? error.message : String(error);
    fault = new Error(`The model stopped at ${sim.timeH.toFixed(1)} h: ${message}`);
    return;
  }
  scheduleTick();
}

const api: SimWorkerApi = {
  init(options: InitOptions): SimInfo {
    if (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 0xffffffff) {
      throw new RangeError(`seed must be an integer in 0–4294967295 (got ${String(options.seed)})`);
    }
    const resolved = resolvePreset(options.preset ?? 'reference', options.params ?? {});
    if (!resolved.ok) throw new RangeError(resolved.errors.map((e) => e.message).join('; '));
    const untreated = options.untreated === true;
    current = {
      seed: options.seed,
      preset: options.preset ?? 'reference',
      params: { ...(options.params ?? {}) },
      untreated,
    };
    fault = null;
    sim = createSimulation(resolved.params, options.seed, { untreated });
    sampler = new SceneSampler(sim);
    sampler.setView(sim, view.overlay, view.sliceYUm);
    shape = frameShape(sim, sampler);
    playing = false;
    playTargetH = 0;
    looseBuffers.length = 0;
    sentSim = null;
    checkpoints.clear();
    checkpoints.add(0, 0, sim.checkpoint());
    const geo = sim.geometry;
    const s = geo.stack;
    const bounds = [
      0,
      s.stratumCorneumUm,
      s.stratumCorneumUm + s.epidermisUm,
      geo.papillaryBottomUm,
      geo.dermisBottomUm,
      geo.depthUm,
    ].map((v) => Math.min(v, geo.depthUm));
    return {
      dtH: DT_H,
      domainUm: { x: geo.widthUm, y: geo.widthUm, z: geo.depthUm },
      capacity: sim.agents.capacity,
      layers: LAYER_NAMES.map((name, k) => ({ name, topUm: bounds[k]!, bottomUm: bounds[k + 1]! })).filter(
        (l) => l.bottomUm > l.topUm,
      ),
      sessionTimesH: sim.sessionTimesH(),
      grid: { nx: geo.grid.nx, ny: geo.grid.ny, nz: geo.grid.nz, voxelUm: geo.grid.dxUm },
      stack: {
        siteLabel: s.label,
        stratumCorneumUm: s.stratumCorneumUm,
        epidermisUm: s.epidermisUm,
        papillaryDermisUm: s.papillaryDermisUm,
        reticularDermisUm: s.reticularDermisUm,
        reteAmplitudeUm: s.reteAmplitudeUm,
        reteWavelengthUm: s.reteWavelengthUm,
        capillaryLoopTipUm: s.capillaryLoopTipUm,
        subpapillaryPlexusUm: s.subpapillaryPlexusUm,
        papillaryBottomUm: geo.papillaryBottomUm,
        dermisBottomUm: geo.dermisBottomUm,
      },
      sites: {
        count: sampler.siteCount,
        positionsUm: sampler.sitePositions.slice(),
        layer: sampler.siteLayer.slice(),
      },
      channelCapacity: sim.channels.capacity,
      overlays: OVERLAY_FIELDS.map((id) => {
        const spec = sim!.fields.specs[sim!.fields.fieldIndex(id)]!;
        return { id, label: spec.label, unit: spec.unit, scale: OVERLAY_SCALE[id] };
      }),
      device: resolved.params.device,
      needleLengthMm: resolved.params.needle_length_mm,
      skinType: resolved.params.fitzpatrick,
      quality: resolved.params.quality,
      kindNames: CELL_KINDS.map((k) => k.name),
      params: resolved.params,
      seed: options.seed,
      untreated,
      rules: SYSTEMS.map((r) => ({ name: r.name, description: r.description, everyHours: r.everySteps * DT_H })),
    };
  },

  setParams(params: Record<string, unknown>, seed?: number): SimInfo {
    requireSim();
    const base = current!;
    // Validate before touching the running simulation: a bad value changes nothing.
    return api.init({
      seed: seed ?? base.seed,
      preset: base.preset ?? 'reference',
      params: { ...(base.params ?? {}), ...params },
      untreated: base.untreated,
    });
  },

  play(): void {
    requireSim();
    if (playing) return;
    playing = true;
    lastTickWall = performance.now();
    scheduleTick();
  },

  pause(): void {
    playing = false;
  },

  setSpeed(hoursPerSecond: number): void {
    if (!Number.isFinite(hoursPerSecond) || hoursPerSecond < 0 || hoursPerSecond > 24 * 365) {
      throw new RangeError(`speed must be 0–8760 model hours per second (got ${String(hoursPerSecond)})`);
    }
    speed = hoursPerSecond;
  },

  stepOnce(): SimStatus {
    requireSim().step();
    return status();
  },

  async advanceTo(hours: number): Promise<SimStatus> {
    checkHours(hours);
    await runTo(requireSim(), hours);
    return status();
  },

  async seek(hours: number): Promise<SimStatus> {
    checkHours(hours);
    const s = requireSim();
    const target = Math.floor(hours / DT_H + 1e-9);
    if (target < s.stepIndex) {
      const from = checkpoints.atOrBefore(target);
      if (!from) throw new Error('no checkpoint at or before the target (the store always keeps step 0)');
      s.restore(from.buffer);
    }
    await runTo(s, target * DT_H);
    playTargetH = s.timeH;
    return status();
  },

  metrics(sinceIndex: number): Record<string, number[] | string[]> {
    if (!Number.isInteger(sinceIndex) || sinceIndex < 0) {
      throw new RangeError(`sinceIndex must be an integer ≥ 0 (got ${String(sinceIndex)})`);
    }
    return requireSim().metrics(sinceIndex);
  },

  listCheckpoints(): CheckpointInfo[] {
    return checkpoints.list();
  },

  status,

  setView(next: ViewOptions): void {
    const s = requireSim();
    sampler!.setView(s, next.overlay, next.sliceYUm);
    view = { overlay: next.overlay, sliceYUm: sampler!.sliceYUm };
    viewVersion++;
  },

  describeCell(id: number): CellReport | null {
    if (!Number.isInteger(id) || id < 0) throw new RangeError(`cell id must be an integer ≥ 0 (got ${String(id)})`);
    return explainCell(requireSim(), id);
  },

  frame(spare: FrameBuffers | null): Frame | null {
    const s = requireSim();
    const usable = spare && fitsShape(spare, shape!) ? spare : null;
    // Nothing changed since the last frame (paused, or asked faster than the model steps): keep the spare for
    // later and answer null, so an idle view costs no copying, transfer or upload.
    if (sentStep === s.stepIndex && sentSim === s && sentViewVersion === viewVersion) {
      if (usable) looseBuffers.push(usable);
      return null;
    }
    let buffers = usable ?? looseBuffers.pop();
    if (!buffers) buffers = allocateFrameBuffers(shape!);
    const frame = writeFrame(s, buffers, sampler!);
    lastSent = buffers;
    sentStep = s.stepIndex;
    sentSim = s;
    sentViewVersion = viewVersion;
    return Comlink.transfer(frame, frameTransferables(buffers));
  },

  lastSentFrameDetached(): boolean {
    return (
      lastSent !== null &&
      lastSent.positions.byteLength === 0 &&
      lastSent.kinds.byteLength === 0 &&
      lastSent.states.byteLength === 0 &&
      lastSent.headings.byteLength === 0 &&
      lastSent.ids.byteLength === 0 &&
      lastSent.sites.byteLength === 0 &&
      lastSent.channels.byteLength === 0 &&
      lastSent.slice.byteLength === 0 &&
      lastSent.surface.byteLength === 0
    );
  },

  dispose(): void {
    playing = false;
    sim = null;
    sampler = null;
    checkpoints.clear();
    looseBuffers.length = 0;
    lastSent = null;
  },
};

Comlink.expose(api, self);
