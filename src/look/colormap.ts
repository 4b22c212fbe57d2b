/**
 * The heat map's colour scale: viridis (van der Walt & Smith, matplotlib), perceptually uniform, readable in
 * grey and by the common colour-vision deficiencies. One table serves the 3D slice (FieldSlice) and the HTML
 * colour bar (ColorScale), so the bar always matches what is drawn.
 */
import type { OverlayScale } from '../../workers/protocol';

/** Viridis at 11 evenly spaced stops (0, 0.1, … 1), sRGB; the published viridis(11) values. */
const VIRIDIS_STOPS: readonly (readonly [number, number, number])[] = [
  [0x44, 0x01, 0x54],
  [0x48, 0x25, 0x76],
  [0x41, 0x44, 0x87],
  [0x35, 0x60, 0x8d],
  [0x2a, 0x78, 0x8e],
  [0x21, 0x90, 0x8c],
  [0x22, 0xa8, 0x84],
  [0x43, 0xbf, 0x71],
  [0x7a, 0xd1, 0x51],
  [0xbb, 0xdf, 0x27],
  [0xfd, 0xe7, 0x25],
];

/** Entries of the lookup table: 256 is finer than the eye separates along the ramp (and one byte per index). */
export const LUT_SIZE = 256;

/** sRGB bytes, RGB interleaved, LUT_SIZE entries: the stops linearly interpolated (close to the full viridis). */
export const VIRIDIS_LUT: Uint8Array = (() => {
  const lut = new Uint8Array(LUT_SIZE * 3);
  const segments = VIRIDIS_STOPS.length - 1;
  for (let i = 0; i < LUT_SIZE; i++) {
    const s = (i / (LUT_SIZE - 1)) * segments;
    const k = Math.min(segments - 1, Math.floor(s));
    const f = s - k;
    const a = VIRIDIS_STOPS[k]!;
    const b = VIRIDIS_STOPS[k + 1]!;
    for (let c = 0; c < 3; c++) lut[i * 3 + c] = Math.round(a[c]! + (b[c]! - a[c]!) * f);
  }
  return lut;
})();

/** CSS colour of the scale at position 0–1 (for the colour bar). */
export function lutCss(t: number): string {
  const i = Math.round(Math.min(1, Math.max(0, t)) * (LUT_SIZE - 1)) * 3;
  return `rgb(${VIRIDIS_LUT[i]!} ${VIRIDIS_LUT[i + 1]!} ${VIRIDIS_LUT[i + 2]!})`;
}

/**
 * Position 0–1 of a value on the scale (clamped: values outside the range saturate). Log scales take log10;
 * a value at or below zero sits at the bottom.
 */
export function scalePosition(value: number, scale: OverlayScale): number {
  let t: number;
  if (scale.log) {
    const lo = Math.log10(scale.min);
    t = value > 0 ? (Math.log10(value) - lo) / (Math.log10(scale.max) - lo) : 0;
  } else {
    t = (value - scale.min) / (scale.max - scale.min);
  }
  return t > 1 ? 1 : t > 0 ? t : 0; // also maps NaN to 0
}
