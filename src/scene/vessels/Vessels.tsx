/**
 * Blood vessels, two draw calls:
 *  1. the static network (staticVessels.ts): papillary capillary loops, one hairpin per dermal papilla, and the
 *     sub-papillary and deep plexus, baked into one mesh; loops inside an open channel lumen are dimmed (the
 *     needle severed them) until the lumen closes;
 *  2. dynamic capillaries at the tissue sites: a short segment per site, shown when the local capillary density
 *     reaches the site's fixed threshold (shaders/vessels.vert.glsl): more around the channels in week 1
 *     (angiogenesis, drawn as thinner, lighter red sprouts), none where severed, back to the resting share by
 *     week 6.
 * Colours: look/colors.ts VESSELS (resting vessels deep red; new sprouts lighter red, also thinner).
 */
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import fragmentShader from '../../../shaders/vessels.frag.glsl?raw';
import vertexShader from '../../../shaders/vessels.vert.glsl?raw';
import sectionFadeChunk from '../../../shaders/sectionFade.glsl?raw';
import type { SimClient } from '../../sim/simClient';
import { useViewStore } from '../../state/viewStore';
import { cutPlane } from '../cutaway';
import {
  applySiteFrame,
  createSiteGeometry,
  disposeSiteGeometry,
  drawnSiteCount,
  drawSites,
  SECTION_RENDER_ORDER,
  sectionUniforms,
  setCutZ,
  siteStream,
} from '../matrix/siteInstancing';
import { TIERS } from '../quality/tiers';
import { modelToSceneUniforms, UM_TO_SCENE } from '../sceneUnits';
import { withSectionFade } from '../shaderChunks';
import { applySevering, buildStaticVessels, VESSEL_COLOR } from './staticVessels';
import { capillaryLoops, plexusSegments } from './vesselLayout';
import { VESSELS } from '../../look/colors';

/**
 * New capillary sprouts: a lighter, brighter red (chosen; lightness, not hue, separates them from resting
 * capillaries, and it avoids the myofibroblasts' vermillion).
 */
const SPROUT_COLOR = VESSELS.sprout;
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
 * A lit standard material with vertex colours that fades like the rest of the section (the same uniforms as the
 * custom shaders), down to each vertex's own `sectionFloor` (the plexus keeps a trace, the loops do not).
 */
function sectionStandardMaterial(section: ReturnType<typeof sectionUniforms>): THREE.MeshStandardMaterial {
  const material = new THREE.MeshStandardMaterial({
    roughness: 0.55,
    transparent: true,
    vertexColors: true,
    clippingPlanes: [cutPlane],
  });
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, section, { uUmToScene: { value: UM_TO_SCENE } });
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
uniform float uUmToScene;
${sectionFadeChunk}
attribute float sectionFloor;
varying float vSectionFade;`,
      )
      .replace(
        '#include <project_vertex>',
        `#include <project_vertex>
  vec4 sectionWorld = modelMatrix * vec4(transformed, 1.0);
  vSectionFade = mix(sectionFloor, 1.0, sectionFade(sectionWorld.xyz));`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nvarying float vSectionFade;')
      .replace('#include <color_fragment>', '#include <color_fragment>\n  diffuseColor.a *= vSectionFade;');
  };
  return material;
}

export function Vessels({ client }: { client: SimClient }) {
  const { info, frames } = client;
  const meshDetail = useViewStore((s) => TIERS[s.tier].meshDetail);
  const appliedSevering = useRef(-1);
  const stream = siteStream(info);

  const network = useMemo(() => {
    const loops = capillaryLoops(info);
    const vessels = buildStaticVessels(info, loops, plexusSegments(info), meshDetail, PLEXUS_SECTION_FLOOR);
    // uSectionFloor 0: the fade itself goes to 0; each vertex's sectionFloor lifts it back (the plexus).
    const section = sectionUniforms(SECTION_FULL_UM, SECTION_END_UM);
    return { vessels, material: sectionStandardMaterial(section), section, scratch: new Uint8Array(loops.length) };
  }, [info, meshDetail]);

  const capillaries = useMemo(() => {
    const base = new THREE.CylinderGeometry(1, 1, 1, Math.max(4, meshDetail - 2), 4, true);
    const geometry = createSiteGeometry(stream, base);
    const section = sectionUniforms(SECTION_FULL_UM, SECTION_END_UM);
    const material = new THREE.ShaderMaterial({
      vertexShader: withSectionFade(vertexShader),
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
    return { base, geometry, material, section };
  }, [info, stream, meshDetail]);

  useEffect(() => {
    appliedSevering.current = -1;
    return () => {
      network.vessels.geometry.dispose();
      network.material.dispose();
      capillaries.base.dispose();
      disposeSiteGeometry(capillaries.geometry, stream);
      capillaries.material.dispose();
    };
  }, [network, capillaries, stream]);

  useFrame(() => {
    setCutZ(capillaries.section);
    setCutZ(network.section);
    const frame = frames.latest;
    if (!frame) return;
    const drawn = drawnSiteCount(info, useViewStore.getState().tier);
    applySiteFrame(stream, frame, frames.received, drawn);
    drawSites(capillaries.geometry, drawn);
    if (appliedSevering.current === frames.received) return;
    appliedSevering.current = frames.received;
    applySevering(info, network.vessels, frame, network.scratch);
  });

  return (
    <group>
      <mesh
        geometry={network.vessels.geometry}
        material={network.material}
        frustumCulled={false}
        renderOrder={SECTION_RENDER_ORDER}
      />
      <mesh
        geometry={capillaries.geometry}
        material={capillaries.material}
        frustumCulled={false}
        renderOrder={SECTION_RENDER_ORDER}
      />
    </group>
  );
}
