// Makes sure a Chromium for the browser tests exists. If none is found and we are root on a Debian/Ubuntu
// machine with apt, installs Debian's `chromium` package; otherwise stops with one line saying what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const found = findChromium();
if (found) {
  console.log(`chromium: ${found}`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
  console.error(
    `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist: point it at a Chromium binary (e.g. /usr/lib/chromium/chromium).`,
  );
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    'No Chromium found: install Debian/Ubuntu "chromium" (apt-get install chromium) or set CHROMIUM_PATH=/path/to/chromium.',
  );
  process.exit(1);
}
console.log('chromium: not found, installing Debian package "chromium" with apt-get…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env,
});
const installed = findChromium();
if (!installed) {
  console.error('apt-get installed "chromium" but no binary was found: set CHROMIUM_PATH=/path/to/chromium.');
  process.exit(1);
}
console.log(`chromium: ${installed}`);
