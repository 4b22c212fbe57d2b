/**
 * The movable cut-away: one THREE.Plane shared by every material that should be cut (pass `clippingPlanes:
 * [cutPlane]`; custom ShaderMaterials also need `clipping: true` and three's clipping_planes shader chunks).
 * Tissue in front of the plane (towards the camera's default side, +z in the scene) is hidden, exposing the
 * cross-section. The plane follows the view store's `cutFraction`; it is mutated in place, never replaced.
 */
import { useFrame } from '@react-three/fiber';
import * as THREE from 'three';
import type { SimInfo } from '../../workers/protocol';
import { useViewStore } from '../state/viewStore';
import { blockSize } from './sceneUnits';

/** Keeps points with scene z < constant (normal −z): the part of the block behind the cut. */
export const cutPlane = new THREE.Plane(new THREE.Vector3(0, 0, -1), 0);

/** Scene z of the cut for a fraction 0 (front face) … 1 (back face) across the block. */
export function cutSceneZ(info: SimInfo, fraction: number): number {
  const { width } = blockSize(info);
  return width / 2 - fraction * width;
}

/**
 * Keeps the shared plane at the store's cut position. (The renderer's `localClippingEnabled` is switched on where
 * the Canvas is created, SkinScene.)
 */
export function CutawayController({ info }: { info: SimInfo }) {
  useFrame(() => {
    // Read without subscribing: the store changes rarely, the plane is per-frame state.
    cutPlane.constant = cutSceneZ(info, useViewStore.getState().cutFraction);
  });
  return null;
}

/** Model y (µm) of the cut face, where the overlay slice is drawn. */
export function cutModelYUm(info: SimInfo, fraction: number): number {
  return (1 - fraction) * info.domainUm.y;
}
