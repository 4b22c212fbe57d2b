/**
 * Worker-thread entry of the sweep pool (pool.ts starts it through a bootstrap that registers tsx first):
 * runs one simulation per message and posts back its summary (and, when asked, its thinned series).
 */
import { parentPort } from 'node:worker_threads';
import type { Params } from '../../workers/model/params';
import { createSimulation } from '../../workers/engine/simulation';
import { numericSeries } from '../validation/simulateRun';
import type { RunSummary } from './summary';
import { summarise, thinSeries, withDerived } from './summary';

export interface SweepJob {
  params: Params;
  /** Never needled (the untreated control). */
  untreated: boolean;
  seed: number;
  hours: number;
  /** Keep the series thinned to this many model hours (0: no series). */
  seriesEveryH: number;
}

export type SweepWorkerMessage =
  | { type: 'done'; summary: RunSummary; series?: Record<string, (number | null)[]> }
  | { type: 'error'; message: string };

export function runSweepJob(job: SweepJob): Extract<SweepWorkerMessage, { type: 'done' }> {
  const sim = createSimulation(job.params, job.seed, { untreated: job.untreated });
  sim.advanceTo(job.hours);
  const series = withDerived(numericSeries(sim.metrics()));
  const summary = summarise(series);
  return job.seriesEveryH > 0
    ? { type: 'done', summary, series: thinSeries(series, job.seriesEveryH) }
    : { type: 'done', summary };
}

const port = parentPort;
if (port) {
  port.on('message', (job: SweepJob) => {
    try {
      port.postMessage(runSweepJob(job) satisfies SweepWorkerMessage);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      port.postMessage({ type: 'error', message } satisfies SweepWorkerMessage);
    }
  });
}
