/**
 * Expected punctures per cm² per pass for each device, from its mechanics (EVIDENCE §2a). Pure arithmetic on the
 * parameters, so the worker (needling, engine config) and the treatment panel (the density it shows) share it.
 * - roller: needles / drum surface area (192 on a 2 cm Ø × 2 cm drum ≈ 15 /cm²; derived, matches "15 passes
 *   ≈ 250 holes/cm²");
 * - pen: needles × stroke frequency / (hand speed × head diameter): the head sweeps a strip as wide as itself;
 * - stamp: needles / stamp face area per press (a pass = one press per spot).
 */
import type { Params } from './params';

export type DensityParams = Pick<
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
