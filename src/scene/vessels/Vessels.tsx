/**
 * Blood vessels, three draw calls:
 *  1. papillary capillary loops: one hairpin tube per dermal papilla (one instanced geometry); loops inside an
 *     open channel lumen are dimmed (the needle severed them) until the lumen closes;
 *  2. the sub-papillary and deep plexus: a meshwork of instanced tube segments (static, vesselLayout.ts);
 *  3. dynamic capillaries at the tissue sites: a short segment per site, shown when the local capillary density
 *     reaches the site's fixed threshold (shaders/vessels.vert.glsl): more around the channels in week 1
 *     (angiogenesis, drawn as thinner, lighter red sprouts), none where severed, back to the resting share by
 *     week 6.
 * Colours: resting vessels deep red (#B81D2A); new sprouts lighter red (#F0506A), also thinner.
 */
import { useFrame } from '@react-three/fiber';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import fragmentShader from '../../../shaders/vessels.frag.glsl?raw';
import vertexShader from '../../../shaders/vessels.vert.glsl?raw';
import { CHANNEL, CHANNEL_LUMEN_SAMPLES, CHANNEL_STRIDE } from '../../../workers/protocol';
import type { Frame, SimInfo } from '../../../workers/protocol';
import type { SimClient } from '../../sim/simClient';
import { useViewStore } from '../../state/viewStore';
import { cutPlane } from '../cutaway';
import {
  applySiteFrame,
  createSiteGeometry,
  drawnSiteCount,
  SECTION_RENDER_ORDER,
  sectionUniforms,
  setCutZ,
} from '../matrix/siteInstancing';
import { TIERS } from '../quality/tiers';
import { modelToScene, modelToSceneUniforms, UM_TO_SCENE } from '../sceneUnits';
import { capillaryLoops, plexusSegments } from './vesselLayout';
import type { CapillaryLoop } from './vesselLayout';

/** Resting vessel colour (deep blood red; chosen). */
const VESSEL_COLOR = '#B81D2A';
/** Deep plexus tint (a darker red: larger, venous-rich vessels; chosen). */
const DEEP_VESSEL_COLOR = '#8E1520';
/**
 * New capillary sprouts: a lighter, brighter red (chosen; lightness, not hue, separates them from resting
 * capillaries, and it avoids the myofibroblasts' vermillion).
 */
const SPROUT_COLOR = '#F0506A';
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
/** Dynamic segment length and radius, µm (a dermal capillary segment between branch points; drawing choice). */
const SEGMENT_LENGTH_UM = 45;
const SEGMENT_RADIUS_UM = 3.5;
/**
 * Per-site visibility thresholds on the capillary density, spread evenly over this range. With density 1 at rest,
 * (1 − 0.6) / 2.4 ≈ 17 % of the dermal sites show a capillary; at the week-1 peak (~3×) all do. Assumed mapping.
 */
const THRESHOLD_MIN = 0.6;
const THRESHOLD_MAX = 3.0;
/**
 * Thick-section depth of all vessels, µm behind the cut (as the fibres; siteInstancing.ts): full within 60 µm,
 * gone by 260 µm, except the plexus, which keeps a faint trace deeper down so the network reads as a whole.
 * Drawing choices.
 */
const SECTION_FULL_UM = 60;
const SECTION_END_UM = 260;
const PLEXUS_SECTION_FLOOR = 0.25;

/**
 * A lit, instanced standard material that fades like the rest of the section (the same uniforms as the custom
 * shaders): the fade is computed per vertex from the instance's world position and multiplies the alpha.
 */
function sectionStandardMaterial(section: ReturnType<typeof sectionUniforms>): THREE.MeshStandardMaterial {
  const material = new THREE.MeshStandardMaterial({
    roughness: 0.55,
    transparent: true,
    clippingPlanes: [cutPlane],
  });
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, section, { uUmToScene: { value: UM_TO_SCENE } });
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
uniform float uUmToScene;
uniform float uCutZ;
uniform float uSectionFullUm;
uniform float uSectionEndUm;
uniform float uSectionFloor;
varying float vSectionFade;`,
      )
      .replace(
        '#include <project_vertex>',
        `#include <project_vertex>
#ifdef USE_INSTANCING
  vec4 sectionWorld = modelMatrix * instanceMatrix * vec4(transformed, 1.0);
#else
  vec4 sectionWorld = modelMatrix * vec4(transformed, 1.0);
#endif
  vSectionFade = mix(1.0, uSectionFloor, smoothstep(uSectionFullUm, uSectionEndUm, (uCutZ - sectionWorld.z) / uUmToScene));`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nvarying float vSectionFade;')
      .replace('#include <color_fragment>', '#include <color_fragment>\n  diffuseColor.a *= vSectionFade;');
  };
  return material;
}

function hairpinGeometry(info: SimInfo, radialSegments: number): THREE.TubeGeometry {
  // Built in scene units with its base (the plexus) at the origin and the tip at the mean loop height; each
  // instance is translated and turned about the vertical.
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
  return new THREE.TubeGeometry(new THREE.CatmullRomCurve3(points), 32, LOOP_RADIUS_UM * s, radialSegments, false);
}

/** Whether an open lumen of any channel passes through this loop. */
function loopSevered(info: SimInfo, loop: CapillaryLoop, frame: Frame): boolean {
  const top = loop.tipUm;
  const bottom = info.stack.subpapillaryPlexusUm;
  const rows = frame.channels;
  for (let c = 0; c < frame.channelCount; c++) {
    const o = c * CHANNEL_STRIDE;
    const depth = rows[o + CHANNEL.depthUm]!;
    if (depth < top) continue;
    const distance = Math.hypot(rows[o + CHANNEL.x]! - loop.x, rows[o + CHANNEL.y]! - loop.y);
    const reach = Math.max(rows[o + CHANNEL.surfaceRadiusUm]!, rows[o + CHANNEL.tipRadiusUm]!) + LOOP_LIMB_GAP_UM;
    if (distance > reach) continue;
    for (let k = 0; k < CHANNEL_LUMEN_SAMPLES; k++) {
      const z = (depth * (k + 0.5)) / CHANNEL_LUMEN_SAMPLES;
      if (z >= top && z <= bottom && rows[o + CHANNEL.lumen + k]! > SEVERED_OPEN_FRACTION) return true;
    }
  }
  return false;
}

const scratchMatrix = new THREE.Matrix4();
const scratchPosition = new THREE.Vector3();
const scratchEnd = new THREE.Vector3();
const scratchDirection = new THREE.Vector3();
const scratchQuaternion = new THREE.Quaternion();
const scratchScale = new THREE.Vector3();
const scratchColor = new THREE.Color();
const UP = new THREE.Vector3(0, 1, 0);
const REST_COLOR = new THREE.Color(VESSEL_COLOR);
const DEEP_COLOR = new THREE.Color(DEEP_VESSEL_COLOR);

/** Dims the loops an open lumen passes through (and restores them when it closes); uploads only on change. */
function applySevering(
  info: SimInfo,
  loops: { layout: CapillaryLoop[]; rest: THREE.Color; severed: Uint8Array },
  mesh: THREE.InstancedMesh,
  frame: Frame,
): void {
  let changed = false;
  for (let i = 0; i < loops.layout.length; i++) {
    const severed = loopSevered(info, loops.layout[i]!, frame) ? 1 : 0;
    if (severed === loops.severed[i]) continue;
    loops.severed[i] = severed;
    scratchColor.copy(loops.rest).multiplyScalar(severed ? SEVERED_DIM : 1);
    mesh.setColorAt(i, scratchColor);
    changed = true;
  }
  if (changed && mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
}

export function Vessels({ client }: { client: SimClient }) {
  const { info, frames } = client;
  const meshDetail = useViewStore((s) => TIERS[s.tier].meshDetail);
  const applied = useRef(-1);
  const loopsRef = useRef<THREE.InstancedMesh>(null);

  const loops = useMemo(() => {
    const layout = capillaryLoops(info);
    const geometry = hairpinGeometry(info, Math.max(4, meshDetail - 2));
    const section = sectionUniforms(SECTION_FULL_UM, SECTION_END_UM);
    const material = sectionStandardMaterial(section);
    const rest = new THREE.Color(VESSEL_COLOR);
    const severed = new Uint8Array(layout.length);
    return { layout, geometry, material, rest, severed, section };
  }, [info, meshDetail]);

  const plexus = useMemo(() => {
    const segments = plexusSegments(info);
    const geometry = new THREE.CylinderGeometry(1, 1, 1, meshDetail, 1, true);
    const section = sectionUniforms(SECTION_FULL_UM, SECTION_END_UM, PLEXUS_SECTION_FLOOR);
    const material = sectionStandardMaterial(section);
    return { segments, geometry, material, section };
  }, [info, meshDetail]);

  const capillaries = useMemo(() => {
    const base = new THREE.CylinderGeometry(1, 1, 1, Math.max(4, meshDetail - 2), 4, true);
    const target = createSiteGeometry(info, base, 1);
    const section = sectionUniforms(SECTION_FULL_UM, SECTION_END_UM);
    const material = new THREE.ShaderMaterial({
      vertexShader,
      fragmentShader,
      uniforms: {
        ...modelToSceneUniforms(info),
        ...section,
        uLengthUm: { value: SEGMENT_LENGTH_UM },
        uRadiusUm: { value: SEGMENT_RADIUS_UM },
        uThresholdMin: { value: THRESHOLD_MIN },
        uThresholdMax: { value: THRESHOLD_MAX },
        uColorRest: { value: new THREE.Color(VESSEL_COLOR) },
        uColorNew: { value: new THREE.Color(SPROUT_COLOR) },
      },
      transparent: true,
      clipping: true,
      clippingPlanes: [cutPlane],
    });
    return { base, target, material, section };
  }, [info, meshDetail]);

  useEffect(() => {
    applied.current = -1;
    return () => {
      loops.geometry.dispose();
      loops.material.dispose();
      plexus.geometry.dispose();
      plexus.material.dispose();
      capillaries.base.dispose();
      capillaries.target.geometry.dispose();
      capillaries.material.dispose();
    };
  }, [loops, plexus, capillaries]);

  // Static instance transforms, set once per mesh (a layout effect would do the same; nothing per frame).
  const placeLoops = useCallback(
    (mesh: THREE.InstancedMesh | null) => {
      loopsRef.current = mesh;
      if (!mesh) return;
      const heightUm = info.stack.subpapillaryPlexusUm - info.stack.capillaryLoopTipUm;
      loops.layout.forEach((loop, i) => {
        modelToScene(info, loop.x, loop.y, info.stack.subpapillaryPlexusUm, scratchPosition);
        scratchQuaternion.setFromAxisAngle(UP, loop.turn);
        scratchScale.set(1, (info.stack.subpapillaryPlexusUm - loop.tipUm) / heightUm, 1);
        mesh.setMatrixAt(i, scratchMatrix.compose(scratchPosition, scratchQuaternion, scratchScale));
        mesh.setColorAt(i, loops.rest);
      });
      mesh.instanceMatrix.needsUpdate = true;
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    },
    [info, loops],
  );

  const placePlexus = useCallback(
    (mesh: THREE.InstancedMesh | null) => {
      if (!mesh) return;
      plexus.segments.forEach((segment, i) => {
        modelToScene(info, ...segment.a, scratchPosition);
        modelToScene(info, ...segment.b, scratchEnd);
        scratchDirection.subVectors(scratchEnd, scratchPosition);
        const r = segment.radiusUm * UM_TO_SCENE;
        // Overlap each end by the radius so joints between segments at an angle show no gap.
        const length = scratchDirection.length() + 2 * r;
        scratchPosition.add(scratchEnd).multiplyScalar(0.5);
        scratchQuaternion.setFromUnitVectors(UP, scratchDirection.normalize());
        scratchScale.set(r, length, r);
        mesh.setMatrixAt(i, scratchMatrix.compose(scratchPosition, scratchQuaternion, scratchScale));
        mesh.setColorAt(i, segment.deep ? DEEP_COLOR : REST_COLOR);
      });
      mesh.instanceMatrix.needsUpdate = true;
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    },
    [info, plexus],
  );

  useFrame(() => {
    setCutZ(capillaries.section);
    setCutZ(loops.section);
    setCutZ(plexus.section);
    const frame = frames.latest;
    if (!frame || frames.received === applied.current) return;
    applied.current = frames.received;
    applySiteFrame(capillaries.target, frame, drawnSiteCount(info, useViewStore.getState().tier));
    if (loopsRef.current) applySevering(info, loops, loopsRef.current, frame);
  });

  return (
    <group>
      <instancedMesh
        key={`loops-${loops.geometry.uuid}`}
        ref={placeLoops}
        args={[loops.geometry, loops.material, loops.layout.length]}
        frustumCulled={false}
        renderOrder={SECTION_RENDER_ORDER}
      />
      <instancedMesh
        key={`plexus-${plexus.geometry.uuid}`}
        ref={placePlexus}
        args={[plexus.geometry, plexus.material, plexus.segments.length]}
        frustumCulled={false}
        renderOrder={SECTION_RENDER_ORDER}
      />
      <mesh
        geometry={capillaries.target.geometry}
        material={capillaries.material}
        frustumCulled={false}
        renderOrder={SECTION_RENDER_ORDER}
      />
    </group>
  );
}
