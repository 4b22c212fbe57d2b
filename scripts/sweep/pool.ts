/**
 * A pool of worker threads that run sweep jobs (worker.ts), `lanes` at a time. Each lane owns one worker and
 * takes the next job when it finishes one; a worker that crashes is replaced and its job reported as failed.
 */
import type { Worker } from 'node:worker_threads';
import { tsxWorker } from '../lib/tsxWorker';
import type { SweepJob, SweepWorkerMessage } from './worker';

export type JobOutcome = Extract<SweepWorkerMessage, { type: 'done' }> | { type: 'error'; message: string };

export async function runPool<T extends { job: SweepJob }>(
  tasks: readonly T[],
  lanes: number,
  onOutcome: (task: T, outcome: JobOutcome, wallMs: number) => void,
): Promise<void> {
  const queue = [...tasks];
  const laneCount = Math.max(1, Math.min(lanes, queue.length));
  await Promise.all(Array.from({ length: laneCount }, () => runLane(queue, onOutcome)));
}

async function runLane<T extends { job: SweepJob }>(
  queue: T[],
  onOutcome: (task: T, outcome: JobOutcome, wallMs: number) => void,
): Promise<void> {
  let worker: SweepThread | undefined;
  try {
    for (let task = queue.shift(); task; task = queue.shift()) {
      worker ??= new SweepThread();
      const started = Date.now();
      let outcome: JobOutcome;
      try {
        outcome = await worker.run(task.job);
      } catch (error) {
        outcome = { type: 'error', message: error instanceof Error ? error.message : String(error) };
        await worker.close();
        worker = undefined;
      }
      onOutcome(task, outcome, Date.now() - started);
    }
  } finally {
    await worker?.close();
  }
}

/** One worker thread with tsx registered, running jobs one at a time. */
class SweepThread {
  private readonly worker: Worker;

  constructor() {
    this.worker = tsxWorker(new URL('./worker.ts', import.meta.url));
  }

  run(job: SweepJob): Promise<JobOutcome> {
    return new Promise((resolve, reject) => {
      const cleanup = () => {
        this.worker.off('message', onMessage);
        this.worker.off('error', onError);
        this.worker.off('exit', onExit);
      };
      const onError = (error: Error) => {
        cleanup();
        reject(error);
      };
      const onExit = (code: number) => {
        cleanup();
        reject(new Error(`worker thread exited with code ${code}`));
      };
      const onMessage = (message: SweepWorkerMessage) => {
        cleanup();
        resolve(message);
      };
      this.worker.on('message', onMessage);
      this.worker.on('error', onError);
      this.worker.on('exit', onExit);
      this.worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
