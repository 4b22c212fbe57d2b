/**
 * The postMessage bridge and its commands over the real stores, with a fake parent window and a fake model client
 * (the browser version, cross-origin in a real iframe, is test/e2e/embed.spec.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolvePreset } from '../../workers/protocol';
import type { Params } from '../../workers/protocol';
import { MessageBridge } from '../../src/embed/bridge';
import type { EventMessage, Reply } from '../../src/embed/protocol';
import type { SimClient } from '../../src/sim/simClient';
import { usePlaybackStore } from '../../src/state/playbackStore';
import { useScenarioStore } from '../../src/state/scenarioStore';

const HOST = 'https://course.example.edu';

function referenceParams(overrides: Record<string, unknown> = {}): Params {
  const r = resolvePreset('reference', overrides);
  if (!r.ok) throw new Error('bad test parameters');
  return r.params;
}

/** A model client that answers like the worker: a clock, play state, seeks and three hourly metric rows. */
function fakeClient(params: Params, seed = 1) {
  const calls: string[] = [];
  const clock = { timeH: 0, playing: false };
  const status = () => ({
    playing: clock.playing,
    stepIndex: Math.round(clock.timeH * 10),
    timeH: clock.timeH,
    speedHoursPerSecond: 6,
    phase: clock.timeH < 1 ? 'hemostasis' : 'inflammation',
  });
  const api = {
    status: async () => status(),
    play: async () => {
      clock.playing = true;
      calls.push('play');
    },
    pause: async () => {
      clock.playing = false;
      calls.push('pause');
    },
    seek: async (hours: number) => {
      clock.timeH = Math.floor(hours * 10) / 10;
      calls.push(`seek ${hours}`);
      return status();
    },
    metrics: async (since: number) => ({
      t_h: [0, 1, 2].slice(since),
      neutrophils: [0, 10, 20].slice(since),
      phase: ['hemostasis', 'inflammation', 'inflammation'].slice(since),
    }),
  };
  const client = { api, info: { params, seed, sessionTimesH: [0] }, frames: { latest: null } };
  return { client: client as unknown as SimClient, calls, clock };
}

/** A page inside a frame: its parent records what is posted to it. */
function fakeFrame() {
  const posted: { message: Reply | EventMessage; target: string }[] = [];
  const listeners = new Set<(e: MessageEvent) => void>();
  const parent = { postMessage: (message: Reply | EventMessage, target: string) => posted.push({ message, target }) };
  const view = {
    parent,
    addEventListener: (_type: string, listener: (e: MessageEvent) => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: (e: MessageEvent) => void) => listeners.delete(listener),
  };
  const send = (data: unknown, origin = HOST, source: unknown = parent) => {
    for (const listener of listeners) listener({ data, origin, source } as MessageEvent);
  };
  const replies = () => posted.map((p) => p.message).filter((m): m is Reply => 're' in m);
  const events = (name?: string) =>
    posted.map((p) => p.message).filter((m): m is EventMessage => 'event' in m && (!name || m.event === name));
  return { view: view as unknown as Window, posted, send, replies, events };
}

async function until(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const cmd = (id: string, name: string, args?: unknown) => ({ healsim: 1, id, cmd: name, args });

let bridge: MessageBridge | null = null;

beforeEach(() => {
  useScenarioStore.getState().load({ preset: 'reference', overrides: {}, seed: 1, mode: 'student', compare: 'off' });
  usePlaybackStore.getState().setPlaying(false);
  usePlaybackStore.getState().setNextRunAt(null);
});

afterEach(() => {
  bridge?.stop();
  bridge = null;
});

function start(allow: readonly string[] | null = [HOST]) {
  const frame = fakeFrame();
  bridge = new MessageBridge(frame.view, allow);
  bridge.start();
  return frame;
}

describe('the embed bridge', () => {
  it('posts ready once the model runs, to the allowed origin only', async () => {
    const frame = start();
    const { client } = fakeClient(referenceParams());
    bridge!.setClient(client);
    await until(() => frame.events('ready').length === 1);
    const ready = frame.events('ready')[0]!;
    expect(ready.data).toMatchObject({ protocol: 1, state: { preset: 'reference', seed: 1, hours: 0 } });
    expect(frame.posted.every((p) => p.target === HOST)).toBe(true);
  });

  it('runs play, pause, seek and getState through the stores and the model, replying to the sender', async () => {
    const frame = start();
    const { client, calls } = fakeClient(referenceParams());
    bridge!.setClient(client);
    frame.send(cmd('1', 'play'));
    frame.send(cmd('2', 'seek', { hours: 30.25 }));
    frame.send(cmd('3', 'pause'));
    frame.send(cmd('4', 'getState'));
    await until(() => frame.replies().length === 4);
    const [play, seek, pause, state] = frame.replies();
    expect(play).toMatchObject({ re: '1', ok: true, result: { playing: true } });
    expect(seek).toMatchObject({ re: '2', ok: true, result: { hours: 30.2, phase: 'inflammation' } });
    expect(pause).toMatchObject({ re: '3', ok: true, result: { playing: false, hours: 30.2 } });
    expect(state).toMatchObject({ re: '4', ok: true, result: { hours: 30.2, playing: false, ready: true } });
    expect(calls).toEqual(['play', 'seek 30.25', 'pause']);
    expect(usePlaybackStore.getState().playing).toBe(false);
    expect(frame.posted.filter((p) => 're' in p.message).every((p) => p.target === HOST)).toBe(true);
  });

  it('refuses a seek past the end of the run, and changes nothing', async () => {
    const frame = start();
    const { client, calls } = fakeClient(referenceParams());
    bridge!.setClient(client);
    frame.send(cmd('s', 'seek', { hours: 1e6 }));
    await until(() => frame.replies().length === 1);
    expect(frame.replies()[0]).toMatchObject({ re: 's', ok: false, error: expect.stringContaining('hours') });
    expect(calls).toEqual([]);
  });

  it('answers malformed messages and unknown commands with ok:false', async () => {
    const frame = start();
    frame.send('play');
    frame.send({ id: 'no-version', cmd: 'play' });
    frame.send({ healsim: 9, id: 'v9', cmd: 'play' });
    frame.send(cmd('u', 'launch'));
    frame.send({ healsim: 1, id: 'x'.repeat(201), cmd: 'play' });
    await until(() => frame.replies().length === 5);
    expect(frame.replies().map((r) => [r.re, r.ok])).toEqual([
      [null, false],
      ['no-version', false],
      ['v9', false],
      ['u', false],
      [null, false],
    ]);
  });

  it('refuses commands from a parent of another origin (a reply to that origin only), ignores other windows', async () => {
    const frame = start();
    bridge!.setClient(fakeClient(referenceParams()).client);
    await until(() => frame.events('ready').length === 1);
    frame.send(cmd('evil', 'setParams', { params: { needle_length_mm: 2 } }), 'https://evil.example');
    frame.send('not even a command', 'https://evil.example');
    frame.send(cmd('other', 'setParams', { params: { needle_length_mm: 2 } }), HOST, {});
    frame.send(cmd('file', 'getState'), 'null');
    await until(() => frame.replies().length === 2);
    await new Promise((r) => setTimeout(r, 50));
    const refusals = frame.posted.filter((p) => 're' in p.message);
    expect(refusals.map((p) => [p.message, p.target])).toEqual([
      [
        { healsim: 1, re: 'evil', ok: false, error: expect.stringContaining('https://evil.example') },
        'https://evil.example',
      ],
      [{ healsim: 1, re: null, ok: false, error: expect.stringContaining('allowOrigin') }, 'https://evil.example'],
    ]);
    // Events (ready) went to the allowed origin only; nothing else was posted, nothing changed.
    expect(frame.posted.filter((p) => 'event' in p.message).every((p) => p.target === HOST)).toBe(true);
    expect(frame.posted).toHaveLength(3);
    expect(useScenarioStore.getState().overrides).toEqual({});
  });

  it('with a bad allowOrigin (an empty list) runs nothing and posts no event, only refusals', async () => {
    const frame = start([]);
    bridge!.setClient(fakeClient(referenceParams()).client);
    frame.send(cmd('1', 'getState'));
    await new Promise((r) => setTimeout(r, 400));
    expect(frame.posted).toEqual([
      { message: { healsim: 1, re: '1', ok: false, error: expect.stringContaining(HOST) }, target: HOST },
    ]);
  });

  it('without allowOrigin replies to the sender and posts events to "*"', async () => {
    const frame = start(null);
    bridge!.setClient(fakeClient(referenceParams()).client);
    frame.send(cmd('1', 'getState'), 'https://anyone.example');
    await until(() => frame.replies().length === 1 && frame.events('ready').length === 1);
    expect(frame.posted.find((p) => 're' in p.message)!.target).toBe('https://anyone.example');
    expect(frame.posted.find((p) => 'event' in p.message)!.target).toBe('*');
  });

  it('setParams is all or nothing, then posts paramsChanged; model commands wait for the new run', async () => {
    const frame = start();
    const old = fakeClient(referenceParams());
    bridge!.setClient(old.client);
    frame.send(cmd('bad', 'setParams', { params: { needle_length_mm: 1, sessions: 999 } }));
    frame.send(cmd('typo', 'setParams', { params: { needle_lenght_mm: 1 } }));
    frame.send(cmd('scar', 'setParams', { params: { condition: 'acne-rolling' } }));
    await until(() => frame.replies().length === 3);
    expect(frame.replies()[0]).toMatchObject({ re: 'bad', ok: false, error: expect.stringContaining('sessions') });
    expect(frame.replies()[1]).toMatchObject({ ok: false, error: expect.stringContaining('did you mean') });
    // A condition whose tissue is not built is refused, never run as normal skin under its name.
    expect(frame.replies()[2]).toMatchObject({
      re: 'scar',
      ok: false,
      error: expect.stringContaining('not modelled yet'),
    });
    expect(useScenarioStore.getState().overrides).toEqual({});

    frame.send(cmd('good', 'setParams', { params: { needle_length_mm: 1 } }));
    frame.send(cmd('seek', 'seek', { hours: 2 }));
    await until(() => frame.replies().length === 4);
    expect(frame.replies()[3]).toMatchObject({
      re: 'good',
      ok: true,
      result: { overrides: { needle_length_mm: 1 }, params: { needle_length_mm: 1 } },
    });
    expect(useScenarioStore.getState().overrides).toEqual({ needle_length_mm: 1 });
    await until(() => frame.events('paramsChanged').length === 1);
    expect(frame.events('paramsChanged')[0]!.data).toMatchObject({ overrides: { needle_length_mm: 1 } });

    // The seek waits: the running model is still the old scenario. The app re-runs; the new run gets it.
    await new Promise((r) => setTimeout(r, 200));
    expect(frame.replies()).toHaveLength(4);
    expect(old.calls).toEqual([]);
    bridge!.setClient(null);
    const next = fakeClient(referenceParams({ needle_length_mm: 1 }));
    bridge!.setClient(next.client);
    await until(() => frame.replies().length === 5);
    expect(frame.replies()[4]).toMatchObject({ re: 'seek', ok: true, result: { hours: 2 } });
    expect(next.calls).toEqual(['seek 2']);
  });

  it('a re-run caused by setParams opens at the model clock, not at an older frame still on screen', async () => {
    const frame = start();
    const old = fakeClient(referenceParams());
    // The host's seek has landed in the worker; the picture still shows an earlier hour.
    old.clock.timeH = 72;
    (old.client as unknown as { frames: { latest: { timeH: number } } }).frames.latest = { timeH: 52 };
    bridge!.setClient(old.client);
    // Setting a value the run already has changes nothing, and pins nothing.
    frame.send(cmd('same', 'setParams', { params: { needle_length_mm: 1.5 } }));
    await until(() => frame.replies().length === 1);
    expect(usePlaybackStore.getState().nextRunAtH).toBeNull();
    frame.send(cmd('new', 'setParams', { params: { needle_length_mm: 1 } }));
    await until(() => frame.replies().length === 2);
    expect(frame.replies()[1]).toMatchObject({ re: 'new', ok: true });
    expect(usePlaybackStore.getState().nextRunAtH).toBe(72);
  });

  it('setState checks everything first, then applies the whole state', async () => {
    const frame = start();
    bridge!.setClient(fakeClient(referenceParams()).client);
    frame.send(cmd('p', 'setState', { preset: 'no-such-preset', seed: 5 }));
    frame.send(cmd('v', 'setState', { seed: 5, params: { needle_length_mm: 99 } }));
    await until(() => frame.replies().length === 2);
    expect(frame.replies().map((r) => r.ok)).toEqual([false, false]);
    expect(useScenarioStore.getState()).toMatchObject({ seed: 1, overrides: {}, preset: 'reference' });

    frame.send(cmd('ok', 'setState', { seed: 5, mode: 'patient', params: { needle_length_mm: 1 }, hours: 1.5 }));
    await until(() => useScenarioStore.getState().seed === 5);
    expect(useScenarioStore.getState()).toMatchObject({ mode: 'patient', overrides: { needle_length_mm: 1 } });
    const next = fakeClient(referenceParams({ needle_length_mm: 1 }), 5);
    bridge!.setClient(next.client);
    await until(() => frame.replies().length === 3);
    expect(frame.replies()[2]).toMatchObject({
      ok: true,
      result: { seed: 5, mode: 'patient', hours: 1.5, overrides: { needle_length_mm: 1 } },
    });
    expect(next.calls).toEqual(['seek 1.5']);
  });

  it('getMetrics returns the series so far with the contract keys, from a row on', async () => {
    const frame = start();
    bridge!.setClient(fakeClient(referenceParams(), 1).client);
    frame.send(cmd('m', 'getMetrics'));
    frame.send(cmd('m1', 'getMetrics', { since: 1 }));
    await until(() => frame.replies().length === 2);
    const [all, tail] = frame.replies() as Extract<Reply, { ok: true }>[];
    expect(all!.result).toMatchObject({
      version: 1,
      seed: 1,
      preset: 'reference',
      rows: 3,
      series: { t_h: [0, 1, 2], neutrophils: [0, 10, 20] },
    });
    expect(Object.keys((all!.result as { series: object }).series)).toEqual(['t_h', 'neutrophils', 'phase']);
    expect(tail!.result).toMatchObject({ since: 1, rows: 2, series: { t_h: [1, 2] } });
  });

  it('posts timeChanged (throttled) and phaseChanged as the model moves', async () => {
    const frame = start();
    const { client, clock } = fakeClient(referenceParams());
    bridge!.setClient(client);
    await until(() => frame.events('timeChanged').length === 1);
    clock.timeH = 0.5;
    clock.timeH = 1.5;
    await until(() => frame.events('phaseChanged').length === 1);
    expect(frame.events('phaseChanged')[0]!.data).toMatchObject({ phase: 'inflammation', previous: 'hemostasis' });
    await until(() => frame.events('timeChanged').length === 2);
    expect(frame.events('timeChanged')[1]!.data).toMatchObject({ hours: 1.5, phase: 'inflammation' });
  });

  it('keeps reading the clock after a re-run, even when the old worker never answered', async () => {
    const frame = start();
    const old = fakeClient(referenceParams());
    bridge!.setClient(old.client);
    await until(() => frame.events('timeChanged').length === 1);
    // The old worker is terminated with a status call in flight: it never settles.
    (old.client.api as unknown as { status: () => Promise<never> }).status = () => new Promise<never>(() => {});
    await new Promise((r) => setTimeout(r, 300));
    const next = fakeClient(referenceParams());
    next.clock.timeH = 5;
    bridge!.setClient(next.client);
    await until(() => frame.events('timeChanged').some((e) => e.data.hours === 5));
    // getState does not hang on a silent worker either: it answers with the last time seen.
    bridge!.setClient(old.client);
    frame.send(cmd('s', 'getState'));
    await until(() => frame.replies().length === 1, 4000);
    expect(frame.replies()[0]).toMatchObject({ ok: true, result: { hours: 5 } });
  });

  it('reports a model fault as an error event and fails waiting commands', async () => {
    const frame = start();
    bridge!.reportError('crash', 'the worker died');
    frame.send(cmd('p', 'play'));
    await until(() => frame.replies().length === 1);
    expect(frame.replies()[0]).toMatchObject({ ok: false, error: expect.stringContaining('the worker died') });
    expect(frame.events('error')[0]!.data).toEqual({ kind: 'crash', message: 'the worker died' });
  });
});
