/**
 * The headline outputs the screen ranks parameters for: each is one statistic of one metric of a run's summary
 * (scripts/sweep/summary.ts), over the screen's horizon. The same metrics the protocol invariants watch.
 */
import type { RunSummary } from '../sweep/summary';

export interface ScreenOutput {
  /** `metric.stat`, e.g. `collagen_i.last`. */
  readonly key: string;
  readonly metric: string;
  readonly stat: 'first' | 'last' | 'min' | 'max';
  readonly description: string;
}

function output(metric: string, stat: ScreenOutput['stat'], description: string): ScreenOutput {
  return { key: `${metric}.${stat}`, metric, stat, description };
}

export const SCREEN_OUTPUTS: readonly ScreenOutput[] = [
  output('fibroblast_lineage', 'last', 'fibroblasts + myofibroblasts at the end (cells/mm²)'),
  output('myofibroblast_share', 'max', 'peak myofibroblast share of the lineage'),
  output('collagen_i', 'last', 'collagen I at the end (× before)'),
  output('collagen_iii', 'last', 'collagen III at the end (× before)'),
  output('new_collagen', 'last', 'new collagen net of degradation at the end (µg/mm²)'),
  output('elastin', 'last', 'elastin at the end (× before)'),
  output('alignment_tz', 'max', 'peak fibre alignment in the treated zone'),
  output('alignment_tz', 'last', 'fibre alignment in the treated zone at the end'),
  output('epidermal_thickness', 'max', 'peak epidermal thickness (× before)'),
  output('barrier', 'min', 'lowest barrier function'),
  output('vessels_tz', 'max', 'peak capillary density in the treated zone (× before)'),
  output('erythema', 'max', 'peak redness index'),
  output('pigment_risk', 'max', 'peak pigment risk'),
];

/** The output's value in one run; NaN when the metric is missing or not finite. */
export function outputValue(summary: RunSummary, output: ScreenOutput): number {
  return summary.metrics[output.metric]?.[output.stat] ?? Number.NaN;
}
