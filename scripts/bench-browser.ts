/**
 * `npm run -s bench:browser -- [--json] [--scale K]`: the engine benchmark inside a Worker in headless Chromium
 * (Debian's), served by Vite from scripts/bench-browser/. Prints the same figures as `npm run bench`.
 */
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';
import { numberFlag, parseFlags, runCli } from './lib/args';

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), { json: { takesValue: false }, scale: { takesValue: true } });
  const scale = numberFlag(flags, 'scale', 1, { min: 0.125, max: 8 });
  const root = fileURLToPath(new URL('./bench-browser/', import.meta.url));
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
    worker: { format: 'es' },
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/index.html?scale=${scale}`);
    await page.waitForFunction(
      () => {
        const w = window as unknown as { __benchResult?: unknown; __benchError?: string };
        return w.__benchResult !== undefined || w.__benchError !== undefined;
      },
      undefined,
      { timeout: 300_000 },
    );
    const { result, error } = await page.evaluate(() => {
      const w = window as unknown as { __benchResult?: unknown; __benchError?: string };
      return { result: w.__benchResult, error: w.__benchError };
    });
    if (error) throw new Error(`benchmark failed in the browser: ${error}`);
    const r = result as {
      userAgent: string;
      diffusion: { voxels: number; voxel_field_updates_per_s: number; ms_per_step: number };
      agents: { agents: number; agent_updates_per_s: number; ms_per_step: number };
      scenario: { voxels: number; agents: number; ms_per_step: number; sim_hours_per_s: number };
    };
    if (flags.has('json')) {
      process.stdout.write(`${JSON.stringify(r)}\n`);
      return;
    }
    const m = (v: number) => (v / 1e6).toFixed(1);
    console.log(`HealSim engine benchmark in a Worker — ${r.userAgent}`);
    console.log(
      `diffusion  ${r.diffusion.voxels} voxels × 5 fields: ${m(r.diffusion.voxel_field_updates_per_s)} M voxel-field updates/s`,
    );
    console.log(`agents     ${r.agents.agents} agents: ${m(r.agents.agent_updates_per_s)} M agent-updates/s`);
    console.log(
      `scenario   ${r.scenario.voxels} voxels, ${r.scenario.agents} agents: ${r.scenario.ms_per_step.toFixed(2)} ms/step, ${r.scenario.sim_hours_per_s.toFixed(1)} simulated h/s`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

void runCli(main);
