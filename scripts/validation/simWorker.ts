/**
 * Worker-thread entry for parallel validation runs: receives a job, runs it, posts progress and the series.
 * Started by runner.ts through a small bootstrap that registers tsx in the thread first.
 */
import { parentPort } from 'node:worker_threads';
import type { Params } from '../../workers/model/params';
import { simulateSeries } from './simulateRun';

export interface WorkerJob {
  params: Params;
  /** Never needled (the untreated control). */
  untreated: boolean;
  seed: number;
  hours: number;
}

export type WorkerMessage =
  | { type: 'progress'; doneH: number }
  | { type: 'done'; series: Record<string, readonly number[]> }
  | { type: 'error'; message: string };

const port = parentPort;
if (!port) throw new Error('simWorker.ts must run in a worker thread');

port.on('message', (job: WorkerJob) => {
  try {
    const series = simulateSeries(
      job.params,
      job.seed,
      job.hours,
      (doneH) => port.postMessage({ type: 'progress', doneH } satisfies WorkerMessage),
      { untreated: job.untreated },
    );
    port.postMessage({ type: 'done', series } satisfies WorkerMessage);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    port.postMessage({ type: 'error', message } satisfies WorkerMessage);
  }
});
