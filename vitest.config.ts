import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

/**
 * Three vitest layers (the fourth, end-to-end, is Playwright: playwright.config.ts):
 *   unit    — engine code in Node
 *   worker  — the real Comlink worker protocol, in-process through @vitest/web-worker
 *   browser — real Chromium (Debian's): real Worker, WebGL, DOM
 */
export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'worker',
          include: ['test/worker/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['@vitest/web-worker'],
          // The in-process worker runs real model steps on the test's own thread; CI has 2 cores.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
            screenshotDirectory: 'artifacts/vitest-screenshots',
          },
        },
      },
    ],
  },
});
