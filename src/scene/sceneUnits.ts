/**
 * Scene coordinates. The scene is in millimetres with y up and the block centred on the origin; the model works
 * in micrometres with x, y along the surface and z = depth below it (down). Model (x, y, z) µm maps to scene
 * ((x − w/2), (d/2 − z), (y − w/2)) × UM_TO_SCENE, w the block width and d its depth (SimInfo.domainUm).
 * Shaders do the same swizzle with the uniforms from `modelToSceneUniforms`.
 */
import * as THREE from 'three';
import type { SimInfo } from '../../workers/protocol';
import { THEME } from '../look/colors';

export const UM_TO_SCENE = 0.001;

/** Background and clear colour of the 3D view; the e2e "not blank" check compares pixels against it. */
export const CLEAR_COLOR = THEME.background;

/** Writes the scene position of model point (x, y, z) µm into `out` (no allocation). */
export function modelToScene(info: SimInfo, x: number, y: number, z: number, out: THREE.Vector3): THREE.Vector3 {
  const { x: w, z: d } = info.domainUm;
  return out.set((x - w / 2) * UM_TO_SCENE, (d / 2 - z) * UM_TO_SCENE, (y - w / 2) * UM_TO_SCENE);
}

/** Block size in scene units: width (x and z) and height (y). */
export function blockSize(info: SimInfo): { width: number; height: number } {
  return { width: info.domainUm.x * UM_TO_SCENE, height: info.domainUm.z * UM_TO_SCENE };
}

/**
 * Uniforms for shaders that take model µm positions: scene = vec3(x, -z, y) * uUmToScene + uOffset. Shared by
 * every instanced layer so the swizzle is written once per shader, never per vertex on the CPU.
 */
export function modelToSceneUniforms(info: SimInfo) {
  const { x: w, z: d } = info.domainUm;
  return {
    uUmToScene: { value: UM_TO_SCENE },
    uOffset: { value: new THREE.Vector3((-w / 2) * UM_TO_SCENE, (d / 2) * UM_TO_SCENE, (-w / 2) * UM_TO_SCENE) },
  };
}
