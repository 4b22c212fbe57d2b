/**
 * The real Comlink worker protocol, in-process (@vitest/web-worker runs workers/sim.worker.ts with native
 * structured clone, so transfers really detach buffers).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { allocateFrameBuffers, frameShape, writeFrame } from '../../workers/engine/frame';
import { frameDigest } from '../../src/sim/frameDigest';
import { SceneSampler } from '../../workers/engine/sceneSampler';
import { resolvePreset } from '../../workers/model/presets';
import { createSimulation } from '../../workers/engine/simulation';
import type { Frame } from '../../workers/protocol';
import { createSimClient, reuseSimClient } from '../../src/sim/simClient';
import type { SimClient } from '../../src/sim/simClient';

/** A small, fast block (600 µm, low tier) so the protocol tests run in well under a second each. */
const SMALL = { block_width_um: 600, quality: 'low' };
const OPTIONS = { seed: 20261121, preset: 'reference', params: SMALL };
const clients: SimClient[] = [];

async function start(options = OPTIONS): Promise<SimClient> {
  const worker = new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module' });
  const client = await createSimClient(
    options,
    (e) => {
      throw e;
    },
    worker,
  );
  clients.push(client);
  return client;
}

afterEach(() => {
  while (clients.length) clients.pop()!.dispose();
});

/** The state a straight, in-process run has at each step, for comparing streamed frames against. */
function referenceRun(options: typeof OPTIONS = OPTIONS) {
  const resolved = resolvePreset(options.preset, options.params);
  if (!resolved.ok) throw new Error('bad test params');
  const sim = createSimulation(resolved.params, options.seed);
  const sampler = new SceneSampler(sim);
  const buffers = allocateFrameBuffers(frameShape(sim, sampler));
  return (stepIndex: number): Frame => {
    while (sim.stepIndex < stepIndex) sim.step();
    if (sim.stepIndex !== stepIndex) throw new Error('reference asked to go back');
    const f = writeFrame(sim, buffers, sampler);
    return {
      ...f,
      positions: f.positions.slice(),
      kinds: f.kinds.slice(),
      states: f.states.slice(),
      headings: f.headings.slice(),
      ids: f.ids.slice(),
      sites: f.sites.slice(),
      channels: f.channels.slice(),
      surface: f.surface.slice(),
    };
  };
}

function sameState(a: Frame, b: Frame): boolean {
  if (a.count !== b.count || a.stepIndex !== b.stepIndex) return false;
  for (let i = 0; i < a.count * 3; i++) if (a.positions[i] !== b.positions[i]) return false;
  for (let i = 0; i < a.count; i++) {
    if (a.kinds[i] !== b.kinds[i] || a.states[i] !== b.states[i] || a.ids[i] !== b.ids[i]) return false;
  }
  for (let i = 0; i < a.count * 3; i++) if (a.headings[i] !== b.headings[i]) return false;
  // The tissue the scene draws: matrix and vessels at the sites, the channels, the surface.
  return frameDigest(a) === frameDigest(b);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs the model to `hours` while pulling frames with the given gap; returns every frame received. */
async function runWhilePulling(client: SimClient, hours: number, gapMs: number): Promise<Frame[]> {
  const seen: Frame[] = [];
  let done = false;
  const run = client.api.advanceTo(hours).then(() => {
    done = true;
  });
  while (!done) {
    const request = client.frames.pull();
    if (request) {
      const frame = await request;
      if (frame) seen.push(copyFrame(frame)); // null: unchanged since the last one
    }
    // Always yield a macrotask: @vitest/web-worker runs the worker on this thread, where a loop of
    // microtask-only awaits would starve the worker's setTimeout-driven batches (a real Worker has its own).
    await sleep(gapMs);
  }
  await run;
  await client.frames.pull();
  const last = client.frames.latest!;
  if (seen.at(-1)?.stepIndex !== last.stepIndex) seen.push(copyFrame(last));
  return seen;
}

/** A frame's live part, copied (the stream hands its buffers back to the worker on the next pull). */
function copyFrame(f: Frame): Frame {
  return {
    ...f,
    positions: f.positions.slice(0, f.count * 3),
    kinds: f.kinds.slice(0, f.count),
    states: f.states.slice(0, f.count),
    headings: f.headings.slice(0, f.count * 3),
    ids: f.ids.slice(0, f.count),
    sites: f.sites.slice(),
    channels: f.channels.slice(),
    slice: f.slice.slice(),
    surface: f.surface.slice(),
  };
}

describe('sim.worker protocol', () => {
  it('initialises and streams frames that show exactly the straight-run state at their step', async () => {
    const client = await start();
    expect(client.info.capacity).toBeGreaterThan(1000);
    expect(client.info.layers.map((l) => l.name)).toContain('papillary dermis');
    expect(client.info.sessionTimesH).toEqual([0]);
    const frames = await runWhilePulling(client, 12, 0);
    expect(frames.length).toBeGreaterThan(2);
    const reference = referenceRun();
    let previous = -1;
    for (const f of frames) {
      expect(f.stepIndex).toBeGreaterThanOrEqual(previous);
      previous = f.stepIndex;
      expect(sameState(f, reference(f.stepIndex))).toBe(true);
    }
    expect(frames.at(-1)!.stepIndex).toBe(120);
  });

  it('transfers buffers both ways: the sender’s copy is detached, and the worker reuses the spare', async () => {
    const client = await start();
    const first = (await client.frames.pull())!;
    const bytes = client.info.capacity * 3 * 4;
    expect(first.positions.byteLength).toBe(bytes);
    expect(await client.api.lastSentFrameDetached()).toBe(true);

    await client.api.stepOnce();
    const second = (await client.frames.pull())!;
    expect(second.positions.buffer).not.toBe(first.positions.buffer);
    // Third pull hands `first`'s buffers back to the worker: they must be detached here.
    await client.api.stepOnce();
    const third = (await client.frames.pull())!;
    expect(first.positions.byteLength).toBe(0);
    expect(first.kinds.byteLength).toBe(0);
    expect(third.positions.byteLength).toBe(bytes);
    expect(await client.api.lastSentFrameDetached()).toBe(true);
  });

  it('answers null while nothing changed, keeps the spare it was given, and uses it for the next frame', async () => {
    const client = await start();
    const first = (await client.frames.pull())!;
    await client.api.stepOnce();
    const second = (await client.frames.pull())!;
    // Paused: the next pull hands `first`'s buffers over and gets null back; the stream keeps showing `second`.
    expect(await client.frames.pull()).toBeNull();
    expect(first.positions.byteLength).toBe(0);
    expect(client.frames.latest).toBe(second);
    expect(client.frames.received).toBe(2);
    // The model moves on: a frame arrives again, in the buffers the worker kept (no new allocation needed).
    await client.api.stepOnce();
    const third = (await client.frames.pull())!;
    expect(third.stepIndex).toBe(second.stepIndex + 1);
    expect(third.positions.byteLength).toBe(client.info.capacity * 3 * 4);
    expect(sameState(third, referenceRun()(third.stepIndex))).toBe(true);
  });

  it('keeps one request in flight: pulling again before a frame arrives makes no second request', async () => {
    const client = await start();
    const a = client.frames.pull();
    expect(a).not.toBeNull();
    expect(client.frames.pull()).toBeNull();
    await a;
    expect(client.frames.inFlight).toBe(false);
  });

  it('gives identical results for the same seed whatever the frame-request rate', async () => {
    const options = { seed: 77, preset: 'reference', params: SMALL };
    const fast = await start(options);
    const slow = await start(options);
    const none = await start(options);
    const [framesFast, framesSlow] = await Promise.all([runWhilePulling(fast, 24, 0), runWhilePulling(slow, 24, 25)]);
    await none.api.advanceTo(24);
    const finalNone = (await none.frames.pull())!;
    // The two streams really sampled the run differently…
    expect(framesFast.length).toBeGreaterThanOrEqual(5);
    expect(framesFast.map((f) => f.stepIndex)).not.toEqual(framesSlow.map((f) => f.stepIndex));
    // …and every frame of either still shows the straight-run state at its step, ending at the same state.
    const reference = referenceRun(options);
    const all = [...framesFast, ...framesSlow].sort((a, b) => a.stepIndex - b.stepIndex);
    for (const f of all) expect(sameState(f, reference(f.stepIndex))).toBe(true);
    const endFast = framesFast.at(-1)!;
    expect(endFast.stepIndex).toBe(240);
    expect(sameState(endFast, framesSlow.at(-1)!)).toBe(true);
    expect(sameState(endFast, finalNone)).toBe(true);
  });

  it('plays and pauses on command; the paused state is a straight-run state', async () => {
    const client = await start();
    await client.api.setSpeed(500);
    await client.api.play();
    await sleep(60);
    await client.api.pause();
    const status = await client.api.status();
    expect(status.playing).toBe(false);
    expect(status.stepIndex).toBeGreaterThan(0);
    await sleep(20);
    expect((await client.api.status()).stepIndex).toBe(status.stepIndex);
    const f = (await client.frames.pull())!;
    expect(sameState(f, referenceRun()(status.stepIndex))).toBe(true);
  });

  it('rejects bad commands with a message that names the value and the allowed range', async () => {
    const client = await start();
    await expect(client.api.setSpeed(Number.NaN)).rejects.toThrow(/speed must be 0–8760/);
    await expect(client.api.advanceTo(-1)).rejects.toThrow(/hours must be a finite number ≥ 0 \(got -1\)/);
    await expect(client.api.init({ seed: 1.5 })).rejects.toThrow(/seed must be an integer/);
    await expect(client.api.init({ seed: 1, params: { needle_length_mm: 3 } })).rejects.toThrow(
      /needle_length_mm = 3 is out of range: allowed 0.25–2.5 mm/,
    );
    await expect(client.api.init({ seed: 1, preset: 'nope' })).rejects.toThrow(/nope/);
  });
});

describe('seek and checkpoints', () => {
  /** The straight run's metrics up to `hours`, as JSON. */
  function straightMetrics(hours: number): string {
    const resolved = resolvePreset(OPTIONS.preset, OPTIONS.params);
    if (!resolved.ok) throw new Error('bad test params');
    const sim = createSimulation(resolved.params, OPTIONS.seed);
    sim.advanceTo(hours);
    return JSON.stringify(sim.metrics());
  }

  it('seeks forward, back and forward again to exactly the states of a straight run', async () => {
    const client = await start();
    let status = await client.api.seek(50.05);
    expect(status.stepIndex).toBe(500);
    expect(JSON.stringify(await client.api.metrics(0))).toBe(straightMetrics(50));
    // Back to 6 h: before the day-1 checkpoint (step 240), so it restores step 0 and re-simulates.
    status = await client.api.seek(6);
    expect(status.stepIndex).toBe(60);
    expect(JSON.stringify(await client.api.metrics(0))).toBe(straightMetrics(6));
    const steps = (await client.api.listCheckpoints()).map((c) => c.stepIndex);
    expect(steps).toEqual([0, 240, 480]);
    // Back to a time after a checkpoint, then forward past where it was.
    await client.api.seek(30);
    status = await client.api.seek(72);
    expect(status.stepIndex).toBe(720);
    expect(status.phase).toBe('proliferation');
    const frame = (await client.frames.pull())!;
    const reference = referenceRun()(720);
    expect(sameState(frame, reference)).toBe(true);
    expect(JSON.stringify(await client.api.metrics(0))).toBe(straightMetrics(72));
    // Only new rows when asked from an index.
    const tail = await client.api.metrics(70);
    expect(tail.t_h).toEqual([70, 71, 72]);
  });

  it('refuses a bad seek time or metrics index with a message', async () => {
    const client = await start();
    await expect(client.api.seek(-1)).rejects.toThrow(/hours must be a finite number/);
    await expect(client.api.metrics(-2)).rejects.toThrow(/sinceIndex/);
  });
});

describe('setParams', () => {
  it('restarts from t = 0 with validated parameters, and changes nothing when a value is bad', async () => {
    const client = await start();
    await client.api.seek(5);
    await expect(client.api.setParams({ needle_length_mm: 9 })).rejects.toThrow(/needle_length_mm/);
    expect((await client.api.status()).stepIndex).toBe(50); // the bad call left the run alone
    const info = await client.api.setParams({ needle_length_mm: 0.5, sessions: 2, interval_days: 3 });
    expect(info.sessionTimesH).toEqual([0, 72]);
    const status = await client.api.status();
    expect(status.stepIndex).toBe(0);
    expect(status.playing).toBe(false);
    expect((await client.api.listCheckpoints()).map((c) => c.stepIndex)).toEqual([0]);
    // The same result as a fresh run with those parameters.
    await client.api.seek(12);
    const resolved = resolvePreset('reference', { ...SMALL, needle_length_mm: 0.5, sessions: 2, interval_days: 3 });
    if (!resolved.ok) throw new Error('bad test params');
    const sim = createSimulation(resolved.params, OPTIONS.seed);
    sim.advanceTo(12);
    expect(JSON.stringify(await client.api.metrics(0))).toBe(JSON.stringify(sim.metrics()));
  });

  it('hands a worker over to the next run: the new parameters give exactly a fresh run, the old client lets go', async () => {
    const first = await start();
    await first.api.seek(6);
    const link = first.handOver()!;
    expect(link).not.toBeNull();
    expect(first.healthy).toBe(false);
    expect(first.handOver()).toBeNull();
    first.dispose(); // does nothing: the worker is the next run's
    const changed = { ...SMALL, needle_length_mm: 0.5 };
    const resolved = resolvePreset('reference', changed);
    if (!resolved.ok) throw new Error('bad test params');
    const reused = await reuseSimClient(link, resolved.params, 7, (e) => {
      throw e;
    });
    clients.push(reused);
    expect(reused.info.seed).toBe(7);
    expect(reused.info.params).toEqual(resolved.params);
    await reused.api.seek(12);
    const fresh = await start({ seed: 7, preset: 'reference', params: changed });
    await fresh.api.seek(12);
    expect(JSON.stringify(await reused.api.metrics(0))).toBe(JSON.stringify(await fresh.api.metrics(0)));
    // A refused parameter set ends the handed-over worker with a start fault naming the value.
    const again = reused.handOver()!;
    await expect(
      reuseSimClient(again, { ...resolved.params, needle_length_mm: 9 }, 7, () => undefined),
    ).rejects.toThrow(/needle_length_mm/);
  });
});

describe('metrics feed and untreated runs', () => {
  it('keeps the metric series of the run on screen, dropping rows a seek back takes away', async () => {
    const client = await start();
    client.metrics.stop(); // polled by hand here
    await client.api.seek(20);
    await client.metrics.poll();
    const snap = client.metrics.snapshot();
    expect(snap.length).toBe(21);
    expect(snap.columns.get('t_h')!.slice(0, 3)).toEqual([0, 1, 2]);
    const neutrophilsAt12 = snap.columns.get('neutrophils')![12];
    await client.api.seek(8);
    await client.metrics.poll();
    expect(client.metrics.snapshot().length).toBe(9);
    await client.api.seek(14);
    await client.metrics.poll();
    const again = client.metrics.snapshot();
    expect(again.length).toBe(15);
    expect(again.columns.get('neutrophils')![12]).toBe(neutrophilsAt12);
    expect(again.columns.get('neutrophils')).toEqual((await client.api.metrics(0)).neutrophils);
  });

  it('runs an untreated control of the same parameters: no channels, nothing happens', async () => {
    const client = await start({ ...OPTIONS, untreated: true } as typeof OPTIONS);
    expect(client.info.untreated).toBe(true);
    expect(client.info.sessionTimesH).toEqual([]);
    const status = await client.api.seek(6);
    expect(status.phase).toBe('baseline');
    const frame = (await client.frames.pull())!;
    expect(frame.channelCount).toBe(0);
  });
});
