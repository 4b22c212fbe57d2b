/**
 * Runs one prediction prompt: the scenario on screen (the baseline) and the scenario with the prompt's one change
 * (the variant), same seed, each to the question's hour, then the measured values and the model's answer. The
 * baseline is taken, in order of preference, from the run on screen (when its metrics already reach the hour), from a
 * cached headless run, or from a new headless run; the variant from the cache or a new run. Both runs go in parallel
 * (one worker each) and report progress; `cancel` terminates them.
 */
import { startHeadlessRun, twinOptions } from '../../sim/headlessRun';
import type { HeadlessRun } from '../../sim/headlessRun';
import type { SimClient } from '../../sim/simClient';
import { measure, outcomeOf } from './predictions';
import type { Answer, PromptOutcome, PromptPlan } from './predictions';
import { cachedRows, column, runKey, storeRows } from './runCache';

export interface PredictionProgress {
  /** Model hours simulated so far by each run (untilH when taken from the screen or the cache). */
  baselineH: number;
  variantH: number;
  untilH: number;
}

export interface PredictionResult extends PromptOutcome {
  /** The model's answer in the student's bins. */
  actual: Answer;
}

export interface PredictionRun {
  readonly done: Promise<PredictionResult>;
  cancel(): void;
}

export function startPrediction(
  client: SimClient,
  plan: PromptPlan,
  onProgress: (progress: PredictionProgress) => void,
): PredictionRun {
  const { metric, aggregate, untilH } = plan;
  const runs: HeadlessRun[] = [];
  const progress: PredictionProgress = { baselineH: 0, variantH: 0, untilH };
  const cancel = () => runs.forEach((run) => run.cancel());

  const obtain = (changes: Record<string, unknown> | null, side: 'baselineH' | 'variantH'): Promise<number> => {
    const options = twinOptions(client.info, { changes: changes ?? {} });
    const key = runKey(options);
    const cached = cachedRows(key, untilH);
    const fromScreen =
      changes === null ? measure(client.metrics.snapshot().columns.get(metric), aggregate, untilH) : NaN;
    if (cached || Number.isFinite(fromScreen)) {
      progress[side] = untilH;
      return Promise.resolve(cached ? measure(column(cached, metric), aggregate, untilH) : fromScreen);
    }
    const run = startHeadlessRun(options, untilH, (p) => {
      progress[side] = p.hours;
      onProgress({ ...progress });
    });
    runs.push(run);
    return run.done.then((result) => {
      storeRows(key, result.hours, result.rows);
      return measure(column(result.rows, metric), aggregate, untilH);
    });
  };

  const done = Promise.all([obtain(null, 'baselineH'), obtain(plan.change, 'variantH')]).then(
    ([baseline, variant]) => {
      if (!Number.isFinite(baseline) || !Number.isFinite(variant)) throw new Error(`no ${metric} value at ${untilH} h`);
      const { answer, ratio } = outcomeOf(baseline, variant, plan.floor);
      return { baseline, variant, ratio, actual: answer };
    },
    (error: unknown) => {
      cancel();
      throw error;
    },
  );
  onProgress({ ...progress });
  return { done, cancel };
}
