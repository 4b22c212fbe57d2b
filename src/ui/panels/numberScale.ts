/**
 * Number arithmetic for the parameter controls, kept free of React so it can be tested in Node: slider positions
 * for linear and logarithmic parameters, ± stepping on the schema's step grid, and how many decimals to show.
 */

/** The part of a number/integer schema entry these functions need. */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly scale: 'linear' | 'log';
}

/**
 * Positions of a logarithmic slider (0 … LOG_SLIDER_POSITIONS). 200 positions keep each arrow-key press a small
 * (< 5 % for a 10 000× range) change while a drag stays smooth.
 */
export const LOG_SLIDER_POSITIONS = 200;

/** Decimals of the step (0.25 → 2, 0.5 → 1, 1 → 0): how values on that grid are written without float noise. */
export function stepDecimals(step: number): number {
  const text = String(step);
  const exp = /e-(\d+)$/.exec(text);
  if (exp) return Number(exp[1]);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Decimals of the grid min + k × step (a min finer than the step, e.g. 0.25 with step 1, keeps its decimals). */
export function gridDecimals(range: NumberRange): number {
  return Math.max(stepDecimals(range.step), stepDecimals(range.min));
}

function clamp(value: number, range: NumberRange): number {
  return Math.min(range.max, Math.max(range.min, value));
}

/** `value` rounded to the step grid anchored at `min`, written without float noise (0.1 + 0.2 → 0.3). */
export function snapToStep(value: number, range: NumberRange): number {
  const k = Math.round((value - range.min) / range.step);
  const snapped = range.min + k * range.step;
  return clamp(Number(snapped.toFixed(gridDecimals(range))), range);
}

/**
 * The next value on the step grid above (dir = 1) or below (dir = -1) `value`, within [min, max]. A value between
 * grid points (valid: the schema's step is a UI increment, not a constraint) moves to the neighbouring grid point.
 */
export function stepFrom(value: number, dir: 1 | -1, range: NumberRange): number {
  const index = (value - range.min) / range.step;
  const nearest = Math.round(index);
  // Within a millionth of a grid point counts as on it (float noise such as 0.30000000000000004).
  const onGrid = Math.abs(index - nearest) < 1e-6;
  let target: number;
  if (onGrid) target = nearest + dir;
  else target = dir > 0 ? Math.ceil(index) : Math.floor(index);
  const next = range.min + target * range.step;
  return clamp(Number(next.toFixed(gridDecimals(range))), range);
}

/** Slider position for a value: the value itself (linear), or 0 … LOG_SLIDER_POSITIONS (log). */
export function toSliderPosition(value: number, range: NumberRange): number {
  if (range.scale === 'linear') return value;
  const t = Math.log(clamp(value, range) / range.min) / Math.log(range.max / range.min);
  return Math.round(t * LOG_SLIDER_POSITIONS);
}

/** Value for a slider position (inverse of toSliderPosition), on the step grid. */
export function fromSliderPosition(position: number, range: NumberRange): number {
  if (range.scale === 'linear') return snapToStep(position, range);
  const t = Math.min(1, Math.max(0, position / LOG_SLIDER_POSITIONS));
  return snapToStep(range.min * Math.pow(range.max / range.min, t), range);
}

/** The input range element's attributes for a parameter. */
export function sliderAttributes(range: NumberRange): { min: number; max: number; step: number } {
  return range.scale === 'linear'
    ? { min: range.min, max: range.max, step: range.step }
    : { min: 0, max: LOG_SLIDER_POSITIONS, step: 1 };
}
