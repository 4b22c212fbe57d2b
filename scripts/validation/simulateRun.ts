/**
 * One simulation, start to finish, returning its numeric metric series. Used in-process and by the worker
 * threads (simWorker.ts), so both paths run exactly the same code.
 */
import type { Params } from '../../workers/model/params';
import { createSimulation } from '../../workers/engine/simulation';
import type { SimulationOptions } from '../../workers/engine/simulation';
import type { SeedSeries } from './results';

/** Progress is reported every this many model hours (30 days: a line a minute or so at the low tier). */
export const PROGRESS_EVERY_H = 30 * 24;

export function simulateSeries(
  params: Params,
  seed: number,
  hours: number,
  onProgress?: (doneH: number) => void,
  options: Pick<SimulationOptions, 'untreated'> = {},
): SeedSeries {
  const sim = createSimulation(params, seed, options);
  for (let done = 0; done < hours;) {
    done = Math.min(hours, done + PROGRESS_EVERY_H);
    sim.advanceTo(done);
    if (done < hours) onProgress?.(done);
  }
  return numericSeries(sim.metrics());
}

/** Keeps the numeric series (drops `phase`, whose values are names). */
export function numericSeries(metrics: Record<string, number[] | string[]>): SeedSeries {
  const out: Record<string, number[]> = {};
  for (const [key, values] of Object.entries(metrics)) {
    if (values.every((v) => typeof v === 'number')) out[key] = values as number[];
  }
  return out;
}
