/**
 * The static vessel network (papillary capillary loops, sub-papillary and deep plexus) baked into ONE mesh: every
 * loop and plexus segment is transformed into scene units once, with a vertex colour and a per-vertex section
 * floor, and drawn in a single draw call. Instancing two shapes would take two draws; on a software or mobile GPU
 * each draw costs the main thread more than the ~100 k static vertices cost the GPU (npm run bench:app).
 *
 * Severed loops (an open channel lumen passes through them) are dimmed by rewriting that loop's vertex colours,
 * only when its state changes. Which channels can reach which loop is worked out once per new channel (channels
 * never move), so the per-frame test touches only the few channel–loop pairs that are close.
 */
import * as THREE from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { CHANNEL, CHANNEL_LUMEN_SAMPLES, CHANNEL_STRIDE } from '../../../workers/protocol';
import type { Frame, SimInfo } from '../../../workers/protocol';
import { modelToScene, UM_TO_SCENE } from '../sceneUnits';
import type { CapillaryLoop, VesselSegment } from './vesselLayout';
import { VESSELS } from '../../look/colors';

/** Resting vessel colour (deep blood red; chosen). */
export const VESSEL_COLOR = VESSELS.resting;
/** Deep plexus tint (a darker red: larger, venous-rich vessels; chosen). */
const DEEP_VESSEL_COLOR = VESSELS.deep;
/** Severed loops: dimmed to this share of their colour while their channel's lumen is open (drawing choice). */
const SEVERED_DIM = 0.25;
/**
 * Capillary loop limb radius, µm. Papillary capillaries are 6–10 µm across; 4.5 µm keeps them true to size yet
 * visible at the overview zoom.
 */
const LOOP_RADIUS_UM = 4.5;
/** Distance between the arterial and venous limbs of a loop, µm (the loop is ~20 µm wide; textbook). */
const LOOP_LIMB_GAP_UM = 16;
/** Lumen open fraction above which a loop counts as severed by the channel (drawing choice). */
const SEVERED_OPEN_FRACTION = 0.2;
/** Tube segments along a loop (smooth hairpin at the overview zoom). */
const LOOP_TUBE_SEGMENTS = 32;

const UP = new THREE.Vector3(0, 1, 0);

function hairpinGeometry(info: SimInfo, radialSegments: number): THREE.TubeGeometry {
  // In scene units with its base (the plexus) at the origin and the tip at the mean loop height.
  const heightUm = info.stack.subpapillaryPlexusUm - info.stack.capillaryLoopTipUm;
  const s = UM_TO_SCENE;
  const g = LOOP_LIMB_GAP_UM / 2;
  const points = [
    new THREE.Vector3(-g * 1.2 * s, 0, 0),
    new THREE.Vector3(-g * s, heightUm * 0.45 * s, 2 * s),
    new THREE.Vector3(-g * 0.9 * s, heightUm * 0.85 * s, 0),
    new THREE.Vector3(0, heightUm * s, 0),
    new THREE.Vector3(g * 0.9 * s, heightUm * 0.85 * s, 0),
    new THREE.Vector3(g * s, heightUm * 0.45 * s, -2 * s),
    new THREE.Vector3(g * 1.3 * s, 0, 0),
  ];
  const curve = new THREE.CatmullRomCurve3(points);
  return new THREE.TubeGeometry(curve, LOOP_TUBE_SEGMENTS, LOOP_RADIUS_UM * s, radialSegments, false);
}

/** A copy of `base` placed by `matrix`, with a uniform colour and section floor. */
function placedCopy(
  base: THREE.BufferGeometry,
  matrix: THREE.Matrix4,
  color: THREE.Color,
  sectionFloor: number,
): THREE.BufferGeometry {
  const copy = base.clone().applyMatrix4(matrix);
  const n = copy.getAttribute('position').count;
  const colors = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) color.toArray(colors, i * 3);
  copy.setAttribute('color', new THREE.BufferAttribute(colors, 3));
  copy.setAttribute('sectionFloor', new THREE.BufferAttribute(new Float32Array(n).fill(sectionFloor), 1));
  copy.deleteAttribute('uv');
  return copy;
}

export interface StaticVessels {
  geometry: THREE.BufferGeometry;
  /** Loop i owns vertices [i × loopVertices, (i + 1) × loopVertices) (loops come first). */
  loopVertices: number;
  loops: CapillaryLoop[];
  /** 1 where the loop is drawn severed. */
  severed: Uint8Array;
  /** Channel–loop pairs close enough to sever (flat: channel, loop, channel, loop…), and the channels covered. */
  pairs: Int32Array;
  pairCount: number;
  pairedChannels: number;
}

export function buildStaticVessels(
  info: SimInfo,
  loops: CapillaryLoop[],
  segments: VesselSegment[],
  meshDetail: number,
  plexusSectionFloor: number,
): StaticVessels {
  const hairpin = hairpinGeometry(info, Math.max(4, meshDetail - 2));
  const cylinder = new THREE.CylinderGeometry(1, 1, 1, meshDetail, 1, true);
  const matrix = new THREE.Matrix4();
  const position = new THREE.Vector3();
  const end = new THREE.Vector3();
  const direction = new THREE.Vector3();
  const quaternion = new THREE.Quaternion();
  const scale = new THREE.Vector3();
  const rest = new THREE.Color(VESSEL_COLOR);
  const deep = new THREE.Color(DEEP_VESSEL_COLOR);
  const parts: THREE.BufferGeometry[] = [];
  const heightUm = info.stack.subpapillaryPlexusUm - info.stack.capillaryLoopTipUm;
  for (const loop of loops) {
    modelToScene(info, loop.x, loop.y, info.stack.subpapillaryPlexusUm, position);
    quaternion.setFromAxisAngle(UP, loop.turn);
    scale.set(1, (info.stack.subpapillaryPlexusUm - loop.tipUm) / heightUm, 1);
    parts.push(placedCopy(hairpin, matrix.compose(position, quaternion, scale), rest, 0));
  }
  for (const segment of segments) {
    modelToScene(info, ...segment.a, position);
    modelToScene(info, ...segment.b, end);
    direction.subVectors(end, position);
    const r = segment.radiusUm * UM_TO_SCENE;
    // Overlap each end by the radius so joints between segments at an angle show no gap.
    const length = direction.length() + 2 * r;
    position.add(end).multiplyScalar(0.5);
    quaternion.setFromUnitVectors(UP, direction.normalize());
    scale.set(r, length, r);
    const color = segment.deep ? deep : rest;
    parts.push(placedCopy(cylinder, matrix.compose(position, quaternion, scale), color, plexusSectionFloor));
  }
  const geometry = mergeGeometries(parts);
  for (const part of parts) part.dispose();
  hairpin.dispose();
  cylinder.dispose();
  return {
    geometry,
    loopVertices: loops.length > 0 ? parts[0]!.getAttribute('position').count : 0,
    loops,
    severed: new Uint8Array(loops.length),
    pairs: new Int32Array(64),
    pairCount: 0,
    pairedChannels: 0,
  };
}

/** Adds the channel–loop pairs of channels made since the last call (allocates only when the list grows). */
function pairNewChannels(vessels: StaticVessels, frame: Frame): void {
  const rows = frame.channels;
  for (let c = vessels.pairedChannels; c < frame.channelCount; c++) {
    const o = c * CHANNEL_STRIDE;
    const reach = Math.max(rows[o + CHANNEL.surfaceRadiusUm]!, rows[o + CHANNEL.tipRadiusUm]!) + LOOP_LIMB_GAP_UM;
    for (let l = 0; l < vessels.loops.length; l++) {
      const loop = vessels.loops[l]!;
      if (rows[o + CHANNEL.depthUm]! < loop.tipUm) continue;
      if (Math.hypot(rows[o + CHANNEL.x]! - loop.x, rows[o + CHANNEL.y]! - loop.y) > reach) continue;
      if (vessels.pairCount * 2 + 2 > vessels.pairs.length) {
        const grown = new Int32Array(vessels.pairs.length * 2);
        grown.set(vessels.pairs);
        vessels.pairs = grown;
      }
      vessels.pairs[vessels.pairCount * 2] = c;
      vessels.pairs[vessels.pairCount * 2 + 1] = l;
      vessels.pairCount++;
    }
  }
  vessels.pairedChannels = frame.channelCount;
}

/** Whether channel c's lumen is open between the loop's tip and the plexus. */
function lumenOpenThrough(info: SimInfo, loop: CapillaryLoop, rows: Float32Array, c: number): boolean {
  const o = c * CHANNEL_STRIDE;
  const depth = rows[o + CHANNEL.depthUm]!;
  const bottom = info.stack.subpapillaryPlexusUm;
  for (let k = 0; k < CHANNEL_LUMEN_SAMPLES; k++) {
    const z = (depth * (k + 0.5)) / CHANNEL_LUMEN_SAMPLES;
    if (z >= loop.tipUm && z <= bottom && rows[o + CHANNEL.lumen + k]! > SEVERED_OPEN_FRACTION) return true;
  }
  return false;
}

const scratchColor = new THREE.Color();
const restColor = new THREE.Color(VESSEL_COLOR);

/**
 * Dims the loops an open lumen passes through and restores them when it closes; rewrites and uploads vertex
 * colours only for loops whose state changed. `scratch` holds one byte per loop (reused across frames).
 */
export function applySevering(info: SimInfo, vessels: StaticVessels, frame: Frame, scratch: Uint8Array): void {
  if (frame.channelCount < vessels.pairedChannels) {
    // A new run (seek restarted the channel list): pair again from scratch.
    vessels.pairCount = 0;
    vessels.pairedChannels = 0;
  }
  if (frame.channelCount > vessels.pairedChannels) pairNewChannels(vessels, frame);
  scratch.fill(0);
  for (let p = 0; p < vessels.pairCount; p++) {
    const l = vessels.pairs[p * 2 + 1]!;
    if (scratch[l] === 0 && lumenOpenThrough(info, vessels.loops[l]!, frame.channels, vessels.pairs[p * 2]!))
      scratch[l] = 1;
  }
  const colors = vessels.geometry.getAttribute('color') as THREE.BufferAttribute;
  let changed = false;
  for (let l = 0; l < vessels.loops.length; l++) {
    if (scratch[l] === vessels.severed[l]) continue;
    vessels.severed[l] = scratch[l]!;
    scratchColor.copy(restColor).multiplyScalar(scratch[l] ? SEVERED_DIM : 1);
    const first = l * vessels.loopVertices;
    for (let v = first; v < first + vessels.loopVertices; v++)
      colors.setXYZ(v, scratchColor.r, scratchColor.g, scratchColor.b);
    changed = true;
  }
  if (changed) colors.needsUpdate = true;
}
