/**
 * The report's charts: which runs and metrics each one draws, and the target windows shaded on it (the numbers
 * are those of the targets named in each title: TARGETS.md T1–T11). Data come from the validation artifact
 * (mean and min–max across seeds); a metric the run did not record is named on the chart as not modelled yet.
 */
import type { RunArtifact, ValidationArtifact } from './artifact';
import type { RunSpec } from './results';
import { specKey } from './results';
import type { Curve, Point, RefLine, TargetWindow, TimeSeriesPlot } from './svg';
import { pointChartSvg, timeSeriesSvg } from './svg';
import { PLOT_RUNS } from './targets';

export interface DocPlot {
  /** File name under docs/validation/. */
  file: string;
  title: string;
  /** Target ids the chart illustrates. */
  targets: string;
  svg: string;
}

interface MetricRequest {
  metric: string;
  label: string;
}

interface TimePlotRequest {
  file: string;
  targets: string;
  title: string;
  spec: RunSpec;
  metrics: readonly MetricRequest[];
  yLabel: string;
  /** Plot in hours or days. */
  xUnit: 'h' | 'd';
  /** Only the first `untilH` hours of the run. */
  untilH?: number;
  windows?: readonly TargetWindow[];
  lines?: readonly RefLine[];
}

const DAY_H = 24;

function findRun(artifact: ValidationArtifact, spec: RunSpec): RunArtifact | undefined {
  return artifact.runs.find((run) => run.key === specKey(spec));
}

function timePlot(artifact: ValidationArtifact, request: TimePlotRequest): DocPlot {
  const run = findRun(artifact, request.spec);
  const scale = request.xUnit === 'd' ? 1 / DAY_H : 1;
  const count = run ? run.t_h.filter((t) => t <= (request.untilH ?? Infinity)).length : 0;
  const curves: Curve[] = [];
  const missing: string[] = [];
  for (const { metric, label } of request.metrics) {
    const band = run?.metrics[metric];
    if (!run || !band) {
      missing.push(metric);
      continue;
    }
    curves.push({
      label,
      x: run.t_h.slice(0, count).map((t) => t * scale),
      mean: band.mean.slice(0, count),
      min: band.min.slice(0, count),
      max: band.max.slice(0, count),
    });
  }
  const plot: TimeSeriesPlot = {
    title: request.title,
    xLabel: request.xUnit === 'd' ? 'time after the session (days)' : 'time after the session (h)',
    yLabel: request.yLabel,
    curves,
    xRange: [0, (request.untilH ?? request.spec.days * DAY_H) * scale],
    windows: request.windows ?? [],
    lines: request.lines ?? [],
    missing,
    missingReason: run ? 'not modelled yet' : `run '${specKey(request.spec)}' not in this validation`,
  };
  return { file: request.file, title: request.title, targets: request.targets, svg: timeSeriesSvg(plot) };
}

const INFLAMMATION: TimePlotRequest = {
  file: 'inflammation.svg',
  targets: 'T1, T2',
  title: 'Neutrophils and macrophages after one 1.5 mm session (T1, T2)',
  spec: PLOT_RUNS.firstWeek,
  metrics: [
    { metric: 'neutrophils', label: 'neutrophils' },
    { metric: 'macrophages_m1', label: 'macrophages M1' },
    { metric: 'macrophages_m2', label: 'macrophages M2' },
  ],
  yLabel: 'cells per mm² of skin',
  xUnit: 'h',
  windows: [
    { label: 'T1: neutrophil peak 12–48 h', x0: 12, x1: 48 },
    { label: 'T2: macrophage peak 48–120 h', x0: 48, x1: 120 },
  ],
  lines: [
    { label: 'T1: neutrophils < 25 % of peak at 96 h', axis: 'x', value: 96 },
    { label: 'T2: M2 > M1 at day 7', axis: 'x', value: 168 },
  ],
};

const EPIDERMIS_AND_CHANNELS: TimePlotRequest = {
  file: 'epidermis-barrier-channels.svg',
  targets: 'T3, T4, T5',
  title: 'Epidermis, barrier and channel lumen after one 1.5 mm session (T3–T5)',
  spec: PLOT_RUNS.firstWeek,
  metrics: [
    { metric: 'reepithelialisation', label: 'reepithelialisation' },
    { metric: 'epidermis_restored', label: 'epidermis_restored' },
    { metric: 'barrier', label: 'barrier' },
    { metric: 'channel_patency', label: 'channel_patency' },
  ],
  yLabel: 'fraction (0–1)',
  xUnit: 'h',
  windows: [
    { label: 'T3: reepithelialisation ≥ 0.9 by 24 h', x0: 0, x1: 24, y0: 0.9, y1: 1 },
    { label: 'T4: barrier ≥ 0.9 by 72 h', x0: 24, x1: 72, y0: 0.9, y1: 1 },
    { label: 'T5: patency halves at 12–30 h', x0: 12, x1: 30, y0: 0.45, y1: 0.55 },
    { label: 'T5: patency < 0.1 from 72 h', x0: 72, x1: 168, y0: 0, y1: 0.1 },
  ],
  lines: [{ label: 'T3: epidermis_restored 0.95 (by day 7)', axis: 'y', value: 0.95 }],
};

const COLLAGEN_EARLY: TimePlotRequest = {
  file: 'collagen-types-early.svg',
  targets: 'T6',
  title: 'Collagen III rises first: first two weeks (T6)',
  spec: PLOT_RUNS.month6,
  untilH: 14 * DAY_H,
  metrics: [
    { metric: 'collagen_iii_tz', label: 'collagen III, treated zone' },
    { metric: 'collagen_i_tz', label: 'collagen I, treated zone' },
  ],
  yLabel: 'relative to before (1 = baseline)',
  xUnit: 'd',
  windows: [{ label: 'T6: collagen III above baseline by 48 h', x0: 0, x1: 2, y0: 1.01 }],
  lines: [{ label: 'baseline', axis: 'y', value: 1 }],
};

const COLLAGEN_SIX_MONTHS: TimePlotRequest = {
  file: 'collagen-types.svg',
  targets: 'T6, T12',
  title: 'Collagen I and III in the treated zone over six months (T6, T12)',
  spec: PLOT_RUNS.month6,
  metrics: COLLAGEN_EARLY.metrics,
  yLabel: 'relative to before (1 = baseline)',
  xUnit: 'd',
  lines: [
    { label: 'baseline', axis: 'y', value: 1 },
    { label: 'T12: day 28', axis: 'x', value: 28 },
  ],
};

const VESSELS: TimePlotRequest = {
  file: 'vessels.svg',
  targets: 'T8',
  title: 'Capillary density in the treated zone (T8)',
  spec: PLOT_RUNS.day42,
  metrics: [{ metric: 'vessels_tz', label: 'vessels_tz' }],
  yLabel: 'relative capillary density',
  xUnit: 'd',
  windows: [
    { label: 'T8: overshoot ≥ 1.5 on days 5–14', x0: 5, x1: 14, y0: 1.5 },
    { label: 'T8: ≤ 1.2 by day 42', x0: 41, x1: 42, y0: 0, y1: 1.2 },
  ],
  lines: [{ label: 'normal density', axis: 'y', value: 1 }],
};

const ERYTHEMA: TimePlotRequest = {
  file: 'erythema.svg',
  targets: 'T9',
  title: 'Redness after one 1.5 mm session (T9)',
  spec: PLOT_RUNS.firstWeek,
  metrics: [{ metric: 'erythema', label: 'erythema' }],
  yLabel: 'redness index (0–1)',
  xUnit: 'h',
  lines: [{ label: 'T9: below 20 % of peak by 72 h', axis: 'x', value: 72 }],
};

/** T11: new collagen at day 42 per needle length, mean and min–max across seeds. */
function doseResponse(artifact: ValidationArtifact): DocPlot {
  const title = 'New collagen at day 42 against needle length (T11)';
  const runs = PLOT_RUNS.doseLengths.map(({ lengthMm, spec }) => ({ lengthMm, run: findRun(artifact, spec) }));
  const points: Point[] = [];
  for (const { lengthMm, run } of runs) {
    const band = run?.metrics.new_collagen;
    const i = run ? run.t_h.indexOf(42 * DAY_H) : -1;
    if (band && i >= 0)
      points.push({ label: `${lengthMm} mm`, value: band.mean[i]!, min: band.min[i]!, max: band.max[i]! });
  }
  const anyRun = runs.some(({ run }) => run !== undefined);
  const notRun = runs.filter(({ run }) => !run).map(({ lengthMm }) => `${lengthMm} mm`);
  const svg = pointChartSvg({
    title,
    xLabel: 'nominal needle length',
    yLabel: 'new collagen (µg per mm²)',
    points,
    ...(points.length > 0 || !anyRun
      ? { missing: notRun, missingReason: 'not in this validation' }
      : { missing: ['new_collagen'], missingReason: 'not modelled yet' }),
  });
  return { file: 'new-collagen-dose.svg', title, targets: 'T11', svg };
}

/** Every chart of the report, in order. */
export function buildPlots(artifact: ValidationArtifact): DocPlot[] {
  const timePlots = [INFLAMMATION, EPIDERMIS_AND_CHANNELS, COLLAGEN_EARLY, COLLAGEN_SIX_MONTHS, VESSELS, ERYTHEMA];
  return [...timePlots.map((request) => timePlot(artifact, request)), doseResponse(artifact)];
}
