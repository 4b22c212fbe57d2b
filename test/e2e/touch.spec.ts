/**
 * Touch on a tablet (runs in the tablet project only; playwright.config.ts): one finger rotates the camera, two
 * fingers pinch-zoom it, and a tap on a cell opens its explanation. Touches go through CDP, as a real touch
 * screen's would (pointer events with pointerType "touch").
 */
import type { CDPSession, Page } from '@playwright/test';
import { CLEAR_COLOR } from '../../src/scene/sceneUnits';
import { expect, expectCanvasNotBlank, saveScreenshot, sceneCanvas, test } from './fixtures';

type Point = { x: number; y: number };

async function touch(session: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]) {
  await session.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: type === 'touchEnd' ? [] : points.map((p, id) => ({ x: p.x, y: p.y, id })),
  });
}

async function cameraDistance(page: Page): Promise<number> {
  return page.evaluate(() => window.healsim!.cameraDistance()!);
}

test('touch: one-finger rotate, two-finger pinch zoom, tap a cell to see what it is doing', async ({
  page,
}, testInfo) => {
  await page.goto('./?t=48&tier=low');
  const canvas = sceneCanvas(page);
  await expectCanvasNotBlank(canvas, CLEAR_COLOR);
  await page.evaluate(() => window.healsim!.frameAt(480));
  const box = (await canvas.boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const session = await page.context().newCDPSession(page);

  // One finger: rotate. The camera orbits (its position changes) at the same distance.
  const positionBefore = await page.evaluate(() => window.healsim!.cameraPosition());
  const distanceBefore = await cameraDistance(page);
  await touch(session, 'touchStart', [centre]);
  for (let i = 1; i <= 10; i++) await touch(session, 'touchMove', [{ x: centre.x + i * 20, y: centre.y }]);
  await touch(session, 'touchEnd', []);
  await expect
    .poll(async () => {
      const p = await page.evaluate(() => window.healsim!.cameraPosition());
      return Math.hypot(p[0] - positionBefore[0], p[1] - positionBefore[1], p[2] - positionBefore[2]);
    })
    .toBeGreaterThan(0.1);
  expect(Math.abs((await cameraDistance(page)) - distanceBefore)).toBeLessThan(0.05 * distanceBefore);
  await saveScreenshot(page, testInfo, 'touch-rotated');

  // Two fingers spreading apart: zoom in (the camera gets closer to its target).
  const before = await cameraDistance(page);
  await touch(session, 'touchStart', [
    { x: centre.x - 40, y: centre.y },
    { x: centre.x + 40, y: centre.y },
  ]);
  for (let i = 1; i <= 10; i++) {
    await touch(session, 'touchMove', [
      { x: centre.x - 40 - i * 15, y: centre.y },
      { x: centre.x + 40 + i * 15, y: centre.y },
    ]);
  }
  await touch(session, 'touchEnd', []);
  await expect.poll(() => cameraDistance(page)).toBeLessThan(before * 0.85);
  await saveScreenshot(page, testInfo, 'touch-pinched');

  // Tap a macrophage (day 2: there are many): its explanation opens.
  await page.waitForTimeout(500); // damping settles
  const targets = await page.evaluate(() => window.healsim!.cellsOnScreen(2, 5));
  expect(targets.length).toBeGreaterThan(0);
  const target = targets[0]!;
  await touch(session, 'touchStart', [target]);
  await touch(session, 'touchEnd', []);
  const info = page.getByRole('dialog');
  await expect(info).toBeVisible();
  await expect(info).toContainText(/macrophage|monocyte|neutrophil|fibroblast|keratinocyte|platelet|endothelial/i);
  await expect(info).toContainText(/doing/i);
  await saveScreenshot(page, testInfo, 'touch-cell-info');
});
