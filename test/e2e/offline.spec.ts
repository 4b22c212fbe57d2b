/**
 * The installable offline app (issue 7; docs/offline.md): after one visit the service worker has precached every
 * file of the build, and with the network off the app still loads, runs the model and draws the 3D view — also
 * when opened with URL options. Runs against the build in HEALSIM_E2E_DIST (default dist/), which it also reads
 * to know which files must be cached.
 */
import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CLEAR_COLOR } from '../../src/scene/sceneUnits';
import { expect, expectCanvasNotBlank, sceneCanvas, test } from './fixtures';

const DIST = process.env.HEALSIM_E2E_DIST ?? 'dist';
/** The service worker itself is never in its own precache; source maps are left out on purpose (vite.config.ts). */
const NOT_PRECACHED = /(^|\/)sw\.js$|\.map$/;

/** Every file of the build that the app may load, as URL paths relative to index.html ('assets/index-….js'). */
function buildFiles(dir = DIST): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...buildFiles(path));
    else files.push(relative(DIST, path).split(sep).join('/'));
  }
  return files.filter((f) => !NOT_PRECACHED.test(f)).sort();
}

/** The URL paths in Workbox's precache (revision query parameters dropped), relative to the page's folder. */
function precachedFiles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names = await caches.keys();
    const name = names.find((n) => n.includes('precache'));
    if (!name) return [];
    const cache = await caches.open(name);
    const folder = new URL('./', location.href).pathname;
    return (await cache.keys()).map((r) => new URL(r.url).pathname.slice(folder.length)).sort();
  });
}

/** The script URL of the service worker controlling the page, once it does (null before). */
function controllingWorker(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller?.scriptURL ?? null;
  });
}

async function expectModelRuns(page: Page): Promise<void> {
  const status = page.getByTestId('sim-status');
  const frames = async () => Number(await status.getAttribute('data-frames'));
  await expect.poll(frames, { message: 'the model streams frames', timeout: 60_000 }).toBeGreaterThan(3);
  const before = await frames();
  await expect.poll(frames, { message: 'and keeps streaming', timeout: 30_000 }).toBeGreaterThan(before);
}

test('after one visit, the app loads, runs the model and draws the 3D view with the network off', async ({
  page,
  context,
  baseURL,
}) => {
  // The fixture checks the page's own requests; the service worker's (precaching) are the context's.
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) foreign.push(request.url());
  });

  // The built service worker bundles Workbox: it loads no script from anywhere (no CDN, no importScripts).
  expect(readFileSync(join(DIST, 'sw.js'), 'utf8')).not.toMatch(/importScripts\s*\(/);

  // First visit, online. A fixed render tier keeps software WebGL's load steady.
  await page.goto('./?tier=low');
  await expect(page.getByRole('heading', { name: 'HealSim' })).toBeVisible();
  // The first install finishing (everything precached) is announced with a calm note.
  await expect(page.getByTestId('pwa-offline-ready')).toContainText('Available offline', { timeout: 90_000 });
  await expect.poll(() => controllingWorker(page), { timeout: 30_000 }).toMatch(/\/sw\.js$/);
  // Every file of the build is in the precache: app and vendor chunks, the model's worker, styles, index.html,
  // icons and the web manifest.
  const expected = buildFiles();
  expect(expected).toContain('index.html');
  expect(
    expected.some((f) => /^assets\/sim\.worker-.*\.js$/.test(f)),
    'the build has a model worker chunk',
  ).toBe(true);
  expect(await precachedFiles(page)).toEqual(expected);
  await expectModelRuns(page);

  // Offline: reload from the service worker alone.
  await context.setOffline(true);
  await page.reload();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await expect(page.getByRole('heading', { name: 'HealSim' })).toBeVisible();
  expect(await controllingWorker(page)).toMatch(/\/sw\.js$/);
  await expectModelRuns(page);
  await expectCanvasNotBlank(sceneCanvas(page), CLEAR_COLOR);

  // A link with options (any query) gets the cached app too, and the options apply.
  await page.goto('./?mode=patient&tier=low');
  await expect(page.getByText('Educational simulation — not a prediction for you.')).toBeVisible();
  await expectModelRuns(page);

  expect(foreign, 'requests to other origins (page or service worker)').toEqual([]);
});
