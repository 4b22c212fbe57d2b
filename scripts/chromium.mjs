// Finds the Chromium that tests drive. Never downloads a browser: uses CHROMIUM_PATH or Debian's chromium.
import { existsSync } from 'node:fs';

/** Candidate binaries, best first. The real binary beats the /usr/bin shell wrapper (faster, fewer flags). */
const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags every test launch adds: SwiftShader WebGL 2 in headless mode, and no background traffic. */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** @returns {string | null} */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function requireChromium() {
  const path = findChromium();
  if (!path) {
    const why = process.env.CHROMIUM_PATH
      ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`
      : 'no Chromium found';
    throw new Error(`${why}: run "node scripts/ensure-chromium.mjs" or set CHROMIUM_PATH to a Chromium binary.`);
  }
  return path;
}
