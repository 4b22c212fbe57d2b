/**
 * uPlot options for the panel's charts (leeoniya/uPlot: canvas, small, fast; the project's one charting library).
 * Built once per chart; the x range is set with the data (UPlotChart.tsx), so a new window or new rows are a
 * setData, not a new chart; a language switch builds new options (labels and number formats are read here and while
 * drawing). Colours follow the app's dark theme.
 */
import type uPlot from 'uplot';
import { t } from '../../i18n';
import { CELLS_LINEAR_BELOW } from './chartDefs';
import type { ChartDef, YScaleKind } from './chartDefs';
import { formatAxisValue } from './chartData';
import { seriesLabel, unitLabel } from './chartStrings';
import { formatTick, timeTicks } from './timeAxis';
import { COMPARISON, THEME } from '../../look/colors';

/** Theme: muted text for axes (#9fb3c8), faint grid lines. */
const AXIS_COLOR = THEME.axis;
const GRID_COLOR = 'rgba(159, 179, 200, 0.14)';
const AXIS_FONT = '11px system-ui, sans-serif';
/** Band opacity: light enough that the lines over it stay clear, dark enough to see on #16283b. */
const BAND_ALPHA = 0.22;
/** Line width, CSS px: 2 reads on a phone without hiding the band. */
const LINE_WIDTH = 2;
/** Axis gutters, CSS px: x labels below, y labels (like "25K") and the unit label beside. */
const X_AXIS_SIZE = 26;
const Y_AXIS_SIZE = 40;
const Y_LABEL_SIZE = 14;

/** "#RRGGBB" → "rgba(r, g, b, a)". */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

function xAxis(): uPlot.Axis {
  return {
    stroke: AXIS_COLOR,
    font: AXIS_FONT,
    size: X_AXIS_SIZE,
    grid: { stroke: GRID_COLOR, width: 1 },
    ticks: { stroke: GRID_COLOR, width: 1, size: 4 },
    // uPlot hands over the scale's range; the plot width decides the step (CSS px).
    splits: (u, _axis, min, max) => timeTicks(min, max, u.bbox.width / devicePixelRatio),
    values: (u, splits) => {
      const span = (u.scales.x!.max ?? 0) - (u.scales.x!.min ?? 0);
      return splits.map((h) => formatTick(h, span));
    },
  };
}

function yAxis(unit: string): uPlot.Axis {
  return {
    stroke: AXIS_COLOR,
    font: AXIS_FONT,
    labelFont: AXIS_FONT,
    label: unitLabel(unit),
    labelSize: Y_LABEL_SIZE,
    size: Y_AXIS_SIZE,
    grid: { stroke: GRID_COLOR, width: 1 },
    ticks: { stroke: GRID_COLOR, width: 1, size: 4 },
    values: (_u, splits) => splits.map((v) => (v === null ? '' : formatAxisValue(v))),
  };
}

function yScale(kind: YScaleKind): uPlot.Scale {
  switch (kind) {
    case 'cells':
      return { distr: 4, asinh: CELLS_LINEAR_BELOW };
    case 'fraction':
      return { range: [0, 1] };
    case 'relative':
      // Always show 1 (before treatment), with a little room around the data.
      return {
        range: (_u, min, max) => {
          const lo = Math.min(min ?? 1, 1);
          const hi = Math.max(max ?? 1, 1);
          const pad = (hi - lo) * 0.08 || 0.05;
          return [lo - pad, hi + pad];
        },
      };
    case 'fromZero':
      return { range: (_u, _min, max) => [0, max !== null && max > 0 ? max * 1.08 : 1] };
  }
}

/** Shared base: no uPlot legend (ours is text), no hover cursor or drag-zoom (the panel's window buttons zoom). */
function base(): Pick<uPlot.Options, 'legend' | 'cursor' | 'select' | 'padding'> & {
  scales: uPlot.Scales;
} {
  return {
    legend: { show: false },
    cursor: { show: false, drag: { x: false, y: false } },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    // Room on the right for the last x label ("168 h" is centred on the plot's edge).
    padding: [8, 16, 0, 0],
    scales: { x: { time: false } },
  };
}

/** Width and height are set by the chart component (from the panel's width). */
export type ChartOptions = Omit<uPlot.Options, 'width' | 'height'>;

/**
 * A metric chart: per series a band (lo, hi; invisible edges, shaded between) and a line, in metricChartData's
 * order: [x, lo₁, hi₁, …, line₁, …].
 */
export function metricChartOptions(def: ChartDef, unit: string): ChartOptions {
  const bandSeries: uPlot.Series[] = [];
  const bands: uPlot.Band[] = [];
  def.series.forEach((s, k) => {
    const edge: uPlot.Series = {
      label: t('charts:bandSeries', { label: seriesLabel(s) }),
      stroke: 'transparent',
      width: 0,
      points: { show: false },
    };
    bandSeries.push({ ...edge }, { ...edge });
    bands.push({ series: [2 + 2 * k, 1 + 2 * k], fill: withAlpha(s.color, BAND_ALPHA) });
  });
  const lines: uPlot.Series[] = def.series.map((s) => ({
    label: seriesLabel(s),
    stroke: s.color,
    width: LINE_WIDTH,
    dash: s.dash,
    points: { show: false },
  }));
  const b = base();
  return {
    ...b,
    scales: { ...b.scales, y: yScale(def.y) },
    axes: [xAxis(), yAxis(unit)],
    series: [{}, ...bandSeries, ...lines],
    bands,
  };
}

/** Line styles of the difference charts: A solid, B dashed, A − B dotted (in a chart of its own, below). */
export const DIFFERENCE_STYLE: Readonly<Record<'a' | 'b' | 'delta', { color: string; dash: number[] }>> = {
  a: { color: COMPARISON.a, dash: [] },
  b: { color: COMPARISON.b, dash: [7, 4] },
  delta: { color: COMPARISON.delta, dash: [2, 3] },
};

function line(label: string, style: { color: string; dash: number[] }): uPlot.Series {
  return { label, stroke: style.color, width: LINE_WIDTH, dash: style.dash, points: { show: false } };
}

/** A and B of one measure: [x, A, B]. */
export function pairChartOptions(unit: string, labels: readonly [string, string]): ChartOptions {
  const b = base();
  return {
    ...b,
    scales: { ...b.scales, y: {} },
    axes: [xAxis(), yAxis(unit)],
    series: [{}, line(labels[0], DIFFERENCE_STYLE.a), line(labels[1], DIFFERENCE_STYLE.b)],
  };
}

/**
 * A − B: [x, A − B], its own chart below A and B. Why not a second axis on the same chart: when B is flat (the
 * untreated control), A − B has exactly A's shape and the two lines would lie on top of each other.
 */
export function deltaChartOptions(unit: string, label: string): ChartOptions {
  const b = base();
  return {
    ...b,
    // Always show 0 (no difference), with a little room around the data.
    scales: {
      ...b.scales,
      y: {
        range: (_u, min, max) => {
          const lo = Math.min(min ?? 0, 0);
          const hi = Math.max(max ?? 0, 0);
          const pad = (hi - lo) * 0.08 || 0.01;
          return [lo - pad, hi + pad];
        },
      },
    },
    axes: [xAxis(), yAxis(unit)],
    series: [{}, line(label, DIFFERENCE_STYLE.delta)],
  };
}
