/**
 * Tap/click picking of cells without ray casting: every drawn cell's centre is projected to the screen. A cell whose
 * own drawn disc covers the pointer wins (the nearest to the camera if several do: what the user sees in front);
 * failing that, the nearest to the camera among cells centred within PICK_RADIUS_PX (small or distant cells stay
 * tappable with a finger). Runs once per tap over ≈ 25k points: a few milliseconds, no GPU read-back.
 */
import * as THREE from 'three';
import type { SimInfo } from '../../../workers/protocol';
import { UM_TO_SCENE } from '../sceneUnits';

/** How close (CSS px) a cell's centre must be to the pointer to be picked: about a fingertip's precision / 3. */
export const PICK_RADIUS_PX = 12;

/** Largest pointer movement (CSS px) between down and up that still counts as a tap, not an orbit drag. */
export const TAP_SLOP_PX = 6;

/** Points to pick from: `count` points of `stride` floats, xyz first, with the id of each. */
export interface PickCandidates {
  points: Float32Array;
  stride: number;
  count: number;
  ids: ArrayLike<number>;
  /** Radius of these cells' bodies in the points' units (0: use only the pointer radius). */
  bodyRadius?: number;
}

export interface PickOptions {
  /** Pointer position relative to the canvas's top-left corner, CSS px. */
  pointerPx: { x: number; y: number };
  /** Canvas size, CSS px. */
  viewportPx: { width: number; height: number };
  radiusPx?: number;
  /** Whether a point can be picked (e.g. not hidden by the cut-away); all points when absent. */
  isPickable?: (x: number, y: number, z: number) => boolean;
}

const scratch = new THREE.Vector3();

/**
 * The id of the cell to select, or null when none is close enough. `clipFromPoint` takes a point in the candidates'
 * coordinates to clip space (projection × view × point-to-world).
 */
export function pickCell(
  candidateSets: readonly PickCandidates[],
  clipFromPoint: THREE.Matrix4,
  options: PickOptions,
): number | null {
  const { pointerPx, viewportPx, isPickable } = options;
  const radius = options.radiusPx ?? PICK_RADIUS_PX;
  const e = clipFromPoint.elements;
  // Clip-space y per unit of world length at w = 1 (projection scale), → px via the half viewport height.
  const pxPerUnitAtUnitW = Math.hypot(e[1]!, e[5]!, e[9]!) * (viewportPx.height / 2);
  // Ranking: covering the pointer beats merely near it; then nearest the camera (NDC z), then nearest the pointer.
  let bestId: number | null = null;
  let bestCovers = false;
  let bestDepth = Infinity;
  let bestDistance2 = Infinity;
  for (const set of candidateSets) {
    const { points, stride, count, ids } = set;
    const bodyRadius = set.bodyRadius ?? 0;
    for (let n = 0; n < count; n++) {
      const o = n * stride;
      const x = points[o]!;
      const y = points[o + 1]!;
      const z = points[o + 2]!;
      const w = e[3]! * x + e[7]! * y + e[11]! * z + e[15]!;
      // applyMatrix4 divides by w: NDC. Points behind the camera or beyond the far plane land outside −1…1 in z.
      scratch.set(x, y, z).applyMatrix4(clipFromPoint);
      if (!(scratch.z >= -1 && scratch.z <= 1) || w <= 0) continue;
      const dx = ((scratch.x + 1) / 2) * viewportPx.width - pointerPx.x;
      const dy = ((1 - scratch.y) / 2) * viewportPx.height - pointerPx.y;
      const distance2 = dx * dx + dy * dy;
      const bodyPx = (bodyRadius * pxPerUnitAtUnitW) / w;
      const covers = bodyPx > 0 && distance2 <= bodyPx * bodyPx;
      if (!covers && distance2 > radius * radius) continue;
      if (bestCovers && !covers) continue;
      if (bestCovers === covers) {
        if (scratch.z > bestDepth || (scratch.z === bestDepth && distance2 >= bestDistance2)) continue;
      }
      if (isPickable && !isPickable(x, y, z)) continue;
      bestId = ids[n]!;
      bestCovers = covers;
      bestDepth = scratch.z;
      bestDistance2 = distance2;
    }
  }
  return bestId;
}

/** Model µm → scene matrix (sceneUnits.ts): scene = ((x − w/2), (d/2 − z), (y − w/2)) × UM_TO_SCENE. */
export function sceneFromModelMatrix(info: SimInfo, out: THREE.Matrix4): THREE.Matrix4 {
  const { x: w, z: d } = info.domainUm;
  const s = UM_TO_SCENE;
  return out.set(s, 0, 0, (-w / 2) * s, 0, 0, -s, (d / 2) * s, 0, s, 0, (-w / 2) * s, 0, 0, 0, 1);
}

/** projection × view × `worldFromPoint`, into `out` (uses the camera's matrices as of its last render). */
export function clipFromPointMatrix(
  camera: THREE.Camera,
  worldFromPoint: THREE.Matrix4,
  out: THREE.Matrix4,
): THREE.Matrix4 {
  return out.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse).multiply(worldFromPoint);
}

/** Whether pointer movement from down to up is small enough to be a tap (not an orbit drag). */
export function isTap(dxPx: number, dyPx: number): boolean {
  return dxPx * dxPx + dyPx * dyPx < TAP_SLOP_PX * TAP_SLOP_PX;
}
