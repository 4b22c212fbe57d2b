/**
 * The needling devices' choreography: keyframed poses over one wall-clock animation, per device. Positions are
 * in scene units (mm) relative to the block's top-surface centre; `lift` is the height of the needle roots (pen,
 * stamp: the head's underside; roller: the drum's bottom) above the surface, so lift = 0 means the needles are
 * fully in. Illustrative timing, not the device's real speed (a pen runs at ~100 stamps per second).
 */
import type { SimInfo } from '../../../workers/protocol';

export type DeviceKind = SimInfo['device'];

/** Length of one session's animation, wall-clock seconds. */
export const DEVICE_ANIMATION_S = 2.5;
/** With reduced motion: the device is shown still, hovering, for this long instead (seconds). */
export const DEVICE_STATIC_SHOW_S = 1.5;

/** Height above the surface between stamps, and where the device comes from and goes to (scene mm). */
const HOVER_LIFT = 0.35;
const AWAY_LIFT = 3;

export interface DeviceKey {
  /** Seconds into the animation. */
  t: number;
  x: number;
  z: number;
  lift: number;
}

export interface DevicePose {
  x: number;
  z: number;
  lift: number;
}

/**
 * Pen: comes down, stamps three spots (over the back half of the block and one on the cut, so some needles show
 * in the cut-away), lifts away. Spots as (x, z) in scene mm on a 1 mm block.
 */
const PEN_SPOTS: readonly (readonly [number, number])[] = [
  [-0.2, -0.2],
  [0.18, -0.24],
  [0, 0.02],
];

function penKeys(): DeviceKey[] {
  const [a, b, c] = PEN_SPOTS as [readonly [number, number], readonly [number, number], readonly [number, number]];
  const keys: DeviceKey[] = [{ t: 0, x: a[0], z: a[1], lift: AWAY_LIFT }];
  let t = 0.35;
  for (const [i, spot] of [a, b, c].entries()) {
    // Glide over to the spot (except the first, already above it), press (0.15 s), hold (0.12 s), rise (0.15 s).
    if (i > 0) keys.push({ t: (t += 0.2), x: spot[0], z: spot[1], lift: HOVER_LIFT });
    else keys.push({ t, x: spot[0], z: spot[1], lift: HOVER_LIFT });
    keys.push({ t: (t += 0.15), x: spot[0], z: spot[1], lift: 0 });
    keys.push({ t: (t += 0.12), x: spot[0], z: spot[1], lift: 0 });
    keys.push({ t: (t += 0.15), x: spot[0], z: spot[1], lift: HOVER_LIFT });
  }
  keys.push({ t: DEVICE_ANIMATION_S, x: c[0], z: c[1], lift: AWAY_LIFT });
  return keys;
}

/** Roller: lands left of the block, rolls across it with the needles in, and leaves to the right. */
const ROLLER_Z = -0.15;
const ROLLER_KEYS: DeviceKey[] = [
  { t: 0, x: -1.4, z: ROLLER_Z, lift: AWAY_LIFT },
  { t: 0.45, x: -0.8, z: ROLLER_Z, lift: 0 },
  { t: 2.0, x: 0.8, z: ROLLER_Z, lift: 0 },
  { t: DEVICE_ANIMATION_S, x: 1.4, z: ROLLER_Z, lift: AWAY_LIFT },
];

/** Stamp: comes down, presses once (holds a moment), lifts away. */
const STAMP_Z = -0.12;
const STAMP_KEYS: DeviceKey[] = [
  { t: 0, x: 0, z: STAMP_Z, lift: AWAY_LIFT },
  { t: 0.7, x: 0, z: STAMP_Z, lift: HOVER_LIFT },
  { t: 1.0, x: 0, z: STAMP_Z, lift: 0 },
  { t: 1.5, x: 0, z: STAMP_Z, lift: 0 },
  { t: 1.8, x: 0, z: STAMP_Z, lift: HOVER_LIFT },
  { t: DEVICE_ANIMATION_S, x: 0, z: STAMP_Z, lift: AWAY_LIFT },
];

export const DEVICE_KEYS: Record<DeviceKind, readonly DeviceKey[]> = {
  pen: penKeys(),
  roller: ROLLER_KEYS,
  stamp: STAMP_KEYS,
};

/** The still pose shown instead of the animation under reduced motion: hovering over the first spot. */
export function staticPose(kind: DeviceKind, out: DevicePose): DevicePose {
  const first = DEVICE_KEYS[kind][1]!;
  out.x = kind === 'roller' ? 0 : first.x;
  out.z = first.z;
  out.lift = HOVER_LIFT;
  return out;
}

/** Writes the pose at `t` seconds into `out` (eased between keys, held outside them; no allocation). */
export function samplePose(keys: readonly DeviceKey[], t: number, out: DevicePose): DevicePose {
  let k = 0;
  while (k < keys.length - 2 && t >= keys[k + 1]!.t) k++;
  const a = keys[k]!;
  const b = keys[Math.min(k + 1, keys.length - 1)]!;
  const span = b.t - a.t;
  const u = span > 0 ? Math.min(1, Math.max(0, (t - a.t) / span)) : 1;
  const eased = u * u * (3 - 2 * u);
  out.x = a.x + (b.x - a.x) * eased;
  out.z = a.z + (b.z - a.z) * eased;
  out.lift = a.lift + (b.lift - a.lift) * eased;
  return out;
}
