/**
 * The app as its users use it (issue 6), on the desktop and the touch tablet: change treatment and patient
 * settings and see the model respond at the same hour; scrub the timeline; compare with untreated skin; copy a
 * share link and open it in a fresh browser context to the identical state; export the metrics as CSV and check
 * the numbers against the worker's; open a bad link and get the defaults with a notice.
 */
import type { Locator, Page, TestInfo } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CLEAR_COLOR } from '../../src/scene/sceneUnits';
import { expect, expectCanvasNotBlank, saveScreenshot, sceneCanvas, test } from './fixtures';

/** Presses a control as the project's user would: a tap on the touch tablet, a click on the desktop. */
function press(target: Locator, testInfo: TestInfo): Promise<void> {
  return testInfo.project.use.hasTouch ? target.tap() : target.click();
}

/** Resolves when the frame of model hour `hours` is on screen (paused runs). */
async function frameAtHour(page: Page, hours: number): Promise<void> {
  await page.waitForFunction(() => window.healsim !== undefined, null, { timeout: 120_000 });
  await page.evaluate(async (h) => {
    const healsim = window.healsim!;
    await healsim.frameAt(Math.floor(h / healsim.client.info.dtH + 1e-9));
  }, hours);
}

/** One row of the worker's metrics (row i = model hour i). */
async function metricsRow(page: Page, hour: number): Promise<Record<string, number | string>> {
  return page.evaluate(async (h) => {
    const rows = await window.healsim!.client.api.metrics(h);
    return Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v[0]!]));
  }, hour);
}

/** Deepest channel in the frame on screen, µm. */
async function deepestChannelUm(page: Page): Promise<number> {
  return page.evaluate(() => {
    const { client, layout } = window.healsim!;
    const f = client.frames.latest!;
    let deepest = 0;
    for (let c = 0; c < f.channelCount; c++)
      deepest = Math.max(deepest, f.channels[c * layout.CHANNEL_STRIDE + layout.CHANNEL.depthUm]!);
    return deepest;
  });
}

/** Waits until the app runs a model with this parameter value (a changed setting restarts the worker). */
async function runsWith(page: Page, id: string, value: unknown): Promise<void> {
  await expect
    .poll(() => page.evaluate((key) => (window.healsim?.client.info.params as Record<string, unknown>)?.[key], id), {
      timeout: 60_000,
    })
    .toBe(value);
}

test('changing treatment and patient settings re-runs the model at the same hour, and it responds', async ({
  page,
}, testInfo) => {
  await page.goto('./?tier=low&t=24');
  await frameAtHour(page, 24);
  const reference = await metricsRow(page, 24);
  const referenceDepth = await deepestChannelUm(page);

  await press(page.getByRole('tab', { name: 'Treatment' }), testInfo);
  const needle = page.getByRole('textbox', { name: 'Needle length (mm)' });
  await needle.fill('2.5');
  await needle.press('Enter');
  await runsWith(page, 'needle_length_mm', 2.5);
  await frameAtHour(page, 24);
  // Longer needles: deeper channels through more dermis, so more injury signal and more neutrophils by 24 h.
  expect(await deepestChannelUm(page)).toBeGreaterThan(referenceDepth * 1.3);
  const longer = await metricsRow(page, 24);
  expect(longer.neutrophils as number).toBeGreaterThan(reference.neutrophils as number);
  await expect.poll(() => new URL(page.url()).searchParams.get('needle_length_mm')).toBe('2.5');

  await press(page.getByRole('tab', { name: 'Patient' }), testInfo);
  const smokerSwitch = page.getByRole('switch', { name: /smok/i });
  await press(smokerSwitch, testInfo);
  await expect(smokerSwitch).toBeChecked();
  await runsWith(page, 'smoker', true);
  await frameAtHour(page, 24);
  const smoker = await metricsRow(page, 24);
  expect(smoker.neutrophils).not.toBe(longer.neutrophils);
  await expectCanvasNotBlank(sceneCanvas(page), CLEAR_COLOR);
  await saveScreenshot(page, testInfo, 'journey-settings');
});

test('the timeline scrubs by keyboard and by pointer, and shows phases and sessions', async ({ page }, testInfo) => {
  await page.goto('./?tier=low&t=2');
  await frameAtHour(page, 2);
  const slider = page.getByRole('slider', { name: 'Model time' });
  await slider.focus();
  await page.keyboard.press('PageUp'); // a day later
  // The worker simulates the day before the frame arrives: seconds on a loaded 2-core machine.
  await expect
    .poll(() => page.evaluate(() => window.healsim!.client.frames.latest!.timeH), { timeout: 60_000 })
    .toBeGreaterThan(20);
  await expect(slider).toHaveAttribute('aria-valuetext', /Day 1/);
  // Pointer: a tap near the right end goes months ahead; the readout and the slider follow.
  const box = (await slider.boundingBox())!;
  if (testInfo.project.use.hasTouch) await page.touchscreen.tap(box.x + box.width * 0.8, box.y + box.height / 2);
  else await page.mouse.click(box.x + box.width * 0.8, box.y + box.height / 2);
  await expect
    .poll(() => page.evaluate(() => window.healsim!.client.frames.latest!.timeH), { timeout: 120_000 })
    .toBeGreaterThan(24 * 14);
  await expect(page.getByText(/Session 1/).first()).toBeAttached();
  await saveScreenshot(page, testInfo, 'journey-scrub');
});

test('compare with untreated skin: two views at the same hour, and the difference chart', async ({
  page,
}, testInfo) => {
  await page.goto('./?tier=low&t=48&compare=untreated');
  await frameAtHour(page, 48);
  await expect(page.locator('.stage canvas')).toHaveCount(2, { timeout: 60_000 });
  // B follows A's time; the untreated block has no channels and stays at baseline.
  await expect
    .poll(() => page.evaluate(() => window.healsim!.clientB?.frames.latest?.timeH ?? -1), { timeout: 60_000 })
    .toBeCloseTo(48, 5);
  const b = await page.evaluate(() => {
    const f = window.healsim!.clientB!.frames.latest!;
    return { channels: f.channelCount, phase: f.phase, untreated: window.healsim!.clientB!.info.untreated };
  });
  expect(b).toEqual({ channels: 0, phase: 'baseline', untreated: true });
  await press(page.getByRole('tab', { name: 'Charts' }), testInfo);
  await expect(page.getByRole('figure', { name: /difference|A − B|versus/i }).first()).toBeVisible({ timeout: 30_000 });
  await saveScreenshot(page, testInfo, 'journey-compare');
});

test('compare with a variant: B runs A’s scenario with its own changes, at A’s hour', async ({ page }, testInfo) => {
  await page.goto('./?tier=low&t=24&compare=custom&b.needle_length_mm=0.5');
  await frameAtHour(page, 24);
  await expect
    .poll(() => page.evaluate(() => window.healsim!.clientB?.frames.latest?.timeH ?? -1), { timeout: 60_000 })
    .toBeCloseTo(24, 5);
  const params = await page.evaluate(() => ({
    a: window.healsim!.client.info.params.needle_length_mm,
    b: window.healsim!.clientB!.info.params.needle_length_mm,
    seeds: [window.healsim!.client.info.seed, window.healsim!.clientB!.info.seed],
  }));
  expect(params).toEqual({ a: 1.5, b: 0.5, seeds: [1, 1] });
  await press(page.getByRole('tab', { name: 'Treatment' }), testInfo);
  await expect(page.getByRole('heading', { name: /Scenario B/ })).toBeVisible();
});

test('a share link opens in a fresh browser to the identical state', async ({ page, browser, baseURL }, testInfo) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto('./?tier=low&seed=7&t=30&sessions=2&interval_days=3&mode=educator&overlay=oxygen');
  await frameAtHour(page, 30);
  await press(page.getByRole('button', { name: 'Share', exact: true }), testInfo);
  await press(page.getByRole('button', { name: 'Copy link' }), testInfo);
  await expect(page.getByRole('status').filter({ hasText: /copied/i })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const original = {
    digest: await page.evaluate(() => window.healsim!.frameDigest()),
    metrics: await page.evaluate(async () => JSON.stringify(await window.healsim!.client.api.metrics(0))),
    info: await page.evaluate(() => ({
      seed: window.healsim!.client.info.seed,
      params: window.healsim!.client.info.params,
    })),
  };
  expect(new URL(link).searchParams.get('t')).toBe('30');

  const fresh = await browser.newContext({ viewport: page.viewportSize()! });
  const other = await fresh.newPage();
  const errors: string[] = [];
  other.on('pageerror', (e) => errors.push(e.message));
  await other.goto(link);
  await frameAtHour(other, 30);
  expect(await other.evaluate(() => window.healsim!.frameDigest())).toBe(original.digest);
  expect(await other.evaluate(async () => JSON.stringify(await window.healsim!.client.api.metrics(0)))).toBe(
    original.metrics,
  );
  expect(
    await other.evaluate(() => ({
      seed: window.healsim!.client.info.seed,
      params: window.healsim!.client.info.params,
    })),
  ).toEqual(original.info);
  await expect(other.getByRole('button', { name: 'Educator' })).toHaveAttribute('aria-pressed', 'true');
  await expect(other.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  expect(errors).toEqual([]);
  await saveScreenshot(other, testInfo, 'journey-shared-link');
  await fresh.close();
});

test('the metrics CSV holds exactly the worker’s numbers', async ({ page }, testInfo) => {
  await page.goto('./?tier=low&t=36');
  await frameAtHour(page, 36);
  await press(page.getByRole('button', { name: 'Share', exact: true }), testInfo);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    press(page.getByRole('button', { name: 'Download metrics (CSV)' }), testInfo),
  ]);
  expect(download.suggestedFilename()).toMatch(/^healsim-reference-seed1-day1-12h\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split(/\r?\n/);
  const worker = await page.evaluate(async () => window.healsim!.client.api.metrics(0));
  const header = csv[0]!.split(',');
  expect(header).toEqual(Object.keys(worker));
  expect(csv.length - 1).toBe(worker.t_h!.length);
  expect(csv.length - 1).toBe(37);
  for (let row = 1; row < csv.length; row++) {
    const cells = csv[row]!.split(',');
    header.forEach((key, k) => {
      const expected = worker[key]![row - 1]!;
      expect(typeof expected === 'number' ? Number(cells[k]) : cells[k]).toBe(expected);
    });
  }
});

test('a bad or stale link opens with a clear notice and the defaults, never a blank page', async ({
  page,
}, testInfo) => {
  await page.goto('./?tier=low&mode=boss&needle_length_mm=99&condition=acne-rolling&old_option=1&seed=abc&v=9&t=5');
  const notices = page.getByRole('status').filter({ hasText: 'Link' });
  await expect(notices).toContainText('"mode=boss"');
  await expect(notices).toContainText('needle_length_mm');
  // A condition whose tissue is not built yet is refused by name: the block is normal skin, and says so.
  await expect(notices).toContainText('"acne-rolling" is not modelled yet');
  await expect(notices).toContainText('"old_option" is not known');
  await expect(notices).toContainText('newer HealSim');
  await frameAtHour(page, 5);
  expect(await page.evaluate(() => window.healsim!.client.info.params.needle_length_mm)).toBe(1.5);
  expect(await page.evaluate(() => window.healsim!.client.info.params.condition)).toBe('normal');
  expect(await page.evaluate(() => window.healsim!.client.info.seed)).toBe(1);
  await expect(page.getByRole('button', { name: 'Student' })).toHaveAttribute('aria-pressed', 'true');
  await expectCanvasNotBlank(sceneCanvas(page), CLEAR_COLOR);
  await saveScreenshot(page, testInfo, 'journey-bad-link');
});
