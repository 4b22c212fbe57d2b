/**
 * What each postMessage command does: plain functions over the app's stores and the running SimClient, the same
 * paths the UI takes (the playback store + the worker for play / pause, the scenario store for parameters, whose
 * change re-runs the model through useRunRequest), so the app's own controls always show what a host page did.
 *
 * Model-dependent commands first wait until the running model is the scenario in the store (`settledClient`): a
 * changed setting re-runs the model after a short debounce, and a seek or play sent right after setParams belongs
 * to the new run, not the old one.
 */
import { METRICS, isPresetId, PARAM_IDS, resolvePreset } from '../../workers/protocol';
import type { ParamId, ParamValue, Params } from '../../workers/protocol';
import { currentLocale } from '../i18n';
import type { SimClient } from '../sim/simClient';
import { usePlaybackStore } from '../state/playbackStore';
import { resolveSide, useScenarioStore } from '../state/scenarioStore';
import type { AppMode, Overrides, ScenarioState } from '../state/scenarioStore';
import { captureScenePng } from '../ui/share/scenePicture';
import { metricKeys } from '../ui/share/exportMetrics';
import type { MetricSeries } from '../ui/share/exportMetrics';
import { timelineEndH } from '../ui/timeline/timeScale';
import { CommandError } from './protocol';
import type { Command, SetStateArgs } from './protocol';

/** Version of getMetrics' result layout: the CLI's metrics contract (`npm run simulate -- --json`, version 1). */
export const METRICS_CONTRACT_VERSION = 1;
/** Latest model time setState accepts before a run is known, h: the same bound as a link's `t` (two years). */
const MAX_STATE_HOURS = 24 * 365 * 2;
/**
 * How long getState waits for the worker's clock, ms. A worker being replaced (a re-run) never answers calls that
 * were in flight when it was terminated; the last time seen is used instead.
 */
const STATUS_WAIT_MS = 2000;

/** The promise's value, or `fallback` if it has not settled within `ms` (or fails). */
export function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

/** What the commands need from the bridge. */
export interface CommandContext {
  /** The client on screen now, or null while the model (re)starts. */
  currentClient(): SimClient | null;
  /** The running client once it runs the store's scenario (waits while it re-runs); rejects with a CommandError. */
  settledClient(): Promise<SimClient>;
  /** The last model time and phase seen (for getState while no model runs), or null before the first. */
  lastStatus(): { hours: number; phase: string } | null;
}

/** The app's state as getState returns it (and `ready` carries). */
export interface EmbedState {
  /** Every parameter, resolved (preset + changes); null if the changes are invalid (cannot happen through the API). */
  params: Params | null;
  /** The parameters that differ from the preset. */
  overrides: Overrides;
  preset: string;
  seed: number;
  mode: AppMode;
  /** Model time, h after the first session (null before the model first ran). */
  hours: number | null;
  phase: string | null;
  /** Play intent (what the Play button shows; a re-run resumes with it). */
  playing: boolean;
  compare: ScenarioState['compare'];
  /** Model hours per second while playing. */
  speed: number;
  locale: string;
  /** True when the running model is the scenario above (false while it re-runs after a change). */
  ready: boolean;
}

/** Whether a client runs the scenario in the store (after a change, the old one runs until the new one starts). */
export function runsScenario(client: SimClient, s: ScenarioState = useScenarioStore.getState()): boolean {
  const wanted = resolveSide(s, 'a');
  // An invalid combination is never run: the previous run stays, and is the one to talk to.
  if (!wanted.ok) return true;
  return client.info.seed === s.seed && PARAM_IDS.every((id) => Object.is(client.info.params[id], wanted.params[id]));
}

export async function readState(ctx: CommandContext): Promise<EmbedState> {
  const s = useScenarioStore.getState();
  const resolved = resolveSide(s, 'a');
  const client = ctx.currentClient();
  let now = ctx.lastStatus();
  if (client) {
    const status = await within(client.api.status(), STATUS_WAIT_MS, null);
    if (status) now = { hours: status.timeH, phase: status.phase };
  }
  return {
    params: resolved.ok ? resolved.params : null,
    overrides: { ...s.overrides },
    preset: s.preset,
    seed: s.seed,
    mode: s.mode,
    hours: now?.hours ?? null,
    phase: now?.phase ?? null,
    playing: usePlaybackStore.getState().playing,
    compare: s.compare,
    speed: s.speed,
    locale: currentLocale(),
    ready: client !== null && runsScenario(client, s),
  };
}

async function setPlaying(ctx: CommandContext, playing: boolean) {
  const client = await ctx.settledClient();
  usePlaybackStore.getState().setPlaying(playing);
  await (playing ? client.api.play() : client.api.pause());
  const status = await client.api.status();
  return { playing, hours: status.timeH };
}

/** Latest model time the run's timeline reaches, h (the last session plus six months). */
function maxHours(client: SimClient): number {
  return timelineEndH(client.info.sessionTimesH);
}

function checkHours(client: SimClient, hours: number, cmd: string): void {
  const max = maxHours(client);
  if (hours > max) throw new CommandError(`${cmd}: args.hours must be from 0 to ${max} (the end of this run)`);
}

/** Seeks and resolves when the model has landed there (a far seek forwards simulates every step on the way). */
async function seek(ctx: CommandContext, hours: number) {
  const client = await ctx.settledClient();
  checkHours(client, hours, 'seek');
  const status = await client.api.seek(hours);
  return { hours: status.timeH, phase: status.phase };
}

/** Checks parameter values against the schema on top of a preset; the errors, or the resolved set. */
function resolveChecked(preset: string, overrides: Readonly<Record<string, unknown>>, cmd: string): Params {
  const r = resolvePreset(preset, overrides);
  if (!r.ok) throw new CommandError(`${cmd}: ${r.errors.map((e) => e.message).join('; ')}`);
  return r.params;
}

/** What decides the run (useRunRequest re-runs the model when it changes). */
function runKey(): string {
  const s = useScenarioStore.getState();
  return JSON.stringify([s.seed, s.preset, s.overrides]);
}

/**
 * Applies a scenario change and, when it re-runs the model, has the new run open at the model's own clock. The
 * app's controls re-run at the frame on screen (what the user is looking at), but a host page's seek that was just
 * answered may not be on screen yet, and a setParams right after it must keep the moment it sought.
 */
async function changeScenario(ctx: CommandContext, apply: () => void): Promise<void> {
  const client = ctx.currentClient();
  const status = client ? await within(client.api.status(), STATUS_WAIT_MS, null) : null;
  const before = runKey();
  apply();
  if (status && runKey() !== before) usePlaybackStore.getState().setNextRunAt(status.timeH);
}

/** All or nothing: every value is checked first; one bad value changes nothing. */
async function setParams(ctx: CommandContext, params: Record<string, unknown>) {
  const s = useScenarioStore.getState();
  const resolved = resolveChecked(s.preset, { ...s.overrides, ...params }, 'setParams');
  await changeScenario(ctx, () => {
    const store = useScenarioStore.getState();
    for (const [id, value] of Object.entries(params)) store.setParam(id as ParamId, value as ParamValue);
  });
  return { params: resolved, overrides: { ...useScenarioStore.getState().overrides } };
}

/** The whole state at once (validated as a whole first; see docs/embedding.md for what each field does). */
async function setState(ctx: CommandContext, args: SetStateArgs) {
  const s = useScenarioStore.getState();
  const preset = args.preset ?? s.preset;
  if (!isPresetId(preset)) throw new CommandError(`setState: args.preset "${preset}" is not a preset`);
  // Changes are relative to the preset: a new preset without params starts from it, as choosing it in the app does.
  const overrides = args.params ?? (preset === s.preset ? s.overrides : {});
  resolveChecked(preset, overrides, 'setState');
  if (args.hours !== undefined) {
    const client = ctx.currentClient();
    const max = client ? maxHours(client) : MAX_STATE_HOURS;
    if (args.hours > max) throw new CommandError(`setState: args.hours must be from 0 to ${max}`);
  }
  // The same rule as the panels: the changes keep only values that differ from the preset.
  const base = resolveChecked(preset, {}, 'setState');
  const changes: Overrides = {};
  for (const [id, value] of Object.entries(overrides)) {
    if (!Object.is(base[id as ParamId], value)) changes[id as ParamId] = value as ParamValue;
  }
  await changeScenario(ctx, () =>
    useScenarioStore.getState().load({
      preset,
      overrides: changes,
      seed: args.seed ?? s.seed,
      mode: args.mode ?? s.mode,
    }),
  );
  if (args.playing !== undefined) usePlaybackStore.getState().setPlaying(args.playing);
  const client = await ctx.settledClient();
  if (args.hours !== undefined) await client.api.seek(Math.min(args.hours, maxHours(client)));
  if (args.playing !== undefined) await (args.playing ? client.api.play() : client.api.pause());
  return readState(ctx);
}

/** The metric series so far, as the CLI writes them: { version, seed, preset, params, series } plus row info. */
async function getMetrics(ctx: CommandContext, since: number) {
  const client = await ctx.settledClient();
  const raw = (await client.api.metrics(since)) as MetricSeries;
  const series: Record<string, readonly (number | string)[]> = {};
  for (const key of metricKeys(raw)) series[key] = raw[key] ?? [];
  const units: Record<string, string> = {};
  for (const m of METRICS) if (Object.hasOwn(series, m.key)) units[m.key] = m.unit;
  return {
    version: METRICS_CONTRACT_VERSION,
    seed: client.info.seed,
    preset: useScenarioStore.getState().preset,
    params: client.info.params,
    since,
    rows: series.t_h?.length ?? 0,
    units,
    series,
  };
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error('The image could not be read.'));
    reader.readAsDataURL(blob);
  });
}

/** A PNG of the 3D view with the scenario footer (the Share menu's image), as a data URL. */
async function capture(ctx: CommandContext) {
  const client = await ctx.settledClient();
  const status = await client.api.status();
  let blob: Blob;
  try {
    // The Share menu's image: the same footer (scenario, model time and phase, the educational-model notice).
    blob = await captureScenePng({ timeH: status.timeH, phase: status.phase });
  } catch (error) {
    throw new CommandError(`capture: ${error instanceof Error ? error.message : String(error)}`);
  }
  const bitmap = await createImageBitmap(blob);
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return { dataUrl: await blobToDataUrl(blob), ...size, hours: status.timeH };
}

/** Runs one well-formed command; resolves with its result or rejects (a CommandError for a bad value). */
export async function runCommand(command: Command, ctx: CommandContext): Promise<unknown> {
  switch (command.cmd) {
    case 'play':
      return setPlaying(ctx, true);
    case 'pause':
      return setPlaying(ctx, false);
    case 'seek':
      return seek(ctx, command.args.hours);
    case 'setParams':
      return setParams(ctx, command.args.params);
    case 'getState':
      return readState(ctx);
    case 'setState':
      return setState(ctx, command.args);
    case 'getMetrics':
      return getMetrics(ctx, command.args.since ?? 0);
    case 'capture':
      return capture(ctx);
  }
}
