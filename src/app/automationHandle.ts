/**
 * `window.healsim`: a small handle for automated tests and scripted demos (the versioned postMessage API for
 * embedders is separate). It exposes the live client and a digest of the frame on screen, so a test can check
 * that the picture after a seek equals the picture of a straight run.
 */
import * as THREE from 'three';
import { CHANNEL, CHANNEL_LUMEN_SAMPLES, CHANNEL_STRIDE, SITE, SITE_STRIDE, SURFACE } from '../../workers/protocol';
import { cutPlane } from '../scene/cutaway';
import { currentSceneView } from '../scene/SceneProbe';
import { modelToScene } from '../scene/sceneUnits';
import { frameDigest } from '../sim/frameDigest';
import type { SimClient } from '../sim/simClient';

export interface AutomationHandle {
  client: SimClient;
  /** Side B's client while comparing, else null. */
  clientB: SimClient | null;
  /** Row layouts of the frame's tissue arrays (workers/model/sceneLayout.ts), for reading a frame in a test. */
  layout: typeof FRAME_LAYOUT;
  /** Digest of the newest frame received (see frameDigest.ts), or null before the first. */
  frameDigest(): string | null;
  /** Resolves once a frame of exactly `stepIndex` has arrived (use while paused; the scene draws it on the next render). */
  frameAt(stepIndex: number): Promise<string>;
  /** Draw calls and triangles of the last rendered frame (three's renderer.info), or null before the scene. */
  renderInfo(): { calls: number; triangles: number } | null;
  /** Camera position (scene mm), or [0, 0, 0] before the scene exists. */
  cameraPosition(): [number, number, number];
  /** Distance from the camera to its orbit target (scene mm), or null before the scene exists. */
  cameraDistance(): number | null;
  /**
   * Cells of the newest frame of the given kind that are on screen and not under an overlay, nearest the camera
   * first, with their page coordinates (CSS px): what a test taps to open a cell's info.
   */
  cellsOnScreen(kind: number, limit: number): { id: number; x: number; y: number }[];
}

const FRAME_LAYOUT = { CHANNEL, CHANNEL_STRIDE, CHANNEL_LUMEN_SAMPLES, SITE, SITE_STRIDE, SURFACE };

declare global {
  interface Window {
    healsim?: AutomationHandle;
  }
}

export function installAutomationHandle(client: SimClient, clientB: SimClient | null = null): () => void {
  const scratch = new THREE.Vector3();
  const handle: AutomationHandle = {
    client,
    clientB,
    layout: FRAME_LAYOUT,
    frameDigest: () => (client.frames.latest ? frameDigest(client.frames.latest) : null),
    frameAt: (stepIndex) =>
      new Promise((resolve) => {
        const check = () => {
          const f = client.frames.latest;
          if (f && f.stepIndex === stepIndex) resolve(frameDigest(f));
          else setTimeout(check, 20);
        };
        check();
      }),
    renderInfo: () => {
      const r = currentSceneView()?.renderer;
      return r ? { calls: r.info.render.calls, triangles: r.info.render.triangles } : null;
    },
    cameraPosition: () => {
      const p = currentSceneView()?.camera.position;
      return p ? [p.x, p.y, p.z] : [0, 0, 0];
    },
    cameraDistance: () => {
      const view = currentSceneView();
      const target = view?.target();
      return view && target ? view.camera.position.distanceTo(target) : null;
    },
    cellsOnScreen: (kind, limit) => {
      const view = currentSceneView();
      const f = client.frames.latest;
      if (!view || !f) return [];
      const rect = view.canvas.getBoundingClientRect();
      const found: { id: number; x: number; y: number; depth: number }[] = [];
      for (let i = 0; i < f.count; i++) {
        if (f.kinds[i] !== kind) continue;
        modelToScene(client.info, f.positions[i * 3]!, f.positions[i * 3 + 1]!, f.positions[i * 3 + 2]!, scratch);
        if (cutPlane.distanceToPoint(scratch) < 0) continue; // cut away: not drawn
        scratch.project(view.camera);
        if (Math.abs(scratch.x) > 0.9 || Math.abs(scratch.y) > 0.9 || scratch.z > 1) continue;
        const x = rect.left + ((scratch.x + 1) / 2) * rect.width;
        const y = rect.top + ((1 - scratch.y) / 2) * rect.height;
        // A cell under an overlay (the cell legend, view options) is drawn but cannot be tapped: not "on screen".
        if (document.elementFromPoint(x, y) !== view.canvas) continue;
        found.push({ id: f.ids[i]!, x, y, depth: scratch.z });
      }
      return found
        .sort((a, b) => a.depth - b.depth)
        .slice(0, limit)
        .map(({ id, x, y }) => ({ id, x, y }));
    },
  };
  window.healsim = handle;
  return () => {
    if (window.healsim === handle) delete window.healsim;
  };
}
