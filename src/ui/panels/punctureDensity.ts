/**
 * Needle density shown above the device's density controls: expected punctures per cm² in one pass.
 *
 * The same arithmetic as the engine's `puncturesPerCm2PerPass` (workers/engine/needling.ts, EVIDENCE §2a), which
 * the main thread may not import (engine runtime code stays in the worker); test/unit/panelsDensity.test.ts
 * checks the two agree, so they cannot drift apart.
 * - roller: needles / drum surface (π × diameter × width): 192 on a 2 cm × 2 cm drum ≈ 15 /cm²;
 * - pen: needles × stroke rate / (hand speed × head width): the head sweeps a strip as wide as itself;
 * - stamp: needles / face area (π/4 × diameter²), one press per spot and pass.
 */
import type { Params } from '../../../workers/protocol';

type DensityParams = Pick<
  Params,
  | 'device'
  | 'pen_needle_count'
  | 'pen_stroke_hz'
  | 'pen_hand_speed_mm_s'
  | 'pen_head_diameter_mm'
  | 'roller_needle_count'
  | 'roller_drum_diameter_mm'
  | 'roller_drum_width_mm'
  | 'stamp_needle_count'
  | 'stamp_head_diameter_mm'
>;

/** mm² per cm². */
const MM2_PER_CM2 = 100;

export function puncturesPerCm2PerPass(p: DensityParams): number {
  switch (p.device) {
    case 'roller':
      return (p.roller_needle_count / (Math.PI * p.roller_drum_diameter_mm * p.roller_drum_width_mm)) * MM2_PER_CM2;
    case 'pen':
      return ((p.pen_needle_count * p.pen_stroke_hz) / (p.pen_hand_speed_mm_s * p.pen_head_diameter_mm)) * MM2_PER_CM2;
    case 'stamp':
      return (
        (p.stamp_needle_count / ((Math.PI / 4) * p.stamp_head_diameter_mm * p.stamp_head_diameter_mm)) * MM2_PER_CM2
      );
  }
}

/**
 * A density as people read it: two significant figures (the inputs are typical values, not measurements of one
 * device), grouped thousands ("3,000", "15", "0.8").
 */
export function formatDensity(perCm2: number): string {
  const rounded = Number(perCm2.toPrecision(2));
  return new Intl.NumberFormat('en', { maximumSignificantDigits: 2 }).format(rounded);
}
