import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import {
  clipFromPointMatrix,
  isTap,
  pickCell,
  sceneFromModelMatrix,
  TAP_SLOP_PX,
} from '../../src/scene/cells/pickCell';
import type { SimInfo } from '../../workers/protocol';

/** A 200 × 100 px view from (0, 0, 10) looking down −z at the origin. */
function setup() {
  const camera = new THREE.PerspectiveCamera(40, 2, 0.1, 100);
  camera.position.set(0, 0, 10);
  camera.lookAt(0, 0, 0);
  camera.updateMatrixWorld();
  const clip = clipFromPointMatrix(camera, new THREE.Matrix4(), new THREE.Matrix4());
  return { clip, viewportPx: { width: 200, height: 100 } };
}

/** Points given directly in scene coordinates (identity point-to-world), stride 3. */
function candidates(points: number[][], ids: number[]) {
  return { points: new Float32Array(points.flat()), stride: 3, count: points.length, ids: Uint32Array.from(ids) };
}

describe('pickCell', () => {
  const { clip, viewportPx } = setup();
  const centre = { x: 100, y: 50 };

  it('picks the cell under the pointer', () => {
    const set = candidates(
      [
        [2, 1, 0],
        [0, 0, 0],
        [-2, -1, 0],
      ],
      [11, 22, 33],
    );
    expect(pickCell([set], clip, { pointerPx: centre, viewportPx })).toBe(22);
  });

  it('prefers the cell nearest the camera among those within the radius', () => {
    const behind = candidates([[0, 0, -2]], [1]);
    const inFront = candidates([[0.02, 0, 3]], [2]);
    expect(pickCell([behind, inFront], clip, { pointerPx: centre, viewportPx })).toBe(2);
  });

  it('prefers a cell whose body covers the pointer over a nearer one merely close to it', () => {
    const covering = { ...candidates([[0.4, 0, 0]], [1]), bodyRadius: 0.5 };
    const nearby = { ...candidates([[0.3, 0, 3]], [2]), bodyRadius: 0.05 };
    expect(pickCell([nearby, covering], clip, { pointerPx: centre, viewportPx })).toBe(1);
    // Without body sizes both are just "within the radius": the nearer one wins.
    expect(
      pickCell([candidates([[0.3, 0, 3]], [2]), candidates([[0.4, 0, 0]], [1])], clip, {
        pointerPx: centre,
        viewportPx,
      }),
    ).toBe(2);
  });

  it('returns null when no cell is within the radius', () => {
    const set = candidates([[3, 0, 0]], [5]);
    expect(pickCell([set], clip, { pointerPx: centre, viewportPx, radiusPx: 12 })).toBeNull();
  });

  it('ignores cells behind the camera and unpickable cells', () => {
    const set = candidates(
      [
        [0, 0, 20],
        [0, 0, 1],
        [0, 0, -1],
      ],
      [7, 8, 9],
    );
    // z = 1 is hidden (e.g. in front of the cut-away): the one behind it is picked.
    const pick = pickCell([set], clip, { pointerPx: centre, viewportPx, isPickable: (_x, _y, z) => z < 0.5 });
    expect(pick).toBe(9);
  });

  it('maps model µm through the scene swizzle', () => {
    const info = { domainUm: { x: 1000, y: 1000, z: 2000 } } as SimInfo;
    const sceneFromModel = sceneFromModelMatrix(info, new THREE.Matrix4());
    // Model (500, 500, 1000) µm is the block centre → scene origin; model y runs toward the camera (+z scene).
    const p = new THREE.Vector3(500, 500, 1000).applyMatrix4(sceneFromModel);
    expect(p.toArray().map((v) => Math.abs(v) < 1e-12)).toEqual([true, true, true]);
    expect(new THREE.Vector3(600, 700, 900).applyMatrix4(sceneFromModel).toArray()).toEqual([
      expect.closeTo(0.1),
      expect.closeTo(0.1),
      expect.closeTo(0.2),
    ]);
  });
});

describe('isTap', () => {
  it('tells a tap from a drag', () => {
    expect(isTap(2, -3)).toBe(true);
    expect(isTap(TAP_SLOP_PX, 0)).toBe(false);
  });
});
