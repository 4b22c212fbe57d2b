import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

/** Port and build folder of the app under test (env overrides let parallel checkouts test their own build). */
const PORT = Number(process.env.HEALSIM_E2E_PORT ?? 4173);
const DIST = process.env.HEALSIM_E2E_DIST ?? 'dist';
const isCI = Boolean(process.env.CI);

/**
 * End-to-end tests against the production build served by `vite preview` (run `vite build` first; `npm test`
 * does). Two projects: a desktop browser and a touch tablet. Debian's Chromium, never a downloaded one.
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'artifacts/playwright-output',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: isCI ? 2 : undefined,
  reporter: [['list'], ['html', { outputFolder: 'artifacts/playwright-report', open: 'never' }]],
  // Software WebGL (SwiftShader) draws the scene at ~1–3 frames per second on a 2-core CI machine.
  timeout: 180_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      // Touch gestures need a touch screen, and the kiosk is a consult-room tablet: the tablet project runs them.
      testIgnore: /(touch|kiosk)\.spec\.ts/,
      use: { browserName: 'chromium', viewport: { width: 1280, height: 720 } },
    },
    {
      name: 'tablet',
      // The layout and language sweeps set their own viewport sizes; offline behaviour and the embedding API do not
      // depend on the device: once (desktop project) is enough.
      testIgnore: /(layouts|locales|offline|embed)\.spec\.ts/,
      use: {
        browserName: 'chromium',
        viewport: { width: 1024, height: 768 },
        hasTouch: true,
        isMobile: false,
        deviceScaleFactor: 1,
        userAgent: devices['Galaxy Tab S4'].userAgent,
      },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1 --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !isCI,
    timeout: 60_000,
  },
});
