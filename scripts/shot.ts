/**
 * Screenshot of the app at a model time, for looking at the scene while developing:
 *
 *   npx tsx scripts/shot.ts --base http://127.0.0.1:5173/ --query "t=48&overlay=vegf" --out artifacts/shots/x.png
 *
 * Opens `${base}?${query}` in Debian's Chromium (SwiftShader WebGL), waits until the frame at `t` is on screen
 * (or, without t, for a few frames), settles 800 ms, and saves a full-page PNG. Prints console errors.
 *
 *   --viewport 768x1024    page size (default 1280x720)
 *   --click "Charts|Play"  before the shot, clicks each named tab (role tab) or else button, in order
 *   --settle 800           ms to wait before the shot (after the clicks)
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const base = arg('base', 'http://127.0.0.1:5173/');
const query = arg('query', '');
const out = arg('out', 'artifacts/shots/shot.png');
const [width, height] = arg('viewport', '1280x720').split('x').map(Number) as [number, number];
const settleMs = Number(arg('settle', '800'));

const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width, height } });
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') console.log(`[${m.type()}] ${m.text()}`);
});
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(`${base}?${query}`);
await page.waitForFunction(() => window.healsim !== undefined, null, { timeout: 180_000 });
const t = new URLSearchParams(query).get('t');
if (t !== null) {
  await page.evaluate(async (hours) => {
    const step = Math.floor(hours / window.healsim!.client.info.dtH + 1e-9);
    await window.healsim!.frameAt(step);
  }, Number(t));
} else {
  await page.waitForFunction(() => (window.healsim?.client.frames.received ?? 0) > 5, null, { timeout: 60_000 });
}
for (const name of arg('click', '')
  .split('|')
  .filter((n) => n !== '')) {
  const tab = page.getByRole('tab', { name, exact: true });
  await ((await tab.count()) > 0 ? tab.first() : page.getByRole('button', { name, exact: true }).first()).click();
}
await page.waitForTimeout(settleMs);
mkdirSync(dirname(out), { recursive: true });
await page.screenshot({ path: out });
console.log(`saved ${out}`);
await browser.close();
