/**
 * Shared e2e fixtures. Every test that uses `page` from here fails when the page
 *   - logs a console error or throws an uncaught error, or
 *   - requests anything from another origin (the app must run with no network).
 * Helpers check that a WebGL canvas is not blank and save screenshots under artifacts/screenshots/.
 */
import { test as base, expect } from '@playwright/test';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

export const SCREENSHOT_DIR = join('artifacts', 'screenshots');

/** Schemes that never leave the device. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
}

export const test = base.extend<{ problems: PageProblems }>({
  // `auto`: every test is watched, including ones that never name `problems`.
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: PageProblems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.consoleErrors.push(`${msg.text()} @ ${msg.location().url}`);
      });
      page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? error.message));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!LOCAL_SCHEMES.has(url.protocol) && url.origin !== origin) problems.foreignRequests.push(request.url());
      });
      await use(problems);
      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(problems.pageErrors, 'uncaught page errors').toEqual([]);
      expect(problems.foreignRequests, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

function hexToRgb(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.replace('#', ''), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/**
 * Fraction of the element's pixels that differ from `clearColor` by more than `tolerance` (sum of channel
 * differences). A blank WebGL canvas shows only its clear colour, so this is ≈ 0 for it.
 */
export async function nonBlankFraction(target: Locator, clearColor: string, tolerance = 24): Promise<number> {
  const png = PNG.sync.read(await target.screenshot({ animations: 'disabled' }));
  const [r, g, b] = hexToRgb(clearColor);
  let differing = 0;
  const total = png.width * png.height;
  for (let i = 0; i < total; i++) {
    const o = i * 4;
    const d = Math.abs(png.data[o]! - r) + Math.abs(png.data[o + 1]! - g) + Math.abs(png.data[o + 2]! - b);
    if (d > tolerance) differing++;
  }
  return differing / total;
}

/**
 * Generous timeout: software WebGL (SwiftShader) on a 2-core CI machine draws the full scene at ~1–3 frames per
 * second, and a fresh scene compiles its shaders first.
 */
export async function expectCanvasNotBlank(canvas: Locator, clearColor: string, minFraction = 0.02): Promise<void> {
  await expect.poll(() => nonBlankFraction(canvas, clearColor), { timeout: 45_000 }).toBeGreaterThan(minFraction);
}

/** The 3D view's canvas (side A's when comparing; charts draw on canvases of their own). */
export function sceneCanvas(page: Page): Locator {
  return page.locator('.stage canvas').first();
}

/** Saves a full-page screenshot as artifacts/screenshots/<project>-<name>.png and attaches it to the report. */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${testInfo.project.name}-${name}.png`);
  const body = await page.screenshot({ path });
  writeFileSync(path, body);
  await testInfo.attach(name, { body, contentType: 'image/png' });
  return path;
}
