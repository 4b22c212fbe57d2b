/**
 * Languages: the app in English, Spanish, Arabic (right-to-left, mirrored) and the pseudo-locale (every string
 * ~40 % longer) at tablet sizes, landscape and portrait, in student and patient mode, every side-panel tab: nothing
 * overlaps, nothing is clipped or sticks out (the same checks as the layout sweep). Screenshots for looking at go
 * to artifacts/screenshots/locale-<locale>-<mode>-<size>-<tab>.png.
 */
import type { Page } from '@playwright/test';
import { CLEAR_COLOR } from '../../src/scene/sceneUnits';
import { expect, expectCanvasNotBlank, saveScreenshot, sceneCanvas, test } from './fixtures';
import { layoutProblems } from './layoutChecks';

const LOCALES = ['en', 'es', 'ar', 'en-XA'] as const;
const TABLET_SIZES = [
  [1024, 768],
  [768, 1024],
] as const;

/** Side-panel tabs by position (their names are in the page's language). */
async function eachTab(page: Page, visit: (index: number) => Promise<void>): Promise<void> {
  const count = await page.getByRole('tab').count();
  for (let i = 0; i < count; i++) {
    await page.getByRole('tab').nth(i).click();
    await visit(i);
  }
  await page.getByRole('tab').first().click();
}

for (const locale of LOCALES) {
  test(`${locale}: student and patient mode at tablet sizes, every tab, nothing clipped`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`./?locale=${locale}&mode=student&tier=low&t=30`);
    await expectCanvasNotBlank(sceneCanvas(page), CLEAR_COLOR);
    const rtl = locale === 'ar';
    await expect(page.locator('html')).toHaveAttribute('dir', rtl ? 'rtl' : 'ltr');
    await expect(page.locator('html')).toHaveAttribute('lang', locale === 'en-XA' ? 'en' : locale);
    if (locale === 'en-XA') await expect(page.getByRole('tab').first()).toHaveText(/^\[.*\]$/);
    if (rtl) {
      // Mirrored: the side panel is on the left of the stage.
      const panel = (await page.locator('.side-panel').boundingBox())!;
      const stage = (await page.locator('.stage').boundingBox())!;
      expect(panel.x).toBeLessThan(stage.x);
    }
    const found: string[] = [];
    for (const mode of ['student', 'patient'] as const) {
      if (mode === 'patient') await page.locator('.app-header [role="group"] button').first().click();
      await expect(page.locator('.app')).toHaveAttribute('data-mode', mode);
      for (const [width, height] of TABLET_SIZES) {
        await page.setViewportSize({ width, height });
        await expect
          .poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), {
            timeout: 20_000,
          })
          .toBe(true);
        await eachTab(page, async (tab) => {
          await page.waitForTimeout(400);
          for (const problem of await layoutProblems(page))
            found.push(`${mode} ${width}×${height} tab ${tab}: ${problem}`);
          if (tab === 0) await saveScreenshot(page, testInfo, `locale-${locale}-${mode}-${width}x${height}-tab${tab}`);
        });
      }
    }
    expect([...new Set(found)]).toEqual([]);
  });
}
