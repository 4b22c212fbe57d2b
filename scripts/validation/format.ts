/** Number formatting for the measured/expected columns: short, unit-bearing, and explicit about "never". */

/** Three significant digits, no exponent for everyday magnitudes (0.0123, 1.23, 123, 12300). */
export function num(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const abs = Math.abs(v);
  if (abs >= 1000) return String(Math.round(v));
  if (abs < 1e-3) return v.toExponential(2);
  return String(Number(v.toPrecision(3)));
}

/** Hours, or "never" when a threshold was not reached within the run. */
export function hours(h: number | undefined): string {
  return h === undefined ? 'never' : `${num(h)} h`;
}

/** A ratio as a percentage (0.123 → "12 %"). */
export function percent(ratio: number): string {
  return Number.isFinite(ratio) ? `${num(ratio * 100)} %` : String(ratio);
}

/** A spread across seeds, e.g. " (seeds 24–31 h)"; empty when there is only one seed. */
export function seedSpread(values: readonly (number | undefined)[], unit: (v: number | undefined) => string): string {
  if (values.length < 2) return '';
  const defined = values.filter((v): v is number => v !== undefined);
  if (defined.length < values.length) return ` (seeds: ${values.map(unit).join(', ')})`;
  const lo = Math.min(...defined);
  const hi = Math.max(...defined);
  return lo === hi ? '' : ` (seeds ${unit(lo)}–${unit(hi)})`;
}
