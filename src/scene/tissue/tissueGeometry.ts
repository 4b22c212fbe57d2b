/**
 * Geometry of the tissue block, in scene units (mm, y up, block centred on the origin; see sceneUnits.ts):
 * the dermal–epidermal junction height field, the block's outer walls and the fat-lobule layout.
 */
import * as THREE from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { SimInfo, SkinStackInfo } from '../../../workers/protocol';
import { UM_TO_SCENE } from '../sceneUnits';

/** Depth of the dermal–epidermal junction at model (x, y) µm: the model's formula (engine geometry.ts). */
export function junctionDepthUm(stack: SkinStackInfo, xUm: number, yUm: number): number {
  const k = (2 * Math.PI) / stack.reteWavelengthUm;
  return stack.stratumCorneumUm + stack.epidermisUm + stack.reteAmplitudeUm * Math.sin(k * xUm) * Math.sin(k * yUm);
}

/**
 * Grid cells per rete-ridge wavelength of the junction mesh: 10 resolves the sine bumps smoothly; the mesh is
 * still small (a 1 mm block at 110 µm is ~90 × 90 quads).
 */
const JUNCTION_CELLS_PER_WAVELENGTH = 10;

/**
 * The dermal–epidermal junction as a displaced plane: y = surface − depth(x, y). Its normals come from the
 * displacement, so the egg-crate of rete ridges and dermal papillae is shaded.
 */
export function buildJunctionGeometry(info: SimInfo): THREE.BufferGeometry {
  const { x: widthUm, z: depthUm } = info.domainUm;
  const segments = Math.min(
    256,
    Math.max(8, Math.ceil((widthUm / info.stack.reteWavelengthUm) * JUNCTION_CELLS_PER_WAVELENGTH)),
  );
  const widthScene = widthUm * UM_TO_SCENE;
  const geometry = new THREE.PlaneGeometry(widthScene, widthScene, segments, segments);
  // Lay the plane flat (normal +y): its local (x, y) becomes scene (x, −z).
  geometry.rotateX(-Math.PI / 2);
  const position = geometry.getAttribute('position') as THREE.BufferAttribute;
  for (let i = 0; i < position.count; i++) {
    const xScene = position.getX(i);
    const zScene = position.getZ(i);
    // Scene (x, z) back to model (x, y) µm: x = xs/s + w/2, y = zs/s + w/2.
    const xUm = xScene / UM_TO_SCENE + widthUm / 2;
    const yUm = zScene / UM_TO_SCENE + widthUm / 2;
    position.setY(i, (depthUm / 2 - junctionDepthUm(info.stack, xUm, yUm)) * UM_TO_SCENE);
  }
  geometry.computeVertexNormals();
  return geometry;
}

/**
 * The block's four side walls and its bottom, one geometry. Attribute `lift` is 1 on the walls' top edge (which
 * rises with swelling) and 0 elsewhere.
 */
export function buildWallGeometry(info: SimInfo): THREE.BufferGeometry {
  const width = info.domainUm.x * UM_TO_SCENE;
  const height = info.domainUm.z * UM_TO_SCENE;
  const side = (rotationY: number, x: number, z: number) => {
    const g = new THREE.PlaneGeometry(width, height);
    g.rotateY(rotationY).translate(x, 0, z);
    return withLift(g, true);
  };
  const bottom = withLift(
    new THREE.PlaneGeometry(width, width).rotateX(Math.PI / 2).translate(0, -height / 2, 0),
    false,
  );
  const parts = [
    side(0, 0, width / 2),
    side(Math.PI, 0, -width / 2),
    side(Math.PI / 2, width / 2, 0),
    side(-Math.PI / 2, -width / 2, 0),
    bottom,
  ];
  const merged = mergeGeometries(parts);
  for (const part of parts) part.dispose();
  if (!merged) throw new Error('tissue walls: geometries could not be merged');
  return merged;
}

/** The cross-section cap: a block-sized vertical plane facing +z (placed at the cut every frame). */
export function buildCapGeometry(info: SimInfo): THREE.BufferGeometry {
  const g = new THREE.PlaneGeometry(info.domainUm.x * UM_TO_SCENE, info.domainUm.z * UM_TO_SCENE);
  return withLift(g, true);
}

/** Plane geometries have uv.y = 1 on their top edge: that edge lifts (when `lifts`), the rest stays. */
function withLift(g: THREE.BufferGeometry, lifts: boolean): THREE.BufferGeometry {
  const uv = g.getAttribute('uv') as THREE.BufferAttribute;
  const lift = new Float32Array(uv.count);
  if (lifts) for (let i = 0; i < uv.count; i++) lift[i] = uv.getY(i) > 0.5 ? 1 : 0;
  g.setAttribute('lift', new THREE.BufferAttribute(lift, 1));
  return g;
}

/**
 * Fat lobules in the hypodermis: a jittered grid of slightly squashed ellipsoids, packed so neighbours nearly
 * touch (fat looks like a bag of grapes in section). The lobule size is illustrative: real lobules are ~1 mm
 * bags of 50–150 µm adipocytes; at the block's 1 mm scale a ~150 µm "lobule" reads as fat without drowning the
 * cells (assumed).
 */
const LOBULE_PITCH_UM = 150;
/** Random offset of each lobule centre, as a fraction of the pitch (keeps packing irregular but gap-free). */
const LOBULE_JITTER = 0.18;
/** Lobule semi-axes as fractions of the pitch: wider than tall, like fat flattened under the dermis. */
const LOBULE_HALF_WIDTH = 0.56;
const LOBULE_HALF_HEIGHT = 0.48;
/** Fixed seed: the fat looks the same on every run and every reload (decoration, not model state). */
const LOBULE_SEED = 0x5eed1;

/** One lobule, scene units: centre and semi-axes along x, y, z. */
export interface Lobule {
  x: number;
  y: number;
  z: number;
  rx: number;
  ry: number;
  rz: number;
}

/** Small deterministic PRNG (mulberry32): decoration only, so it does not touch the model's random stream. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The lobules filling the hypodermis (none when the block has no fat below the dermis). */
export function layoutFatLobules(info: SimInfo): Lobule[] {
  const { x: widthUm, z: depthUm } = info.domainUm;
  const fatTopUm = info.stack.dermisBottomUm;
  const fatThicknessUm = depthUm - fatTopUm;
  if (fatThicknessUm < LOBULE_PITCH_UM * 0.5) return [];
  const random = mulberry32(LOBULE_SEED);
  const across = Math.max(1, Math.round(widthUm / LOBULE_PITCH_UM));
  const down = Math.max(1, Math.round(fatThicknessUm / LOBULE_PITCH_UM));
  const pitchAcross = widthUm / across;
  const pitchDown = fatThicknessUm / down;
  const lobules: Lobule[] = [];
  for (let iz = 0; iz < down; iz++) {
    for (let iy = 0; iy < across; iy++) {
      for (let ix = 0; ix < across; ix++) {
        // Alternate rows shift half a pitch so lobules nest into the gaps of the row above.
        const shift = (iz % 2) * 0.5 * pitchAcross;
        // Semi-axes in model axes: along x, along y (both across the surface) and along depth.
        const halfXUm = pitchAcross * LOBULE_HALF_WIDTH * (0.85 + 0.3 * random());
        const halfYUm = pitchAcross * LOBULE_HALF_WIDTH * (0.85 + 0.3 * random());
        const halfDepthUm = pitchDown * LOBULE_HALF_HEIGHT * (0.85 + 0.3 * random());
        const jitter = () => (random() - 0.5) * 2 * LOBULE_JITTER;
        // Keep every lobule inside the block (walls are opaque, an overhang would poke through them).
        const xUm = clamp((ix + 0.5 + jitter()) * pitchAcross + shift, halfXUm, widthUm - halfXUm);
        const yUm = clamp((iy + 0.5 + jitter()) * pitchAcross, halfYUm, widthUm - halfYUm);
        const zUm = clamp(
          fatTopUm + (iz + 0.5 + jitter()) * pitchDown,
          fatTopUm + halfDepthUm * 0.7,
          depthUm - halfDepthUm,
        );
        // Model (x, y, depth) → scene (x, −depth, y): the depth semi-axis becomes the scene's vertical one.
        lobules.push({
          x: (xUm - widthUm / 2) * UM_TO_SCENE,
          y: (depthUm / 2 - zUm) * UM_TO_SCENE,
          z: (yUm - widthUm / 2) * UM_TO_SCENE,
          rx: halfXUm * UM_TO_SCENE,
          ry: halfDepthUm * UM_TO_SCENE,
          rz: halfYUm * UM_TO_SCENE,
        });
      }
    }
  }
  return lobules;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
