/**
 * Main-thread handle on the simulation worker: spawns the Vite-built module worker, wraps it with Comlink
 * and owns the frame stream. The scene and UI talk to the model only through this.
 */
import * as Comlink from 'comlink';
import type { Remote } from 'comlink';
import type { InitOptions, Params, SimInfo, SimWorkerApi } from '../../workers/protocol';
import { FrameStream } from './frameStream';
import { MetricsFeed } from './metricsFeed';

export interface SimClient {
  readonly api: Remote<SimWorkerApi>;
  readonly frames: FrameStream;
  readonly info: SimInfo;
  /** The run's metric series, polled about once a second (metricsFeed.ts). */
  readonly metrics: MetricsFeed;
  /** False once the run faulted, was disposed or handed its worker over. */
  readonly healthy: boolean;
  /** Ends the run and terminates its worker (idempotent). */
  dispose(): void;
  /**
   * Ends the run but keeps its worker for the next run (parameter changes: `reuseSimClient`), or null when the run
   * faulted or already ended. After this, `dispose()` does nothing: the worker is the next run's.
   */
  handOver(): WorkerLink | null;
}

/**
 * Why the model stopped, typed for the UI:
 *  - 'start': init refused the options (bad parameters) or the worker could not load;
 *  - 'model': the model threw while running (the worker is alive; its message says where);
 *  - 'crash': the worker itself died (an uncaught error or a message that could not be read).
 * Every kind is recovered the same way: dispose the client and start a new worker.
 */
export class SimFault extends Error {
  readonly kind: 'start' | 'model' | 'crash';
  constructor(kind: SimFault['kind'], message: string) {
    super(message);
    this.name = 'SimFault';
    this.kind = kind;
  }
}

export function spawnSimWorker(): Worker {
  return new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module', name: 'healsim-model' });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A worker and its Comlink proxy, before or between runs (a run hands them to the next: `SimClient.handOver`). */
export interface WorkerLink {
  worker: Worker;
  api: Remote<SimWorkerApi>;
}

export async function createSimClient(
  options: InitOptions,
  onError: (fault: SimFault) => void,
  worker: Worker = spawnSimWorker(),
): Promise<SimClient> {
  return startRun({ worker, api: Comlink.wrap<SimWorkerApi>(worker) }, onError, (api) => api.init(options));
}

/**
 * A new run on the worker of a previous one (parameter changes): the worker re-initialises the model with the
 * complete resolved parameter set (`setParams`; the worker validates it, and on refusal keeps nothing) instead of a
 * new worker being spawned and loaded. `previous` must have been handed over (`handOver()`) and not disposed.
 */
export async function reuseSimClient(
  link: WorkerLink,
  params: Params,
  seed: number,
  onError: (fault: SimFault) => void,
): Promise<SimClient> {
  return startRun(link, onError, (api) => api.setParams({ ...params }, seed));
}

async function startRun(
  link: WorkerLink,
  onError: (fault: SimFault) => void,
  begin: (api: Remote<SimWorkerApi>) => Promise<SimInfo>,
): Promise<SimClient> {
  const { worker, api } = link;
  let failed = false;
  const fail = (fault: SimFault) => {
    if (failed) return;
    failed = true;
    onError(fault);
  };
  const onWorkerError = (event: ErrorEvent) => {
    // Handled here: without preventDefault the error would also surface as an uncaught page error.
    event.preventDefault();
    fail(new SimFault('crash', `The model's worker crashed: ${event.message || 'unknown error'}`));
  };
  const onMessageError = () => fail(new SimFault('crash', 'The model sent a message that could not be read.'));
  worker.addEventListener('error', onWorkerError);
  worker.addEventListener('messageerror', onMessageError);
  const unlisten = () => {
    worker.removeEventListener('error', onWorkerError);
    worker.removeEventListener('messageerror', onMessageError);
  };
  let info: SimInfo;
  try {
    info = await begin(api);
  } catch (error) {
    unlisten();
    api[Comlink.releaseProxy]();
    worker.terminate();
    throw new SimFault('start', messageOf(error));
  }
  const frames = new FrameStream(api, (error) => fail(new SimFault('model', messageOf(error))));
  const metrics = new MetricsFeed(api);
  metrics.start();
  let released = false;
  const stop = () => {
    metrics.dispose();
    frames.close();
    unlisten();
  };
  const client = {
    frames,
    info,
    metrics,
    get healthy() {
      return !failed && !released;
    },
    dispose() {
      if (released) return;
      released = true;
      stop();
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
    handOver(): WorkerLink | null {
      if (released || failed) return null;
      released = true;
      stop();
      return { worker, api };
    },
  };
  // Not enumerable: React 19's dev-mode render logging diffs component props by walking their enumerable
  // properties; reading anything on a Comlink proxy after releaseProxy() throws ("Proxy has been released"),
  // which broke React's scheduler once a re-run disposed the old client.
  Object.defineProperty(client, 'api', { value: api, enumerable: false });
  return client as SimClient;
}
