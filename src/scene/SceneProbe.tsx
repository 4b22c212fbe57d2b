/**
 * Lets the automation handle (src/app/automationHandle.ts) see the camera: tests project a cell to the screen to
 * tap it, and read the camera distance to check a pinch zoomed. Registers on mount; no per-frame work.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type * as THREE from 'three';

export interface SceneView {
  camera: THREE.Camera;
  canvas: HTMLCanvasElement;
  /** The orbit target (controls' target), when the camera rig exposes one. */
  target: () => THREE.Vector3 | null;
  /** The renderer (its `info` counts draw calls; benchmarks time its `render`). */
  renderer: THREE.WebGLRenderer;
}

let current: SceneView | null = null;

export function currentSceneView(): SceneView | null {
  return current;
}

export function SceneProbe() {
  const camera = useThree((s) => s.camera);
  const renderer = useThree((s) => s.gl);
  const canvas = renderer.domElement;
  const controls = useThree((s) => s.controls) as { target?: THREE.Vector3 } | null;
  useEffect(() => {
    const view: SceneView = { camera, canvas, renderer, target: () => controls?.target ?? null };
    current = view;
    return () => {
      if (current === view) current = null;
    };
  }, [camera, canvas, renderer, controls]);
  return null;
}
