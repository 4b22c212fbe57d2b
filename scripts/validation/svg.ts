/**
 * Hand-made SVG charts for the static validation docs (no plotting dependency): a time-series plot with a mean
 * curve, a min–max band across seeds, and target windows; and a point chart with min–max error bars. Metrics
 * that are not modelled yet are named on the chart instead of being drawn.
 */

export interface Curve {
  label: string;
  x: readonly number[];
  mean: readonly number[];
  /** Band across seeds (drawn shaded when both are given). */
  min?: readonly number[];
  max?: readonly number[];
}

/** A shaded target region in data coordinates; an omitted y bound extends to that edge of the plot. */
export interface TargetWindow {
  label: string;
  x0: number;
  x1: number;
  y0?: number;
  y1?: number;
}

/** A dashed reference line at x = value (axis 'x') or y = value (axis 'y'). */
export interface RefLine {
  label: string;
  axis: 'x' | 'y';
  value: number;
}

export interface TimeSeriesPlot {
  title: string;
  xLabel: string;
  yLabel: string;
  curves: readonly Curve[];
  /** x extent; by default the data's (and the windows') extent. */
  xRange?: readonly [number, number];
  windows?: readonly TargetWindow[];
  lines?: readonly RefLine[];
  /** Names of metrics that could not be drawn, with the reason shown on the chart. */
  missing?: readonly string[];
  missingReason?: string;
}

export interface Point {
  label: string;
  value: number;
  min?: number;
  max?: number;
}

export interface PointChart {
  title: string;
  xLabel: string;
  yLabel: string;
  points: readonly Point[];
  missing?: readonly string[];
  missingReason?: string;
}

const WIDTH = 720;
const MARGIN = { left: 78, right: 24, top: 44 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = 260;
/** Below the plot: tick labels and the axis label, then the legend rows and the "not modelled" note. */
const AXIS_BAND = 50;
const ROW_H = 15;
const LEGEND_COLUMNS = 2;
const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];
const WINDOW_FILL = '#f2c14e';
/** Curves are thinned to at most this many points (a 6-month hourly series has 4 321). */
const MAX_POINTS = 360;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Round, evenly spaced tick values covering [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const span = max - min || Math.abs(max) || 1;
  const rough = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const normalised = rough / magnitude;
  const step = (normalised < 1.5 ? 1 : normalised < 3 ? 2 : normalised < 7 ? 5 : 10) * magnitude;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step - 1e-9) * step; v <= max + step * 1e-9; v += step) {
    ticks.push(Number(v.toPrecision(12)));
  }
  return ticks;
}

interface Scale {
  x: (v: number) => number;
  y: (v: number) => number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

function makeScale(xMin: number, xMax: number, yMin: number, yMax: number): Scale {
  const xSpan = xMax - xMin || 1;
  const ySpan = yMax - yMin || 1;
  return {
    x: (v) => round(MARGIN.left + ((v - xMin) / xSpan) * PLOT_W),
    y: (v) => round(MARGIN.top + PLOT_H - ((v - yMin) / ySpan) * PLOT_H),
    xMin,
    xMax,
    yMin,
    yMax,
  };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

function tickText(v: number): string {
  return String(Number(v.toPrecision(4)));
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${x}" y="${y}"${attrs ? ` ${attrs}` : ''}>${escapeXml(content)}</text>`;
}

/** Top of the first row below the axes (legend entries, then notes). */
const BELOW_AXES = MARGIN.top + PLOT_H + AXIS_BAND;

function frame(title: string, body: string[], rowsBelow: number): string {
  const height = BELOW_AXES + rowsBelow * ROW_H + 12;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" ` +
      `font-family="sans-serif" font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    text(WIDTH / 2, 24, title, 'text-anchor="middle" font-size="15" font-weight="bold"'),
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/** Axes with ticks, grid and labels; `xTicks` may be category labels at given positions. */
function axes(scale: Scale, xLabel: string, yLabel: string, xTicks: { at: number; label: string }[]): string[] {
  const out: string[] = [];
  const bottom = MARGIN.top + PLOT_H;
  for (const v of niceTicks(scale.yMin, scale.yMax)) {
    const y = scale.y(v);
    out.push(`<line x1="${MARGIN.left}" y1="${y}" x2="${MARGIN.left + PLOT_W}" y2="${y}" stroke="#e6e6e6"/>`);
    out.push(text(MARGIN.left - 6, y + 4, tickText(v), 'text-anchor="end"'));
  }
  for (const tick of xTicks) {
    const x = scale.x(tick.at);
    out.push(`<line x1="${x}" y1="${bottom}" x2="${x}" y2="${bottom + 5}" stroke="#333333"/>`);
    out.push(text(x, bottom + 18, tick.label, 'text-anchor="middle"'));
  }
  out.push(
    `<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${PLOT_W}" height="${PLOT_H}" fill="none" stroke="#333333"/>`,
  );
  out.push(text(MARGIN.left + PLOT_W / 2, bottom + 36, xLabel, 'text-anchor="middle"'));
  const yMid = MARGIN.top + PLOT_H / 2;
  out.push(text(18, yMid, yLabel, `text-anchor="middle" transform="rotate(-90 18 ${yMid})"`));
  return out;
}

/** The metrics that could not be drawn: centred in the plot when nothing was drawn, else in row `row`. */
function missingNote(missing: readonly string[] | undefined, reason: string, allMissing: boolean, row: number) {
  if (!missing || missing.length === 0) return [];
  const message = `${reason}: ${missing.join(', ')}`;
  if (allMissing) {
    return [text(MARGIN.left + PLOT_W / 2, MARGIN.top + PLOT_H / 2, message, 'text-anchor="middle" fill="#b00020"')];
  }
  return [text(MARGIN.left, BELOW_AXES + row * ROW_H + 10, message, 'fill="#b00020"')];
}

/** Every k-th index (and the last), so that at most MAX_POINTS remain. */
function thinnedIndices(length: number): number[] {
  const step = Math.max(1, Math.ceil(length / MAX_POINTS));
  const indices: number[] = [];
  for (let i = 0; i < length; i += step) indices.push(i);
  if (length > 0 && indices[indices.length - 1] !== length - 1) indices.push(length - 1);
  return indices;
}

function curveShapes(curve: Curve, color: string, scale: Scale): string[] {
  const indices = thinnedIndices(Math.min(curve.x.length, curve.mean.length));
  const point = (i: number, y: readonly number[]) => `${scale.x(curve.x[i]!)},${scale.y(y[i]!)}`;
  const out: string[] = [];
  if (curve.min && curve.max) {
    const upper = indices.map((i) => point(i, curve.max!));
    const lower = [...indices].reverse().map((i) => point(i, curve.min!));
    out.push(`<polygon points="${[...upper, ...lower].join(' ')}" fill="${color}" fill-opacity="0.18" stroke="none"/>`);
  }
  const meanPoints = indices.map((i) => point(i, curve.mean)).join(' ');
  out.push(`<polyline points="${meanPoints}" fill="none" stroke="${color}" stroke-width="2"/>`);
  return out;
}

function windowShapes(w: TargetWindow, scale: Scale): string[] {
  const clampY = (v: number) => Math.min(scale.yMax, Math.max(scale.yMin, v));
  const x0 = scale.x(Math.max(scale.xMin, w.x0));
  const x1 = scale.x(Math.min(scale.xMax, w.x1));
  const yTop = scale.y(clampY(w.y1 ?? scale.yMax));
  const yBottom = scale.y(clampY(w.y0 ?? scale.yMin));
  return [
    `<rect x="${x0}" y="${yTop}" width="${round(Math.max(1, x1 - x0))}" height="${round(Math.max(1, yBottom - yTop))}" ` +
      `fill="${WINDOW_FILL}" fill-opacity="0.3" stroke="${WINDOW_FILL}"/>`,
  ];
}

function lineShapes(line: RefLine, scale: Scale): string[] {
  const style = 'stroke="#555555" stroke-dasharray="5 4"';
  if (line.axis === 'x') {
    const x = scale.x(line.value);
    return [`<line x1="${x}" y1="${MARGIN.top}" x2="${x}" y2="${MARGIN.top + PLOT_H}" ${style}/>`];
  }
  const y = scale.y(line.value);
  return [`<line x1="${MARGIN.left}" y1="${y}" x2="${MARGIN.left + PLOT_W}" y2="${y}" ${style}/>`];
}

/** Legend below the axes: curves (coloured), windows (shaded) and reference lines (dashed), in rows. */
function legend(curves: readonly Curve[], windows: readonly TargetWindow[], lines: readonly RefLine[]) {
  const entries = [
    ...curves.map((c, i) => ({ label: c.label, swatch: `stroke="${PALETTE[i % PALETTE.length]}" stroke-width="3"` })),
    ...windows.map((w) => ({
      label: w.label,
      swatch: `stroke="${WINDOW_FILL}" stroke-width="8" stroke-opacity="0.6"`,
    })),
    ...lines.map((l) => ({ label: l.label, swatch: 'stroke="#555555" stroke-dasharray="5 4"' })),
  ];
  const shapes: string[] = [];
  const columnWidth = PLOT_W / LEGEND_COLUMNS;
  entries.forEach((entry, k) => {
    const x = MARGIN.left + (k % LEGEND_COLUMNS) * columnWidth;
    const y = BELOW_AXES + Math.floor(k / LEGEND_COLUMNS) * ROW_H + 10;
    shapes.push(`<line x1="${x}" y1="${y - 4}" x2="${x + 18}" y2="${y - 4}" ${entry.swatch}/>`);
    shapes.push(text(x + 24, y, entry.label, 'font-size="11"'));
  });
  return { shapes, rows: Math.ceil(entries.length / LEGEND_COLUMNS) };
}

function dataRange(values: number[], fallback: [number, number]): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return fallback;
  return [Math.min(...finite), Math.max(...finite)];
}

/** A time-series chart: mean curves, min–max bands, target windows and reference lines. */
export function timeSeriesSvg(plot: TimeSeriesPlot): string {
  const windows = plot.windows ?? [];
  const lines = plot.lines ?? [];
  const xs = plot.curves.flatMap((c) => [...c.x]);
  const [xMin, xMax] = plot.xRange ?? dataRange([...xs, ...windows.flatMap((w) => [w.x0, w.x1])], [0, 1]);
  const ys = plot.curves.flatMap((c) => [...c.mean, ...(c.min ?? []), ...(c.max ?? [])]);
  const windowYs = windows.flatMap((w) => [w.y0 ?? NaN, w.y1 ?? NaN]);
  const lineYs = lines.filter((l) => l.axis === 'y').map((l) => l.value);
  const [lo, hi] = dataRange([...ys, ...windowYs, ...lineYs], [0, 1]);
  const yMin = Math.min(0, lo);
  const yMax = hi > yMin ? hi + (hi - yMin) * 0.05 : yMin + 1;
  const scale = makeScale(xMin, xMax, yMin, yMax);
  const xTicks = niceTicks(xMin, xMax, 8).map((v) => ({ at: v, label: tickText(v) }));
  const key = legend(plot.curves, windows, lines);
  const noteRows = plot.missing?.length && plot.curves.length > 0 ? 1 : 0;
  const body = [
    ...axes(scale, plot.xLabel, plot.yLabel, xTicks),
    ...windows.flatMap((w) => windowShapes(w, scale)),
    ...lines.flatMap((l) => lineShapes(l, scale)),
    ...plot.curves.flatMap((c, i) => curveShapes(c, PALETTE[i % PALETTE.length]!, scale)),
    ...key.shapes,
    ...missingNote(plot.missing, plot.missingReason ?? 'not modelled yet', plot.curves.length === 0, key.rows),
  ];
  return frame(plot.title, body, key.rows + noteRows);
}

/** A point chart over categories, with min–max error bars (e.g. a value per needle length). */
export function pointChartSvg(chart: PointChart): string {
  const values = chart.points.flatMap((p) => [p.value, p.min ?? p.value, p.max ?? p.value]);
  const [lo, hi] = dataRange(values, [0, 1]);
  const yMin = Math.min(0, lo);
  const yMax = hi > yMin ? hi + (hi - yMin) * 0.1 : yMin + 1;
  const n = Math.max(1, chart.points.length);
  const scale = makeScale(-0.5, n - 0.5, yMin, yMax);
  const xTicks = chart.points.map((p, i) => ({ at: i, label: p.label }));
  const color = PALETTE[0]!;
  const marks = chart.points.flatMap((p, i) => {
    const x = scale.x(i);
    const bar =
      p.min !== undefined && p.max !== undefined
        ? [`<line x1="${x}" y1="${scale.y(p.min)}" x2="${x}" y2="${scale.y(p.max)}" stroke="${color}"/>`]
        : [];
    return [
      ...bar,
      `<circle cx="${x}" cy="${scale.y(p.value)}" r="5" fill="${color}"/>`,
      text(x + 8, scale.y(p.value) - 6, tickText(p.value), 'font-size="11"'),
    ];
  });
  const noteRows = chart.missing?.length && chart.points.length > 0 ? 1 : 0;
  const body = [
    ...axes(scale, chart.xLabel, chart.yLabel, xTicks),
    ...marks,
    ...missingNote(chart.missing, chart.missingReason ?? 'not modelled yet', chart.points.length === 0, 0),
  ];
  return frame(chart.title, body, noteRows);
}
