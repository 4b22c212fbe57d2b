/**
 * Layouts: every mode at every size the product supports — tablet portrait and landscape, desktop, a laptop and a
 * phone — with nothing overlapping and no text clipped or overflowing. Each mode is loaded once and the viewport
 * resized through the sizes (the layout is pure CSS, so this is what a rotating tablet does). Screenshots go to
 * artifacts/screenshots/layout-<mode>-<size>.png for looking at; the checks below fail the test on any problem.
 */
import { CLEAR_COLOR } from '../../src/scene/sceneUnits';
import { expect, expectCanvasNotBlank, saveScreenshot, test } from './fixtures';
import { layoutProblems } from './layoutChecks';

const SIZES = [
  [768, 1024],
  [1024, 768],
  [1366, 1024],
  [1280, 720],
  [390, 844],
] as const;

const MODES = ['patient', 'student', 'educator'] as const;

for (const mode of MODES) {
  test(`${mode} mode: every layout size without overlap or clipped text`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`./?mode=${mode}&tier=low&t=30`);
    await expectCanvasNotBlank(page.locator('.stage canvas').first(), CLEAR_COLOR);
    const found: string[] = [];
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      // Let the layout and the canvas settle: the 3D view resizes its canvas on the next observed resize and
      // draws one software-rendered frame; until then the old canvas size can still widen the page.
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), { timeout: 20_000 })
        .toBe(true);
      await page.waitForTimeout(1000);
      await saveScreenshot(page, testInfo, `layout-${mode}-${width}x${height}`);
      for (const problem of await layoutProblems(page)) found.push(`${width}×${height}: ${problem}`);
    }
    expect(found).toEqual([]);
  });
}
