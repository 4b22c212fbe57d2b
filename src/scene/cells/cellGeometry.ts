/**
 * Procedural cell shapes, one per cell type (look/cellLooks.ts names them), built in µm around the origin with the
 * cell's long axis on local +x. The vertex shader scales (per state), turns (to the heading) and places them.
 *
 * `detail` is the tier's segment count (TIERS[tier].meshDetail: 6 low … 12 high): fewer triangles on tablets.
 */
import * as THREE from 'three';
import { mergeGeometries } from 'three/addons/utils/BufferGeometryUtils.js';
import type { CellTypeLook } from '../../look/cellLooks';

/** How far M1 spikes reach beyond the smooth body, as a fraction of the radius (a visible silhouette cue). */
const SPIKE_REACH = 0.5;
/** Angular half-width of a spike: vertices within this angle of an icosahedron corner are pushed out. */
const SPIKE_HALF_ANGLE_RAD = (28 * Math.PI) / 180;

/**
 * A lathe around local x with radius profile r(t), t = 0 (back tip) … 1 (front tip), unit length and unit
 * diameter at the profile's peak (the caller scales to µm).
 */
function latheAlongX(profile: (t: number) => number, rings: number, sides: number): THREE.BufferGeometry {
  const points: THREE.Vector2[] = [];
  for (let i = 0; i <= rings; i++) {
    const t = i / rings;
    // LatheGeometry turns (radius, y) around y; y runs back → front and is turned onto +x below.
    points.push(new THREE.Vector2(Math.max(profile(t), 1e-4) * 0.5, t - 0.5));
  }
  const g = new THREE.LatheGeometry(points, sides);
  g.rotateZ(-Math.PI / 2); // local y → x: the long axis follows the heading
  return g;
}

/** Unit-size shape (≈ extents −0.5…0.5 on each axis) for a type; scaled to µm by `cellGeometry`. */
function unitShape(type: CellTypeLook, detail: number): THREE.BufferGeometry {
  const rings = Math.max(6, detail + 2);
  switch (type.shape) {
    case 'spindle':
      // Pointed at both ends, widest in the middle: the classic fibroblast spindle.
      return latheAlongX((t) => Math.pow(Math.sin(Math.PI * t), 0.8), rings, detail);
    case 'stoutSpindle':
      // Blunter ends (lower exponent) read as thick and muscular next to the slender fibroblast.
      return latheAlongX((t) => Math.pow(Math.sin(Math.PI * t), 0.45), rings, detail);
    case 'teardrop':
      // Round back, long taper to a point in front (t^0.55 puts the widest ring ≈ 30 % from the back).
      return latheAlongX((t) => Math.sin(Math.PI * Math.pow(t, 0.55)), rings, detail);
    case 'lobed': {
      // Three overlapping lobes in a triangle: a lumpy outline unlike the smooth macrophage.
      const lobes: THREE.BufferGeometry[] = [];
      for (let i = 0; i < 3; i++) {
        const a = (i * 2 * Math.PI) / 3;
        const lobe = new THREE.SphereGeometry(0.3, detail, Math.max(4, Math.round(detail * 0.75)));
        lobe.translate(0.2 * Math.cos(a), 0.2 * Math.sin(a), (i - 1) * 0.06);
        lobes.push(lobe);
      }
      const merged = mergeGeometries(lobes)!;
      for (const lobe of lobes) lobe.dispose();
      return merged;
    }
    case 'cobblestone': {
      // Hexagonal prism lying flat (axis = up), slightly narrower on top: a cobblestone. Flat normals per face.
      const prism = new THREE.CylinderGeometry(0.43, 0.5, 1, 6, 1);
      const flat = prism.toNonIndexed();
      prism.dispose();
      flat.computeVertexNormals();
      return flat;
    }
    case 'disc':
      // An oblate sphere: thickness comes from sizeUm (platelets are ≈ 3:1 discs).
      return new THREE.SphereGeometry(0.5, detail, Math.max(4, Math.round(detail * 0.75)));
    case 'knobbly':
      throw new Error('macrophage bodies are built by knobblySphere (they carry a morph target)');
  }
}

/** The 12 corners of an icosahedron, unit length: where M1 spikes grow. */
function icosahedronCorners(): THREE.Vector3[] {
  const ico = new THREE.IcosahedronGeometry(1, 0);
  const p = ico.getAttribute('position');
  const corners: THREE.Vector3[] = [];
  for (let i = 0; i < p.count; i++) {
    const v = new THREE.Vector3().fromBufferAttribute(p, i).normalize();
    if (!corners.some((c) => c.distanceToSquared(v) < 1e-6)) corners.push(v);
  }
  ico.dispose();
  return corners;
}

/**
 * Macrophage body: a smooth sphere (M2, monocyte) with a morph target that grows 12 spikes (M1). Both share the
 * triangle list, so the vertex shader blends `position`/`normal` with `aMorphPosition`/`aMorphNormal` per state.
 */
function knobblySphere(radiusUm: number, detail: number): THREE.BufferGeometry {
  const subdivisions = detail >= 12 ? 3 : detail >= 8 ? 2 : 1;
  const ico = new THREE.IcosahedronGeometry(1, subdivisions); // non-indexed
  const p = ico.getAttribute('position');
  const n = p.count;
  const smooth = new Float32Array(n * 3);
  const smoothNormal = new Float32Array(n * 3);
  const spiky = new Float32Array(n * 3);
  const corners = icosahedronCorners();
  const cosHalf = Math.cos(SPIKE_HALF_ANGLE_RAD);
  const dir = new THREE.Vector3();
  for (let i = 0; i < n; i++) {
    dir.fromBufferAttribute(p, i).normalize();
    let nearest = -1;
    for (const c of corners) nearest = Math.max(nearest, c.dot(dir));
    // 0 outside the spike's cone, rising to 1 on its axis.
    const s = Math.max(0, (nearest - cosHalf) / (1 - cosHalf));
    const reach = 1 + SPIKE_REACH * s * s;
    smooth.set([dir.x * radiusUm, dir.y * radiusUm, dir.z * radiusUm], i * 3);
    smoothNormal.set([dir.x, dir.y, dir.z], i * 3);
    spiky.set([dir.x * radiusUm * reach, dir.y * radiusUm * reach, dir.z * radiusUm * reach], i * 3);
  }
  // Flat normals of the spiky shape, so the spikes catch the light as facets.
  const spikyNormal = new Float32Array(n * 3);
  const a = new THREE.Vector3();
  const b = new THREE.Vector3();
  const c = new THREE.Vector3();
  for (let t = 0; t < n; t += 3) {
    a.fromArray(spiky, t * 3);
    b.fromArray(spiky, t * 3 + 3);
    c.fromArray(spiky, t * 3 + 6);
    c.sub(b);
    a.sub(b);
    c.cross(a).normalize();
    for (let k = 0; k < 3; k++) c.toArray(spikyNormal, (t + k) * 3);
  }
  ico.dispose();
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(smooth, 3));
  g.setAttribute('normal', new THREE.BufferAttribute(smoothNormal, 3));
  g.setAttribute('aMorphPosition', new THREE.BufferAttribute(spiky, 3));
  g.setAttribute('aMorphNormal', new THREE.BufferAttribute(spikyNormal, 3));
  return g;
}

/** The type's shape in µm (position, normal; plus the morph target for macrophages). Caller disposes. */
export function cellGeometry(type: CellTypeLook, detail: number): THREE.BufferGeometry {
  const { length, thickness, breadth } = type.sizeUm;
  if (type.shape === 'knobbly') return knobblySphere(length / 2, detail);
  const g = unitShape(type, detail);
  g.scale(length, thickness, breadth); // applyMatrix4 also fixes the normals for the non-uniform scale
  g.deleteAttribute('uv');
  return g;
}

/** Whether a type's geometry carries the M1 morph target (the shader needs the CELL_MORPH define). */
export function hasMorphTarget(type: CellTypeLook): boolean {
  return type.shape === 'knobbly';
}
