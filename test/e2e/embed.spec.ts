/**
 * The embedding API in a real cross-origin iframe (docs/embedding.md). The app is served by vite preview at
 * http://127.0.0.1:<port>/; the host page, the shipped embed-example.html, is opened from a second local origin,
 * http://localhost:<port> (another host name: another origin). The tests post their own messages from the host
 * page and record what the frame posts back; the last one also uses the example page's buttons.
 *
 * Uses base `@playwright/test` with its own watch on the page (not fixtures.ts, whose "no other origin" rule would
 * flag the host origin itself): console errors and uncaught errors in any frame fail the test, and so does any
 * request to an origin other than the app's and the host's.
 */
import { expect, test } from '@playwright/test';
import type { Frame, Page } from '@playwright/test';
import { saveScreenshot } from './fixtures';
import { METRICS } from '../../workers/protocol';

interface Received {
  origin: string;
  data: {
    healsim?: number;
    re?: string | null;
    ok?: boolean;
    result?: unknown;
    error?: string;
    event?: string;
    data?: Record<string, unknown>;
  };
}

interface EmbedState {
  params: Record<string, unknown>;
  overrides: Record<string, unknown>;
  preset: string;
  seed: number;
  mode: string;
  hours: number;
  phase: string;
  playing: boolean;
  ready: boolean;
}

declare global {
  interface Window {
    received: Received[];
  }
}

/** One model step, h (workers/engine/simulation.ts DT_H): a seek lands on a whole step at or below the target. */
const STEP_H = 0.1;
/** Software WebGL on a shared 2-core machine: the app starts in tens of seconds. */
const START_MS = 150_000;

function origins(baseURL: string | undefined) {
  const app = new URL(baseURL ?? 'http://127.0.0.1:4173/');
  const host = new URL(app.href);
  host.hostname = 'localhost';
  return { app: app.origin, appUrl: app.href, host: host.origin };
}

/** Fails the test on errors in any frame and on requests that leave the two local origins. */
function watch(page: Page, allowed: string[]) {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()} @ ${msg.location().url}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
    if (!allowed.includes(url.origin)) problems.push(`request to another origin: ${request.url()}`);
  });
  return problems;
}

/**
 * Opens the shipped example page on the host origin, embedding the app at `appSrc`, and records every message the
 * frame posts to it (window.received). The host page is served by the real server: Chromium blocks a page that it
 * cannot place on the local network (e.g. one made by page.route) from framing a loopback address.
 */
async function openHost(page: Page, host: string, appSrc: string): Promise<void> {
  await page.addInitScript((hostOrigin) => {
    if (location.origin !== hostOrigin) return;
    window.received = [];
    window.addEventListener('message', (event) => {
      const frame = document.getElementById('healsim') as HTMLIFrameElement | null;
      if (frame && event.source === frame.contentWindow)
        window.received.push({ origin: event.origin, data: event.data });
    });
  }, host);
  await page.goto(`${host}/embed-example.html?app=${encodeURIComponent(appSrc)}`);
}

/** The app's frame, as Playwright sees it (test-side checks only; the host page itself cannot look inside). */
function appFrame(page: Page, appOrigin: string): Frame {
  const frame = page.frames().find((f) => f.url().startsWith(appOrigin));
  if (!frame) throw new Error('the app frame is not there');
  return frame;
}

let nextId = 1;

/** Posts a message from the host page to the frame (targetOrigin: the app's origin, as a host should). */
async function post(page: Page, appOrigin: string, message: unknown): Promise<void> {
  await page.evaluate(
    ([m, target]) => (document.getElementById('healsim') as HTMLIFrameElement).contentWindow!.postMessage(m, target),
    [message, appOrigin] as const,
  );
}

async function replyTo(page: Page, id: string | null, timeout = START_MS): Promise<Received['data']> {
  await expect
    .poll(() => page.evaluate((re) => window.received.some((m) => 're' in m.data && m.data.re === re), id), {
      timeout,
    })
    .toBe(true);
  return page.evaluate((re) => window.received.find((m) => 're' in m.data && m.data.re === re)!.data, id);
}

/** Sends a command and returns its reply. */
async function command(page: Page, appOrigin: string, cmd: string, args?: unknown): Promise<Received['data']> {
  const id = `c${nextId++}`;
  await post(page, appOrigin, args === undefined ? { healsim: 1, id, cmd } : { healsim: 1, id, cmd, args });
  return replyTo(page, id);
}

async function ok<T>(page: Page, appOrigin: string, cmd: string, args?: unknown): Promise<T> {
  const reply = await command(page, appOrigin, cmd, args);
  expect(reply, `${cmd}: ${reply.error ?? ''}`).toMatchObject({ healsim: 1, ok: true });
  return reply.result as T;
}

const getState = (page: Page, appOrigin: string) => ok<EmbedState>(page, appOrigin, 'getState');

async function events(page: Page, name: string): Promise<Received['data'][]> {
  return page.evaluate((n) => window.received.filter((m) => m.data.event === n).map((m) => m.data), name);
}

test('a host page on another origin drives the embedded app with every command and hears its events', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(360_000);
  const { app, appUrl, host } = origins(baseURL);
  const problems = watch(page, [app, host]);
  // The example page adds allowOrigin=<its own origin> to the app's address.
  await openHost(page, host, `${appUrl}index.html?tier=low`);

  // The frame is cross-origin to its parent: the host page cannot read its document.
  const access = await page.evaluate(() => {
    const frame = document.getElementById('healsim') as HTMLIFrameElement;
    try {
      return frame.contentWindow!.document ? 'readable' : 'none';
    } catch {
      return 'blocked';
    }
  });
  expect(access).toBe('blocked');

  await expect.poll(async () => (await events(page, 'ready')).length, { timeout: START_MS }).toBe(1);
  const ready = (await events(page, 'ready'))[0]!;
  expect(ready.data).toMatchObject({ protocol: 1, commands: expect.arrayContaining(['play', 'capture']) });
  expect((ready.data!.state as EmbedState).params.needle_length_mm).toBe(1.5);

  // pause: the model stops.
  expect(await ok(page, app, 'pause')).toMatchObject({ playing: false });
  const paused = await getState(page, app);
  expect(paused.playing).toBe(false);
  await page.waitForTimeout(1000);
  expect((await getState(page, app)).hours).toBe(paused.hours);

  // play: the model runs and the frames on screen advance.
  const frame = appFrame(page, app);
  const framesBefore = await frame.evaluate(() => window.healsim!.client.frames.received);
  expect(await ok(page, app, 'play')).toMatchObject({ playing: true });
  await expect.poll(async () => (await getState(page, app)).hours, { timeout: 30_000 }).toBeGreaterThan(paused.hours);
  await expect
    .poll(() => frame.evaluate(() => window.healsim!.client.frames.received), { timeout: 30_000 })
    .toBeGreaterThan(framesBefore);
  expect((await getState(page, app)).playing).toBe(true);
  await expect.poll(async () => (await events(page, 'timeChanged')).length, { timeout: 10_000 }).toBeGreaterThan(1);
  await ok(page, app, 'pause');

  // seek: replies once landed, within a step of the target. Day 3 is in the proliferation phase (inflammation from
  // hour 1 to about hour 67 in the reference scenario): the phase changes on the way.
  const seek = await ok<{ hours: number; phase: string }>(page, app, 'seek', { hours: 72 });
  expect(seek.hours).toBeGreaterThan(72 - STEP_H - 1e-9);
  expect(seek.hours).toBeLessThanOrEqual(72 + 1e-9);
  const atSeek = await getState(page, app);
  expect(Math.abs(atSeek.hours - 72)).toBeLessThanOrEqual(STEP_H + 1e-9);
  expect(atSeek.phase).toBe('proliferation');
  expect(atSeek.playing).toBe(false);
  await expect.poll(async () => (await events(page, 'phaseChanged')).length, { timeout: 10_000 }).toBeGreaterThan(0);
  const phaseEvent = (await events(page, 'phaseChanged')).at(-1)!;
  expect(phaseEvent.data).toMatchObject({ phase: atSeek.phase });

  // setParams with a bad value: ok:false, nothing changes.
  const bad = await command(page, app, 'setParams', { params: { needle_length_mm: 1, sessions: 999 } });
  expect(bad).toMatchObject({ ok: false, error: expect.stringContaining('sessions') });
  await page.waitForTimeout(600);
  const afterBad = await getState(page, app);
  expect(afterBad.overrides).toEqual({});
  expect(afterBad.params.needle_length_mm).toBe(1.5);

  // setParams: applied at once, announced, and the model re-runs with it at the same moment.
  const set = await ok<{ overrides: Record<string, unknown> }>(page, app, 'setParams', {
    params: { needle_length_mm: 1 },
  });
  expect(set.overrides).toEqual({ needle_length_mm: 1 });
  expect((await getState(page, app)).params.needle_length_mm).toBe(1);
  await expect.poll(async () => (await events(page, 'paramsChanged')).length, { timeout: 10_000 }).toBe(1);
  expect((await events(page, 'paramsChanged'))[0]!.data).toMatchObject({ overrides: { needle_length_mm: 1 } });
  await expect.poll(async () => (await getState(page, app)).ready, { timeout: START_MS }).toBe(true);
  expect(await frame.evaluate(() => window.healsim!.client.info.params.needle_length_mm)).toBe(1);
  expect(Math.abs((await getState(page, app)).hours - 72)).toBeLessThanOrEqual(1);

  // getMetrics: the series so far, with the metrics contract's keys.
  const metrics = await ok<{ version: number; rows: number; series: Record<string, unknown[]> }>(
    page,
    app,
    'getMetrics',
  );
  expect(metrics.version).toBe(1);
  expect(metrics.rows).toBeGreaterThanOrEqual(72);
  for (const { key } of METRICS) expect(Object.keys(metrics.series), key).toContain(key);
  expect(metrics.series.phase).toHaveLength(metrics.rows);

  // setState: a new seed, a moment and the play state, as a whole.
  const state = await ok<EmbedState>(page, app, 'setState', { seed: 7, hours: 12, playing: false });
  expect(state).toMatchObject({ seed: 7, playing: false, ready: true, overrides: { needle_length_mm: 1 } });
  expect(Math.abs(state.hours - 12)).toBeLessThanOrEqual(STEP_H + 1e-9);
  expect(await frame.evaluate(() => window.healsim!.client.info.seed)).toBe(7);

  // capture: a PNG of the 3D view as a data URL.
  const capture = await ok<{ dataUrl: string; width: number; height: number }>(page, app, 'capture');
  expect(capture.dataUrl.startsWith('data:image/png;base64,')).toBe(true);
  expect(capture.dataUrl.length).toBeGreaterThan(10_000);
  expect(capture.width).toBeGreaterThan(100);

  // Unknown commands and malformed messages: ok:false (with the id where one can be read), and no change.
  const before = await getState(page, app);
  expect(await command(page, app, 'selfDestruct')).toMatchObject({ ok: false, re: expect.any(String) });
  await post(page, app, { id: 'no-version', cmd: 'play' });
  expect(await replyTo(page, 'no-version', 10_000)).toMatchObject({ ok: false });
  await post(page, app, { healsim: 2, id: 'v2', cmd: 'play' });
  expect(await replyTo(page, 'v2', 10_000)).toMatchObject({ ok: false, error: expect.stringContaining('version') });
  await post(page, app, { healsim: 1, id: 'bad-args', cmd: 'seek', args: { hours: 'soon' } });
  expect(await replyTo(page, 'bad-args', 10_000)).toMatchObject({ ok: false });
  await post(page, app, { healsim: 1, id: 'too-far', cmd: 'seek', args: { hours: 1e7 } });
  expect(await replyTo(page, 'too-far', 10_000)).toMatchObject({ ok: false });
  await post(page, app, 'play');
  await post(page, app, { healsim: 1, id: 'x'.repeat(5000), cmd: 'play' });
  await expect
    .poll(() => page.evaluate(() => window.received.filter((m) => m.data.re === null && m.data.ok === false).length))
    .toBe(2);
  await page.waitForTimeout(600);
  const after = await getState(page, app);
  expect(after).toEqual(before);

  // error: the model's worker crashes inside the frame. The host hears it, and a command that needs the model says
  // why it cannot run.
  const worker = page.workers().find((w) => w.url().startsWith(app) && w.url().includes('sim.worker'));
  expect(worker, 'the embedded model runs in a worker').toBeTruthy();
  await worker!.evaluate(() => {
    setTimeout(() => {
      throw new Error('forced failure for the embed test');
    }, 0);
  });
  await expect.poll(async () => (await events(page, 'error')).length, { timeout: 30_000 }).toBe(1);
  expect((await events(page, 'error'))[0]!.data).toMatchObject({
    kind: 'crash',
    message: expect.stringContaining('forced failure for the embed test'),
  });
  expect(await command(page, app, 'seek', { hours: 24 })).toMatchObject({
    ok: false,
    error: expect.stringContaining('forced failure for the embed test'),
  });

  // Every message came from the app's origin, in the protocol's version.
  const all = await page.evaluate(() => window.received);
  expect(all.every((m) => m.origin === app && m.data.healsim === 1)).toBe(true);
  expect(problems).toEqual([]);
});

test('a parent page whose origin is not allowed gets an error reply for each message, no event, and changes nothing', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const { app, appUrl, host } = origins(baseURL);
  const problems = watch(page, [app, host]);
  // Opened paused at 2 h: any command that got through would move it (play, seek) or re-run it (setParams).
  const allowOnly = encodeURIComponent('https://course.example.edu');
  await openHost(page, host, `${appUrl}index.html?tier=low&t=2&allowOrigin=${allowOnly}`);
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(app)), { timeout: 30_000 }).toBe(true);
  const frame = appFrame(page, app);
  await frame.waitForFunction(() => window.healsim?.client.frames.latest?.stepIndex === 20, null, {
    timeout: START_MS,
  });

  const commands = [
    ['1', 'play', undefined],
    ['2', 'setParams', { params: { needle_length_mm: 1 } }],
    ['3', 'seek', { hours: 100 }],
    ['4', 'getState', undefined],
  ] as const;
  for (const [id, cmd, args] of commands) await post(page, app, { healsim: 1, id, cmd, args });
  await post(page, app, 'malformed');
  await expect.poll(() => page.evaluate(() => window.received.length), { timeout: 30_000 }).toBe(5);
  await page.waitForTimeout(3000);

  // One refusal per message, addressed to this page's origin (never '*'), naming it; no event (not even ready).
  const received = await page.evaluate(() => window.received);
  expect(received.map((m) => m.data.re)).toEqual(['1', '2', '3', '4', null]);
  for (const { origin, data } of received) {
    expect(origin).toBe(app);
    expect(data).toMatchObject({ healsim: 1, ok: false, error: expect.stringContaining(host) });
    expect(data.error).toContain('allowOrigin');
    expect(data).not.toHaveProperty('event');
  }
  const inside = await frame.evaluate(async () => ({
    needle: window.healsim!.client.info.params.needle_length_mm,
    status: await window.healsim!.client.api.status(),
  }));
  expect(inside.needle).toBe(1.5);
  expect(inside.status).toMatchObject({ stepIndex: 20, playing: false });
  expect(problems).toEqual([]);
});

test('the example page embeds the app from another origin and drives it with its buttons', async ({
  page,
  baseURL,
}, testInfo) => {
  test.setTimeout(300_000);
  const { app, appUrl, host } = origins(baseURL);
  const problems = watch(page, [app, host]);
  await page.goto(`${host}/embed-example.html?app=${encodeURIComponent(`${appUrl}index.html?tier=low`)}`);
  const log = page.getByRole('log', { name: 'Replies and events' });
  await expect(log).toContainText('event ready', { timeout: START_MS });
  await page.getByRole('button', { name: 'Pause' }).click();
  // Replies wait for the worker, which is busy stepping the model while it plays (slow on a loaded machine).
  await expect(log).toContainText('← pause:', { timeout: 30_000 });
  await page.getByLabel('Model time, h').fill('24');
  await page.getByRole('button', { name: 'Seek' }).click();
  await expect(log).toContainText('← seek: {"hours":24', { timeout: 60_000 });
  await expect(page.locator('#now')).toContainText('Model time: 24.0 h');
  await page.getByRole('button', { name: 'Capture image' }).click();
  await expect(page.locator('#capture')).toBeVisible({ timeout: 60_000 });
  await saveScreenshot(page, testInfo, 'embed-example');
  // The example restricts the app to its own origin.
  expect(appFrame(page, app).url()).toContain(`allowOrigin=${encodeURIComponent(host)}`);
  expect(problems).toEqual([]);
});

test('the Embed dialog writes a snippet that, pasted into a page on another origin, opens the authored scenario', async ({
  page,
  baseURL,
}, testInfo) => {
  test.setTimeout(360_000);
  const { app, appUrl, host } = origins(baseURL);
  const problems = watch(page, [app, host]);

  // An educator builds a scenario (needle 1 mm) and opens the Embed dialog from the Author tab.
  await page.goto(`${appUrl}?mode=educator&tier=low&play=0&needle_length_mm=1`);
  await page.waitForFunction(() => (window.healsim?.client.frames.received ?? 0) > 0, null, { timeout: START_MS });
  await page.getByRole('tab', { name: 'Author' }).click();
  const embedButton = page.getByRole('button', { name: 'Embed…' });
  await embedButton.click();
  const dialog = page.getByRole('dialog', { name: 'Embed in a course page' });
  await expect(dialog).toBeVisible();
  // A bad origin is explained and left out of the code.
  const originField = dialog.getByLabel('Course site allowed to control it (optional)');
  await originField.fill('course.example.edu/page');
  await expect(dialog.getByText('Write only the site’s origin')).toBeVisible();
  await expect(originField).toHaveAttribute('aria-invalid', 'true');
  expect(await dialog.getByLabel('Embed code').inputValue()).not.toContain('allowOrigin');
  // Then: 3D view and timeline only, in Spanish, driven by the course site (here the host origin).
  await originField.fill(host);
  await dialog.getByLabel('Controls').selectOption('timeline');
  await dialog.getByLabel('Language').selectOption('es');
  const snippet = await dialog.getByLabel('Embed code').inputValue();
  expect(snippet).toMatch(/^<iframe src="[^"]+" title="[^"]+" width="100%" height="640" /);
  const src = new URL(snippet.match(/src="([^"]+)"/)![1]!.replaceAll('&amp;', '&'));
  expect(src.origin).toBe(app);
  // Student mode is the default: the link leaves it out (the framed app below opens in it).
  expect(src.searchParams.get('mode') ?? 'student').toBe('student');
  expect(Object.fromEntries(src.searchParams)).toMatchObject({
    needle_length_mm: '1',
    controls: 'timeline',
    locale: 'es',
    allowOrigin: host,
  });
  await saveScreenshot(page, testInfo, 'embed-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(embedButton).toBeFocused();

  // A course page on the host origin with the snippet pasted in (the example page, its own frame swapped for it).
  await openHost(page, host, `${host}/icons/icon-192.png`);
  await page.evaluate((html) => {
    const old = document.getElementById('healsim')!;
    const holder = document.createElement('div');
    holder.innerHTML = html;
    const frame = holder.querySelector('iframe')!;
    frame.id = 'healsim';
    old.replaceWith(frame);
  }, snippet);
  await expect.poll(async () => (await events(page, 'ready')).length, { timeout: START_MS }).toBe(1);
  const ready = (await events(page, 'ready'))[0]!;
  expect(ready.data!.state).toMatchObject({ mode: 'student', params: { needle_length_mm: 1 }, locale: 'es' });
  const frame = appFrame(page, app);
  await expect(frame.locator('html')).toHaveAttribute('lang', 'es');
  await expect(frame.locator('.side-panel')).toHaveCount(0);
  await expect(frame.getByRole('slider', { name: 'Tiempo del modelo' })).toBeVisible();
  expect((await getState(page, app)).params.needle_length_mm).toBe(1);
  await saveScreenshot(page, testInfo, 'embed-snippet-host');
  expect(problems).toEqual([]);
});
