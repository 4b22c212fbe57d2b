/**
 * The worker's typed API, shared by `workers/sim.worker.ts` (which implements it) and `src/sim/` (which
 * calls it through Comlink). The main thread imports only this file from workers/, never engine runtime code.
 */
import type { Frame, FrameBuffers } from './engine/frame';
import type { CellExplanation, CellSignalField, CellSituation } from './engine/explainCell';
import type { LayerStack } from './engine/geometry';
import type { OverlayScale } from './model/fields';
import type { OverlayField } from './model/sceneLayout';
import type { Params } from './model/params';

/** One cell, explained (for the info panel when a user taps it): codes and numbers, worded on the main thread. */
export type CellReport = CellExplanation;
export type { CellSignalField, CellSituation };
export type { Frame, FrameBuffers, OverlayField, OverlayScale };
/**
 * The model's declarations, pure data and validation (no model state, nothing that runs a simulation): the
 * parameter schema (units, ranges, sources, evidence), the presets and the metrics contract. Panels, share links
 * and the evidence view are generated from the same tables the worker validates against.
 */
export {
  EVIDENCE_LEVELS,
  PARAM_BY_ID,
  PARAM_GROUPS,
  PARAM_IDS,
  PARAM_SCHEMA,
  defaultParams,
  getParamDef,
  isParamId,
  offeredOptions,
} from './model/params';
export {
  changedParams,
  formatAllowed,
  formatParamValue,
  parseParamValue,
  validateParams,
} from './model/paramValidation';
export type { EvidenceLevel, ParamDef, ParamGroup, ParamId, ParamSection, ParamValue, Params } from './model/params';
export type { ParamError } from './model/paramValidation';
export { PRESETS, PRESET_BY_ID, PRESET_IDS, isPresetId, resolvePreset } from './model/presets';
export type { PresetDef, PresetId } from './model/presets';
export { METRICS } from './model/metrics';
export { puncturesPerCm2PerPass } from './model/needleDensity';

/** Constants-only engine modules the main thread may use (no engine runtime code comes with them). */
export { CellKind } from './model/cellKinds';
export {
  CENSUS_KINDS,
  CENSUS_STATES,
  CHANNEL,
  CHANNEL_LUMEN_SAMPLES,
  CHANNEL_STRIDE,
  OVERLAY_FIELDS,
  SITE,
  SITE_STRIDE,
  SURFACE,
  SURFACE_STRIDE,
} from './model/sceneLayout';

/**
 * The ArrayBuffers to list as transferables when a frame (or a spare) crosses the thread boundary.
 * Lives here, not in the engine, because transfer is a protocol concern; the main thread may import it.
 */
export function frameTransferables(buffers: FrameBuffers): ArrayBuffer[] {
  return [
    buffers.positions.buffer as ArrayBuffer,
    buffers.kinds.buffer as ArrayBuffer,
    buffers.states.buffer as ArrayBuffer,
    buffers.headings.buffer as ArrayBuffer,
    buffers.ids.buffer as ArrayBuffer,
    buffers.sites.buffer as ArrayBuffer,
    buffers.channels.buffer as ArrayBuffer,
    buffers.slice.buffer as ArrayBuffer,
    buffers.surface.buffer as ArrayBuffer,
    buffers.census.buffer as ArrayBuffer,
  ];
}

export interface InitOptions {
  seed: number;
  /** Preset id (default 'reference'); `params` override it. Both are validated; errors name the parameter. */
  preset?: string;
  params?: Record<string, unknown>;
  /** Run the untreated control of these parameters: the same block, never needled (compare "vs untreated"). */
  untreated?: boolean;
}

export interface LayerBand {
  name: string;
  /** Mean depth of the layer's top and bottom below the surface, µm. */
  topUm: number;
  bottomUm: number;
}

export interface SimInfo {
  /** Fixed model step, hours. */
  dtH: number;
  /** Size of the simulated block, µm. */
  domainUm: { x: number; y: number; z: number };
  /** Agent capacity: frames carry arrays of this size. */
  capacity: number;
  /** Layer bands of the block (mean depths; rete ridges undulate the epidermis bottom). */
  layers: LayerBand[];
  /** Model times of the needling sessions, h. */
  sessionTimesH: number[];
  /** Voxel grid of the model (the overlay slice is nx × nz, x fastest). */
  grid: { nx: number; ny: number; nz: number; voxelUm: number };
  /** The body site's layer stack (µm), for drawing rete ridges, capillary loops and the plexus. */
  stack: SkinStackInfo;
  /** Tissue sample sites (frames carry the matrix and capillaries there; see engine/sceneLayout.ts). */
  sites: { count: number; positionsUm: Float32Array; layer: Uint8Array };
  /** Most channels a run can make (frames carry `channelCount` rows of CHANNEL_STRIDE). */
  channelCapacity: number;
  /** Fields the overlay slice can show, with their unit and colour-scale range. */
  overlays: OverlayInfo[];
  /** Treatment and patient facts the scene draws: device, needle length, Fitzpatrick skin type 1–6, quality tier. */
  device: 'pen' | 'roller' | 'stamp';
  needleLengthMm: number;
  skinType: number;
  quality: 'low' | 'medium' | 'high';
  /** Cell-kind names by code (workers/model/cellKinds.ts). */
  kindNames: string[];
  /** The model's rules (systems) in the order they run each step, with their cadence: the evidence panel's list. */
  rules: { name: string; description: string; everyHours: number }[];
  /** The run's resolved parameters (preset + changes, validated), its seed, and whether it is an untreated control. */
  params: Params;
  seed: number;
  untreated: boolean;
}

/** The engine's layer stack (geometry.ts LayerStack, µm), plus the site's label and the flat dermis bounds. */
export type SkinStackInfo = Omit<LayerStack, 'site' | 'label' | 'source'> & {
  siteLabel: string;
  papillaryBottomUm: number;
  dermisBottomUm: number;
};

export interface OverlayInfo {
  id: OverlayField;
  label: string;
  unit: string;
  /** Colour-scale range (values outside saturate) and whether it is logarithmic. */
  scale: OverlayScale;
}

/** What the frames show besides the model state (does not change the model). */
export interface ViewOptions {
  /** Field on the overlay slice, or null for none. */
  overlay: OverlayField | null;
  /** Position of the cut plane (and the overlay slice) along y, µm from the block's front face. */
  sliceYUm: number;
}

export interface SimStatus {
  playing: boolean;
  stepIndex: number;
  timeH: number;
  /** Model hours advanced per wall-clock second while playing. */
  speedHoursPerSecond: number;
  /** Healing phase now, read from the cell populations. */
  phase: string;
}

/** A checkpoint the worker holds for backward seeks. */
export interface CheckpointInfo {
  stepIndex: number;
  timeH: number;
  bytes: number;
}

export interface SimWorkerApi {
  init(options: InitOptions): SimInfo;
  /**
   * New parameters (validated by the schema; an error names each bad one and changes nothing). They RESTART the
   * run from t = 0 with the same seed (or `seed` if given): parameters shape the block, the needle pattern and the
   * session schedule, so they cannot change a run in mid-flight. Playback is paused; checkpoints are dropped.
   */
  setParams(params: Record<string, unknown>, seed?: number): SimInfo;
  /** Starts advancing model time at the current speed (in bounded batches, so commands stay responsive). */
  play(): void;
  pause(): void;
  /** Model hours per wall-clock second. Changes how many fixed steps run per second, never dt. */
  setSpeed(hoursPerSecond: number): void;
  /** Advances exactly one model step. */
  stepOnce(): SimStatus;
  /** Runs to the given model time in bounded batches, yielding between them; resolves when reached. */
  advanceTo(hours: number): Promise<SimStatus>;
  /**
   * Moves model time to `hours` (rounded down to a whole step). Forwards it simulates without drawing; backwards it
   * restores the nearest earlier checkpoint and re-simulates. Either way it lands on exactly the state a straight
   * run has at that step. Playback state is kept.
   */
  seek(hours: number): Promise<SimStatus>;
  /** The metric series from sample `sinceIndex` on (hourly rows; keys of the metrics contract plus `phase`). */
  metrics(sinceIndex: number): Record<string, number[] | string[]>;
  /** The checkpoints held for backward seeks (memory budget: checkpointStore.ts). */
  listCheckpoints(): CheckpointInfo[];
  status(): SimStatus;
  /**
   * Returns the latest state as a frame. Pass the buffers of a frame you no longer need (transferred),
   * so the worker can reuse them; pass null on the first calls. The returned buffers are transferred.
   * Returns null when nothing changed since the last frame returned (same run, step and view): the spare is kept
   * for a later frame, and the caller keeps showing the frame it has.
   */
  frame(spare: FrameBuffers | null): Frame | null;
  /** Chooses what frames carry for the view (overlay field, slice position). Does not touch the model. */
  setView(view: ViewOptions): void;
  /** Explains the cell with this stable id (from a frame's `ids`), or null if it no longer exists. */
  describeCell(id: number): CellReport | null;
  /** Test hook: whether the buffers of the last frame sent were detached on the sender's side. */
  lastSentFrameDetached(): boolean;
  dispose(): void;
}
