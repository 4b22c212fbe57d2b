import { CLEAR_COLOR } from '../../src/scene/sceneUnits';
import { expect, expectCanvasNotBlank, saveScreenshot, sceneCanvas, test } from './fixtures';

test('the app loads, streams frames from the worker and draws the tissue and cells', async ({ page }, testInfo) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'HealSim' })).toBeVisible();
  await expect(page.getByText('Educational simulation — not a prediction for any person.')).toBeVisible();

  const status = page.getByTestId('sim-status');
  await expect
    .poll(async () => Number(await status.getAttribute('data-frames')), { timeout: 20_000 })
    .toBeGreaterThan(3);
  const stepBefore = Number(await status.getAttribute('data-step'));
  await expect
    .poll(async () => Number(await status.getAttribute('data-step')), { timeout: 10_000 })
    .toBeGreaterThan(stepBefore);
  await expect(status).toContainText(/\d{4,} cells/);

  const canvas = sceneCanvas(page);
  await expect(canvas).toBeVisible();
  await expectCanvasNotBlank(canvas, CLEAR_COLOR);
  await saveScreenshot(page, testInfo, 'slice');
});

test('pausing freezes the model; dragging (mouse or touch) then rotates the camera', async ({ page }, testInfo) => {
  // A fixed render tier: under "auto" the quality monitor may legitimately change the picture mid-test.
  await page.goto('./?tier=low');
  const canvas = sceneCanvas(page);
  await expectCanvasNotBlank(canvas, CLEAR_COLOR);
  const box = (await canvas.boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const status = page.getByTestId('sim-status');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  // Paused: the model step stops changing, and so does the picture.
  await expect
    .poll(async () => {
      const a = await status.getAttribute('data-step');
      await page.waitForTimeout(300);
      return a === (await status.getAttribute('data-step'));
    })
    .toBe(true);
  // The 3D view's own pixels (the drawing buffer is preserved), not a page screenshot: the DOM overlays on the
  // stage (legend, buttons) are composited over the canvas and may re-rasterise by a few pixels between frames.
  // The last frame may still be on its way to the screen (software rendering, ~2 frames/s): let it settle first.
  const pixels = () => canvas.evaluate((c) => (c as HTMLCanvasElement).toDataURL());
  await expect
    .poll(
      async () => {
        const a = await pixels();
        await page.waitForTimeout(400);
        return a === (await pixels());
      },
      { message: 'a paused view becomes stable', timeout: 30_000 },
    )
    .toBe(true);
  const stable = await pixels();
  await page.waitForTimeout(300);
  expect((await pixels()) === stable, 'a paused view is stable').toBe(true);

  if (testInfo.project.use.hasTouch) {
    const session = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      session.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }],
      });
    await touch('touchStart', cx, cy);
    for (let i = 1; i <= 10; i++) await touch('touchMove', cx + i * 25, cy);
    await touch('touchEnd', cx + 250, cy);
  } else {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 250, cy, { steps: 10 });
    await page.mouse.up();
  }
  await expect.poll(async () => (await pixels()) !== stable, { timeout: 30_000 }).toBe(true);
  await saveScreenshot(page, testInfo, 'rotated');
});
