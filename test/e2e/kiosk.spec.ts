/**
 * The consult-room kiosk (?kiosk=1): no way out of the app (no mode switch, sharing or outbound links; a link to
 * another site is blocked), the clinic's name and accent, the attract overlay after a short idle time and, after
 * the idle time, a reset of everything a patient changed — settings, model time, language, tab.
 */
import type { Page } from '@playwright/test';
import { expect, sceneCanvas, expectCanvasNotBlank, saveScreenshot, test } from './fixtures';
import { CLEAR_COLOR } from '../../src/scene/sceneUnits';

/**
 * 30 s to the overlay, 90 s to the reset: short for a test, long enough that a slow software-rendered CI machine
 * (a click can take seconds) finishes each step, and re-runs and seeks the patient's changes before the reset.
 */
const KIOSK_URL = './?kiosk=1&tier=low&attract=30&idle=1.5&clinic=Cl%C3%ADnica%20Sol&accent=%23cc0055';
/** The same kiosk with the idle times at their longest (nothing may interrupt the checks). */
const KIOSK_BUSY_URL = KIOSK_URL.replace('attract=30&idle=1.5', 'attract=600&idle=120');

/** A key press is input to the kiosk: it wakes the screen (hides the overlay) before the next action. */
async function wake(page: Page): Promise<void> {
  await page.keyboard.press('Shift');
  await expect(page.getByTestId('kiosk-attract')).toBeHidden();
}

async function modelTimeH(page: Page): Promise<number> {
  return page.evaluate(() => window.healsim?.client.frames.latest?.timeH ?? -1);
}

test('kiosk: locked navigation, no outbound links, clinic brand', async ({ page }, testInfo) => {
  await page.goto(KIOSK_BUSY_URL);
  await page.waitForFunction(() => window.healsim !== undefined, null, { timeout: 120_000 });
  await expect(page.locator('.clinic-name')).toHaveText('Clínica Sol');
  await expect(page.getByRole('group', { name: 'Mode' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /share/i })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Compare' })).toHaveCount(0);
  // Patient mode by default; the accent colour marks the header.
  await expect(page.getByRole('tab', { name: 'What is happening' })).toBeVisible();
  const border = await page.locator('.app-header').evaluate((el) => getComputedStyle(el).borderTopColor);
  expect(border).toBe('rgb(204, 0, 85)');

  // No link in any tab leads out of the app.
  for (const tab of await page.getByRole('tab').all()) {
    await tab.tap();
    const outbound = await page.evaluate(() =>
      [...document.querySelectorAll('a[href]')]
        .map((a) => a as HTMLAnchorElement)
        .filter((a) => new URL(a.href).origin !== location.origin || (a.target !== '' && a.target !== '_self'))
        .map((a) => a.href),
    );
    expect(outbound, `outbound links in tab ${await tab.textContent()}`).toEqual([]);
  }
  // A link to another site, were one added, is blocked: the page stays, a note says why.
  const before = page.url();
  await page.evaluate(() => {
    const a = document.createElement('a');
    a.href = 'https://example.com/elsewhere';
    a.textContent = 'elsewhere';
    a.id = 'outbound-probe';
    document.querySelector('.side-panel')!.append(a);
  });
  await page.locator('#outbound-probe').tap();
  await expect(page.getByRole('status').filter({ hasText: 'switched off' })).toBeVisible();
  expect(page.url()).toBe(before);
  expect(await page.evaluate(() => window.open('https://example.com'))).toBeNull();
  await saveScreenshot(page, testInfo, 'kiosk-brand');
});

test('kiosk: the attract overlay after idle, then a reset of what the patient changed', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  await page.goto(KIOSK_URL);
  await page.waitForFunction(() => window.healsim !== undefined, null, { timeout: 120_000 });
  const startNeedle = await page.evaluate(() => window.healsim!.client.info.params.needle_length_mm);

  // A patient explores: another needle length and Spanish (the run plays on meanwhile).
  await wake(page);
  await page.getByRole('tab', { name: 'Your treatment' }).tap();
  const needle = page.getByRole('textbox', { name: 'Needle length (mm)' });
  await needle.fill('0.5');
  await needle.press('Enter');
  await wake(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
  await expect(page.getByRole('tab', { name: 'Su tratamiento' })).toHaveAttribute('aria-selected', 'true');
  await expect
    .poll(() => page.evaluate(() => window.healsim?.client.info.params.needle_length_mm), { timeout: 60_000 })
    .toBe(0.5);
  await expect.poll(() => modelTimeH(page), { timeout: 60_000 }).toBeGreaterThan(1);

  // Hands off: the overlay, then the reset (the overlay alone changes nothing: test/unit/kiosk.test.ts).
  const overlay = page.getByTestId('kiosk-attract');
  await expect(overlay).toBeVisible({ timeout: 60_000 });
  const timeBeforeReset = await modelTimeH(page);
  await saveScreenshot(page, testInfo, 'kiosk-attract');
  await expect
    .poll(() => page.evaluate(() => window.healsim?.client.info.params.needle_length_mm), { timeout: 90_000 })
    .toBe(startNeedle);
  // Back at the start: the new run opened at model time 0 (it plays, so compare with where the last one had got to).
  await expect.poll(() => modelTimeH(page), { timeout: 30_000 }).toBeLessThan(timeBeforeReset);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(overlay).toBeVisible();
  await expectCanvasNotBlank(sceneCanvas(page), CLEAR_COLOR);

  // The next patient touches the screen: the overlay goes, the app is at its start, playing.
  await overlay.tap();
  await expect(overlay).toBeHidden();
  await expect(page.getByRole('tab', { name: 'What is happening' })).toHaveAttribute('aria-selected', 'true');
  const t0 = await modelTimeH(page);
  await expect.poll(() => modelTimeH(page), { timeout: 60_000 }).toBeGreaterThan(t0);
});
