/**
 * The needle channels, three draw calls over the frame's channel rows (zero-copy: the rows are read by the
 * shaders through interleaved views of `frame.channels`, only the first `channelCount` drawn, so channels of a
 * later session appear when they are made):
 *  1. lumen walls: a dark, translucent tapering tube per channel, narrowing per depth as the lumen closes
 *     (radius × sqrt(open fraction) at each of the 8 lumen samples), gone once closed;
 *  2. blood: in channels that bled, a red fill inside the open lumen while platelet aggregates exist
 *     (SURFACE.clot), fresh red turning into dark-red clot over the first hours;
 *  3. epidermal openings: a dark disc on the surface, shrinking as keratinocytes cover the wound (blood-red
 *     centre while a bleeding channel's clot exists).
 * Colours: look/colors.ts CHANNELS (lumen near-black plum; blood → clot; the opening with its rim).
 */
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import openingFragmentShader from '../../../shaders/channels.opening.frag.glsl?raw';
import openingVertexShader from '../../../shaders/channels.opening.vert.glsl?raw';
import fragmentShader from '../../../shaders/channels.frag.glsl?raw';
import vertexShader from '../../../shaders/channels.vert.glsl?raw';
import { CHANNEL, CHANNEL_LUMEN_SAMPLES, CHANNEL_STRIDE, SURFACE } from '../../../workers/protocol';
import type { Frame, SimInfo } from '../../../workers/protocol';
import type { SimClient } from '../../sim/simClient';
import { cutPlane } from '../cutaway';
import { SECTION_RENDER_ORDER, sectionUniforms, setCutZ } from '../matrix/siteInstancing';
import { modelToSceneUniforms } from '../sceneUnits';
import { withSectionFade } from '../shaderChunks';
import { CHANNELS } from '../../look/colors';

const WALL_COLOR = CHANNELS.wall;
const BLOOD_COLOR = CHANNELS.blood;
const CLOT_COLOR = CHANNELS.clot;
const OPENING_COLOR = CHANNELS.opening;
const OPENING_RIM_COLOR = CHANNELS.openingRim;
/** Blood drawn slightly inside the wall so the wall's rim still outlines it. Drawing choice. */
const BLOOD_RADIUS_SCALE = 0.9;
/**
 * Hours over which the drawn blood darkens from fresh to clot. A platelet plug forms in minutes and fibrin
 * stabilises it over ~1–2 h (textbook haemostasis); 2 h is assumed for the colour ramp only.
 */
const CLOT_DARKENING_H = 2;
/** The opening disc lies this far above the surface (µm) so it does not z-fight with the skin's top face. */
const OPENING_LIFT_UM = 2;
/**
 * Transparent draw order relative to the tissue block (tissue/TissueBlock.tsx: fat 1, junction 2, cross-section
 * cap 3, surface 4): lumens and blood over the cap like the fibres (siteInstancing.ts), blood after the walls so
 * the fill reads through the near wall, openings after the skin surface they sit on.
 */
const RENDER_ORDER = { walls: SECTION_RENDER_ORDER, blood: SECTION_RENDER_ORDER + 0.1, openings: 5 } as const;
/**
 * Thick-section fade of lumens and blood, µm behind the cut (siteInstancing.ts): full within 150 µm, down to 35 %
 * by 700 µm, so every channel stays visible (they are the subject) while nearer ones stand out. Drawing choice.
 */
const SECTION_FULL_UM = 150;
const SECTION_END_UM = 700;
const SECTION_FLOOR = 0.35;
/** Around-the-axis segments of the lumen tube (channels are few; smooth circles are cheap). */
const TUBE_RADIAL_SEGMENTS = 16;

/**
 * Unit-radius tube along the channel axis with rings at the surface, at the 8 lumen sample depths and at the tip.
 * Per vertex: `position` (x, z on the unit circle; y unused), `ring` (0 … 9) and `along` (depth fraction).
 */
function lumenTubeGeometry(): THREE.BufferGeometry {
  const ringDepths = [0];
  for (let k = 0; k < CHANNEL_LUMEN_SAMPLES; k++) ringDepths.push((k + 0.5) / CHANNEL_LUMEN_SAMPLES);
  ringDepths.push(1);
  const columns = TUBE_RADIAL_SEGMENTS + 1;
  const positions: number[] = [];
  const rings: number[] = [];
  const along: number[] = [];
  ringDepths.forEach((depth, ring) => {
    for (let s = 0; s < columns; s++) {
      const angle = (s / TUBE_RADIAL_SEGMENTS) * Math.PI * 2;
      positions.push(Math.cos(angle), 0, Math.sin(angle));
      rings.push(ring);
      along.push(depth);
    }
  });
  const index: number[] = [];
  for (let ring = 0; ring + 1 < ringDepths.length; ring++) {
    for (let s = 0; s < TUBE_RADIAL_SEGMENTS; s++) {
      const a = ring * columns + s;
      const b = a + columns;
      index.push(a, b, a + 1, b, b + 1, a + 1);
    }
  }
  const base = new THREE.BufferGeometry();
  base.setIndex(index);
  base.setAttribute('position', new THREE.Float32BufferAttribute(positions, 3));
  base.setAttribute('ring', new THREE.Float32BufferAttribute(rings, 1));
  base.setAttribute('along', new THREE.Float32BufferAttribute(along, 1));
  return base;
}

/** An instanced geometry over `base` reading the channel rows from `rows`. */
function channelGeometry(base: THREE.BufferGeometry, rows: THREE.InstancedInterleavedBuffer) {
  const geometry = new THREE.InstancedBufferGeometry();
  geometry.index = base.index;
  for (const [name, attribute] of Object.entries(base.attributes)) geometry.setAttribute(name, attribute);
  geometry.setAttribute('channelAxis', new THREE.InterleavedBufferAttribute(rows, 3, CHANNEL.x));
  geometry.setAttribute('channelShape', new THREE.InterleavedBufferAttribute(rows, 4, CHANNEL.surfaceRadiusUm));
  geometry.setAttribute('channelState', new THREE.InterleavedBufferAttribute(rows, 2, CHANNEL.session));
  geometry.setAttribute('lumenA', new THREE.InterleavedBufferAttribute(rows, 4, CHANNEL.lumen));
  geometry.setAttribute('lumenB', new THREE.InterleavedBufferAttribute(rows, 4, CHANNEL.lumen + 4));
  geometry.instanceCount = 0;
  return geometry;
}

function buildChannels(info: SimInfo) {
  // One buffer shared by all three geometries: uploaded once per frame.
  const rows = new THREE.InstancedInterleavedBuffer(
    new Float32Array(info.channelCapacity * CHANNEL_STRIDE),
    CHANNEL_STRIDE,
    1,
  );
  rows.setUsage(THREE.DynamicDrawUsage);
  const tubeBase = lumenTubeGeometry();
  const tube = channelGeometry(tubeBase, rows);
  const discBase = new THREE.PlaneGeometry(2, 2);
  const disc = channelGeometry(discBase, rows);
  const frameUniforms = { uTimeH: { value: 0 }, uClot: { value: 0 } };
  const section = sectionUniforms(SECTION_FULL_UM, SECTION_END_UM, SECTION_FLOOR);
  const lumenMaterial = (blood: boolean) =>
    new THREE.ShaderMaterial({
      vertexShader: withSectionFade(vertexShader),
      fragmentShader,
      defines: blood ? { BLOOD: '' } : {},
      uniforms: {
        ...modelToSceneUniforms(info),
        ...frameUniforms,
        ...section,
        uRadiusScale: { value: blood ? BLOOD_RADIUS_SCALE : 1 },
        uClotAfterH: { value: CLOT_DARKENING_H },
        uColorA: { value: new THREE.Color(blood ? BLOOD_COLOR : WALL_COLOR) },
        uColorB: { value: new THREE.Color(CLOT_COLOR) },
      },
      transparent: true,
      depthWrite: false,
      side: THREE.DoubleSide,
      clipping: true,
      clippingPlanes: [cutPlane],
    });
  const walls = lumenMaterial(false);
  const blood = lumenMaterial(true);
  const openings = new THREE.ShaderMaterial({
    vertexShader: openingVertexShader,
    fragmentShader: openingFragmentShader,
    uniforms: {
      ...modelToSceneUniforms(info),
      uClot: frameUniforms.uClot,
      uLiftUm: { value: OPENING_LIFT_UM },
      uRadiusScale: { value: 1 },
      uHoleColor: { value: new THREE.Color(OPENING_COLOR) },
      uRimColor: { value: new THREE.Color(OPENING_RIM_COLOR) },
      uBloodColor: { value: new THREE.Color(CLOT_COLOR) },
    },
    transparent: true,
    depthWrite: false,
    side: THREE.DoubleSide,
    clipping: true,
    clippingPlanes: [cutPlane],
  });
  return { rows, tubeBase, tube, discBase, disc, frameUniforms, section, walls, blood, openings };
}

/** Points the shared row buffer at the frame's channel rows (no copy) and updates the per-frame uniforms. */
function applyChannelFrame(parts: ReturnType<typeof buildChannels>, frame: Frame): void {
  // A frame from a block of another shape (never expected within one client) is skipped, not drawn wrong.
  if (frame.channels.length !== parts.rows.array.length) return;
  parts.rows.array = frame.channels;
  parts.rows.needsUpdate = true;
  parts.tube.instanceCount = frame.channelCount;
  parts.disc.instanceCount = frame.channelCount;
  parts.frameUniforms.uTimeH.value = frame.timeH;
  parts.frameUniforms.uClot.value = frame.surface[SURFACE.clot]!;
}

export function Channels({ client }: { client: SimClient }) {
  const { info, frames } = client;
  const applied = useRef(-1);
  const parts = useMemo(() => buildChannels(info), [info]);

  useEffect(() => {
    applied.current = -1;
    return () => {
      for (const g of [parts.tubeBase, parts.tube, parts.discBase, parts.disc]) g.dispose();
      for (const m of [parts.walls, parts.blood, parts.openings]) m.dispose();
    };
  }, [parts]);

  useFrame(() => {
    setCutZ(parts.section);
    const frame = frames.latest;
    if (!frame || frames.received === applied.current) return;
    applied.current = frames.received;
    applyChannelFrame(parts, frame);
  });

  return (
    <group>
      <mesh geometry={parts.tube} material={parts.walls} frustumCulled={false} renderOrder={RENDER_ORDER.walls} />
      <mesh geometry={parts.tube} material={parts.blood} frustumCulled={false} renderOrder={RENDER_ORDER.blood} />
      <mesh geometry={parts.disc} material={parts.openings} frustumCulled={false} renderOrder={RENDER_ORDER.openings} />
    </group>
  );
}
