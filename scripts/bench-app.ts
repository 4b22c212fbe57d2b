/**
 * `npm run -s bench:app -- [--seconds 60] [--json] [--query "tier=low"] [--viewport 1280x720] [--profile]
 * [--main-only]`: the built app (dist/, served by
 * `vite preview`) in headless Chromium (Debian's, SwiftShader WebGL), measured while it plays:
 *
 *   1. Main-thread budget: a Chrome trace (devtools.timeline + toplevel) over `--seconds` of playing at the default speed.
 *      Frames are delimited by the renderer's animation-frame callbacks (FireAnimationFrame); the script time of a
 *      frame is the summed duration of the top-level script tasks (FunctionCall, FireAnimationFrame, TimerFire,
 *      EventDispatch, RunMicrotasks) on the page's main thread between one frame and the next. Reported: median and
 *      95th percentile per frame, frames drawn, and every main-thread task longer than 50 ms (RunTask). GPU work is
 *      not on the main thread (SwiftShader runs in the GPU process), so its time is excluded by construction.
 *   2. Worker responsiveness: with the model running flat out (setSpeed to a year per second, so every batch is
 *      full and a checkpoint is written every model day), a `status()` round trip every 20 ms for 15 s: median,
 *      99th percentile and worst latency, and the checkpoints written meanwhile. Twice: with the scene drawing
 *      (SwiftShader's rendering then competes with the worker for this machine's 2 cores) and with it hidden
 *      (the worker alone, as on a device with a GPU), from day 0 again.
 */
import { chromium } from '@playwright/test';
import type { CDPSession } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';
import { numberFlag, parseFlags, runCli } from './lib/args';

const PORT = 4179;
/** Animation-frame callbacks closer than this (µs) belong to the same frame. */
const FRAME_GAP_US = 4000;
const SCRIPT_EVENTS = new Set(['FunctionCall', 'FireAnimationFrame', 'TimerFire', 'EventDispatch', 'RunMicrotasks']);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { frame?: string } };
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start at ${url}`);
}

/** Main-thread script time per frame and long tasks, from a devtools.timeline trace. */
function analyseTrace(events: TraceEvent[]) {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`));
  // The page's renderer: the main thread that fired animation frames.
  const counts = new Map<string, number>();
  for (const e of onMain)
    if (e.name === 'FireAnimationFrame') counts.set(`${e.pid}:${e.tid}`, (counts.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const page = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const main = onMain.filter((e) => `${e.pid}:${e.tid}` === page).sort((a, b) => a.ts - b.ts);
  // One frame runs every requestAnimationFrame callback (r3f's loop, the status bar's, the legend's…), each its own
  // FireAnimationFrame event back to back: a frame starts where such an event follows a gap of > FRAME_GAP_US.
  const frameStarts: number[] = [];
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const e of main) {
    if (e.name !== 'FireAnimationFrame') continue;
    if (e.ts - lastEnd > FRAME_GAP_US) frameStarts.push(e.ts);
    lastEnd = Math.max(lastEnd, e.ts + (e.dur ?? 0));
  }
  // Top-level script events only (nested ones are inside a parent's duration).
  const scripts: TraceEvent[] = [];
  let openUntil = -1;
  for (const e of main) {
    if (!SCRIPT_EVENTS.has(e.name)) continue;
    if (e.ts < openUntil) continue;
    scripts.push(e);
    openUntil = e.ts + (e.dur ?? 0);
  }
  const byEvent: Record<string, number> = {};
  for (const e of scripts) byEvent[e.name] = (byEvent[e.name] ?? 0) + (e.dur ?? 0) / 1000;
  const perFrame = new Array<number>(Math.max(0, frameStarts.length - 1)).fill(0);
  let f = 0;
  for (const e of scripts) {
    while (f < frameStarts.length - 1 && e.ts >= frameStarts[f + 1]!) f++;
    if (e.ts < frameStarts[0]! || f >= perFrame.length) continue;
    perFrame[f]! += (e.dur ?? 0) / 1000;
  }
  const sorted = [...perFrame].sort((a, b) => a - b);
  const longTasks = main.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 50_000).map((e) => (e.dur ?? 0) / 1000);
  const spanS = frameStarts.length > 1 ? (frameStarts.at(-1)! - frameStarts[0]!) / 1e6 : 0;
  return {
    frames: perFrame.length,
    fps: spanS > 0 ? perFrame.length / spanS : 0,
    scriptMsPerFrame: { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted.at(-1) ?? 0 },
    longTasksOver50ms: longTasks,
    /** Mean script ms per frame by top-level event kind (where the budget goes). */
    meanMsPerFrameByEvent: Object.fromEntries(
      Object.entries(byEvent).map(([k, v]) => [k, Number((v / Math.max(1, perFrame.length)).toFixed(2))]),
    ),
  };
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), {
    json: { takesValue: false },
    seconds: { takesValue: true },
    query: { takesValue: true },
    viewport: { takesValue: true },
    profile: { takesValue: false },
    'main-only': { takesValue: false },
  });
  const [width, height] = (flags.get('viewport')?.at(-1) ?? '1280x720').split('x').map(Number) as [number, number];
  if (!(width >= 100 && height >= 100)) throw new Error('--viewport must look like 1280x720');
  const seconds = numberFlag(flags, 'seconds', 60, { min: 5, max: 600 });
  const query = flags.get('query')?.at(-1) ?? '';
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run "npm run build" first (npm run bench:app does).');
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${PORT}/`;
  try {
    await waitForServer(base);
    const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${base}?${query}`);
    await page.waitForFunction(() => (window.healsim?.client.frames.received ?? 0) > 10, null, { timeout: 120_000 });
    // Warm-up: shaders compiled, the quality monitor settled.
    await page.waitForTimeout(3000);

    const session = await page.context().newCDPSession(page);
    const events: TraceEvent[] = [];
    session.on('Tracing.dataCollected', (e) => {
      events.push(...(e.value as unknown as TraceEvent[]));
    });
    const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
    await session.send('Tracing.start', {
      categories: 'devtools.timeline,toplevel',
      transferMode: 'ReportEvents',
    });
    const startH = await page.evaluate(() => window.healsim!.client.frames.latest!.timeH);
    await page.waitForTimeout(seconds * 1000);
    const endH = await page.evaluate(() => window.healsim!.client.frames.latest!.timeH);
    await session.send('Tracing.end');
    await done;
    const mainThread = analyseTrace(events);
    const profile = flags.has('profile') ? await profileMainThread(session, Math.min(seconds, 20)) : undefined;
    if (flags.has('main-only')) {
      await browser.close();
      report(
        { seconds, modelHoursPlayed: endH - startH, mainThread, profile },
        width,
        height,
        query,
        flags.has('json'),
      );
      return;
    }

    const measureLatency = () =>
      page.evaluate(async () => {
        const api = window.healsim!.client.api;
        const before = (await api.listCheckpoints()).length;
        await api.setSpeed(8760);
        const latencies: number[] = [];
        const end = performance.now() + 15_000;
        while (performance.now() < end) {
          const t0 = performance.now();
          await api.status();
          latencies.push(performance.now() - t0);
          await new Promise((r) => setTimeout(r, 20));
        }
        await api.pause();
        const status = await api.status();
        const after = (await api.listCheckpoints()).length;
        latencies.sort((a, b) => a - b);
        return {
          samples: latencies.length,
          medianMs: latencies[Math.floor(latencies.length / 2)]!,
          p99Ms: latencies[Math.floor(latencies.length * 0.99)]!,
          maxMs: latencies.at(-1)!,
          modelHoursReached: status.timeH,
          checkpointsWritten: after - before,
        };
      });
    // With the scene drawing: on this machine SwiftShader's GPU work competes with the worker for the 2 cores.
    const worker = await measureLatency();
    // With the scene hidden (a 0 × 0 canvas draws nothing): the worker alone, as on a device whose GPU draws.
    await page.evaluate(async () => {
      (document.querySelector('.stage') as HTMLElement).style.display = 'none';
      const api = window.healsim!.client.api;
      await api.seek(0);
      await api.play();
    });
    const workerAlone = await measureLatency();
    await browser.close();
    report(
      { seconds, modelHoursPlayed: endH - startH, mainThread, profile, worker, workerAlone },
      width,
      height,
      query,
      flags.has('json'),
    );
  } finally {
    server.kill();
  }
}

type Latency = {
  medianMs: number;
  p99Ms: number;
  maxMs: number;
  samples: number;
  checkpointsWritten: number;
  modelHoursReached: number;
};

function report(
  result: {
    seconds: number;
    modelHoursPlayed: number;
    mainThread: ReturnType<typeof analyseTrace>;
    profile?: ProfileRow[];
    worker?: Latency;
    workerAlone?: Latency;
  },
  width: number,
  height: number,
  query: string,
  json: boolean,
): void {
  const { seconds, mainThread, profile, worker, workerAlone } = result;
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const m = mainThread;
  console.log(
    `HealSim app benchmark (headless Chromium, SwiftShader, ${width}×${height}; ${query || 'default options'})`,
  );
  console.log(
    `main thread  ${seconds} s playing (${result.modelHoursPlayed.toFixed(1)} model h): ${m.frames} frames (${m.fps.toFixed(1)} fps); ` +
      `script per frame median ${m.scriptMsPerFrame.median.toFixed(2)} ms, p95 ${m.scriptMsPerFrame.p95.toFixed(2)} ms, ` +
      `max ${m.scriptMsPerFrame.max.toFixed(1)} ms; long tasks > 50 ms: ${m.longTasksOver50ms.length}` +
      (m.longTasksOver50ms.length ? ` (${m.longTasksOver50ms.map((d) => d.toFixed(0)).join(', ')} ms)` : ''),
  );
  console.log(
    `             mean script per frame by task: ${Object.entries(m.meanMsPerFrameByEvent)
      .map(([k, v]) => `${k} ${v} ms`)
      .join(', ')}`,
  );
  if (profile) {
    console.log('             main-thread self time while playing (sampled), top functions:');
    for (const row of profile) console.log(`             ${row.percent.toFixed(1).padStart(5)} %  ${row.name}`);
  }
  for (const [label, w] of [
    ['scene drawn', worker],
    ['scene hidden', workerAlone],
  ] as const) {
    if (!w) continue;
    console.log(
      `worker       status() round trip, model flat out, ${label}: median ${w.medianMs.toFixed(1)} ms, p99 ${w.p99Ms.toFixed(1)} ms, ` +
        `max ${w.maxMs.toFixed(1)} ms over ${w.samples} calls; ${w.checkpointsWritten} checkpoints written meanwhile (model reached day ${(w.modelHoursReached / 24).toFixed(0)})`,
    );
  }
}

interface ProfileRow {
  name: string;
  percent: number;
}

/**
 * `--profile`: a sampling CPU profile of the page's main thread while playing; self time summed by function (name,
 * file, line), as a share of all non-idle samples. Shows where the per-frame script time goes.
 */
async function profileMainThread(session: CDPSession, seconds: number): Promise<ProfileRow[]> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const { profile } = await session.send('Profiler.stop');
  const ticks = new Map<number, number>();
  for (const id of profile.samples ?? []) ticks.set(id, (ticks.get(id) ?? 0) + 1);
  const byFunction = new Map<string, number>();
  let busy = 0;
  for (const node of profile.nodes) {
    const n = ticks.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    if (n === 0 || functionName === '(idle)') continue;
    const key = `${functionName || '(anonymous)'} ${url.split('/').at(-1) ?? ''}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + n);
    busy += n;
  }
  return [...byFunction.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([name, n]) => ({ name, percent: (100 * n) / Math.max(1, busy) }));
}

runCli(main);
