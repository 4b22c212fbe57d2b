/**
 * Main-thread handle on the simulation worker: spawns the Vite-built module worker, wraps it with Comlink
 * and owns the frame stream. The scene and UI talk to the model only through this.
 */
import * as Comlink from 'comlink';
import type { Remote } from 'comlink';
import type { InitOptions, SimInfo, SimWorkerApi } from '../../workers/protocol';
import { FrameStream } from './frameStream';

export interface SimClient {
  readonly api: Remote<SimWorkerApi>;
  readonly frames: FrameStream;
  readonly info: SimInfo;
  dispose(): void;
}

export function spawnSimWorker(): Worker {
  return new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module', name: 'healsim-model' });
}

export async function createSimClient(
  options: InitOptions,
  onError: (error: unknown) => void,
  worker: Worker = spawnSimWorker(),
): Promise<SimClient> {
  const api = Comlink.wrap<SimWorkerApi>(worker);
  const info = await api.init(options);
  const frames = new FrameStream(api, onError);
  return {
    api,
    frames,
    info,
    dispose() {
      frames.close();
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
