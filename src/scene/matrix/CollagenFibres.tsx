/**
 * The dermal matrix at the tissue sites: collagen fibres and elastic fibres, one instanced draw call each.
 *
 * How it reads (legend):
 *  - Collagen I: thick, dark wine-pink fibres (#8E2A5E). The resting dermis.
 *  - Collagen III: thin, pale yellow-green fibres (#D4E68A; thin type III fibres look green in picrosirius-red
 *    polarisation histology, and pale lime stays apart from the beige resting cells). A fresh wound's matrix;
 *    each site blends the two colours by its I:III ratio and thins as type III dominates, so a healing channel
 *    turns from empty (torn, < 1) to pale and fine (weeks 1–4) to dark wine and thick again (collagen I, months).
 *    Where collagen exceeds the resting amount a second parallel fibre appears (scar-like density).
 *  - Elastin: thinner, wavy, dark indigo fibres (#3B2C85), vertical in the papillary dermis (oxytalan
 *    fibres rise towards the epidermis) and along the collagen in the reticular dermis; they fade where the
 *    elastin value falls (it barely regenerates).
 *  - Alignment needs no extra cue: the site direction is the matrix's principal axis, so aligned tissue shows
 *    parallel fibres and resting tissue a basket-weave.
 * Fibres are hidden in the fat (layer 4) and kept translucent and thin so the cells between them stay visible.
 * They are drawn as a thick section behind the cut-away (full within 100 µm, gone by 320 µm; siteInstancing.ts).
 */
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import fragmentShader from '../../../shaders/fibres.frag.glsl?raw';
import vertexShader from '../../../shaders/fibres.vert.glsl?raw';
import type { SimClient } from '../../sim/simClient';
import { useViewStore } from '../../state/viewStore';
import { cutPlane } from '../cutaway';
import { TIERS } from '../quality/tiers';
import { modelToSceneUniforms } from '../sceneUnits';
import { withSectionFade } from '../shaderChunks';
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
} from './siteInstancing';
import { MATRIX } from '../../look/colors';

/**
 * Fibre colours (chosen). The dermis is drawn pink (tissue/tissueLook.ts) and the cross-section cap veils what
 * lies behind it, so the collagen types are told apart by LIGHTNESS first (dark wine vs pale lime: safe for every
 * colour vision) and by thickness; hue second (wine vs lime). They also stay clear of the cell palette (M1 macrophages are the
 * lighter Okabe–Ito reddish purple, vessel tip cells Okabe–Ito blue).
 */
const COLLAGEN_I_COLOR = MATRIX.collagenI;
const COLLAGEN_III_COLOR = MATRIX.collagenIII;
/** Elastin: dark indigo (blue-violet), darker than the tip cells' blue. */
const ELASTIN_COLOR = MATRIX.elastin;
/**
 * Fibre length, µm (before a ±25 % per-site variation). Sites are ~60 µm apart (sceneSampler: 6 000 per mm²), and
 * a tier draws a third to all of them: 70 µm fibres read as a weave without a solid mat. Drawing choice.
 */
const COLLAGEN_LENGTH_UM = 70;
/**
 * Collagen fibre radius at the resting amount, µm. Real bundles are 2–15 µm across in the reticular dermis; 3.8 µm
 * (7.6 µm thick, thinner than a cell) stays visible at the overview zoom without hiding cells. Drawing choice.
 */
const COLLAGEN_RADIUS_UM = 3.8;
/** Collagen opacity: translucent so cells behind show through. Drawing choice. */
const COLLAGEN_OPACITY = 0.75;
/** Elastic fibre length, radius (real fibres are 1–3 µm thick) and opacity. Drawing choices. */
const ELASTIN_LENGTH_UM = 60;
const ELASTIN_RADIUS_UM = 1.3;
const ELASTIN_OPACITY = 0.85;
/**
 * Share of the drawn sites that also carry an elastic fibre (a prefix of the site list, so still a uniform
 * sample). Elastin is ~2–4 % of dermal dry weight; one fibre per three sites shows the network without clutter.
 */
const ELASTIN_SITE_FRACTION = 1 / 3;
/** Length segments of the elastic fibre's cylinder: enough to draw two waves smoothly. */
const ELASTIN_LENGTH_SEGMENTS = 12;
/** Length segments of a collagen fibre: enough for the spindle taper at its ends. */
const COLLAGEN_LENGTH_SEGMENTS = 4;

/**
 * The collagen instance: two fibres in one geometry, told apart by the vertex attribute `fibreCopy` (0, 1): the
 * fibre itself and a second, parallel one the shader grows only where collagen is in excess (scar-like density).
 * One instance per site keeps every site layer on the same instance divisor, so they share one site buffer.
 */
function collagenPairGeometry(meshDetail: number): THREE.BufferGeometry {
  const copies = [0, 1].map((copy) => {
    const cylinder = new THREE.CylinderGeometry(1, 1, 1, meshDetail, COLLAGEN_LENGTH_SEGMENTS, true);
    const n = cylinder.getAttribute('position').count;
    cylinder.setAttribute('fibreCopy', new THREE.BufferAttribute(new Float32Array(n).fill(copy), 1));
    return cylinder;
  });
  const pair = mergeGeometries(copies);
  for (const copy of copies) copy.dispose();
  return pair;
}

/**
 * Thick-section depth, µm behind the cut: fibres at full strength within 100 µm (a few fibre spacings, so the
 * weave reads as a slice), gone by 320 µm. Drawing choice (siteInstancing.ts sectionUniforms).
 */
const SECTION_FULL_UM = 100;
const SECTION_END_UM = 320;

function fibreMaterial(
  client: SimClient,
  section: ReturnType<typeof sectionUniforms>,
  elastin: boolean,
  lengthUm: number,
  radiusUm: number,
  opacity: number,
  colorA: string,
  colorB: string,
): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    vertexShader: withSectionFade(vertexShader),
    fragmentShader,
    defines: elastin ? { ELASTIN: '' } : {},
    uniforms: {
      ...modelToSceneUniforms(client.info),
      ...section,
      uLengthUm: { value: lengthUm },
      uRadiusUm: { value: radiusUm },
      uOpacity: { value: opacity },
      uColorA: { value: new THREE.Color(colorA) },
      uColorB: { value: new THREE.Color(colorB) },
    },
    transparent: true,
    side: THREE.DoubleSide,
    clipping: true,
    clippingPlanes: [cutPlane],
  });
}

export function CollagenFibres({ client }: { client: SimClient }) {
  const { info, frames } = client;
  const meshDetail = useViewStore((s) => TIERS[s.tier].meshDetail);
  const section = useMemo(() => sectionUniforms(SECTION_FULL_UM, SECTION_END_UM), []);

  const stream = siteStream(info);

  const collagen = useMemo(() => {
    const base = collagenPairGeometry(meshDetail);
    const geometry = createSiteGeometry(stream, base);
    const material = fibreMaterial(
      client,
      section,
      false,
      COLLAGEN_LENGTH_UM,
      COLLAGEN_RADIUS_UM,
      COLLAGEN_OPACITY,
      COLLAGEN_I_COLOR,
      COLLAGEN_III_COLOR,
    );
    return { base, geometry, material };
  }, [client, stream, meshDetail, section]);

  const elastin = useMemo(() => {
    const base = new THREE.CylinderGeometry(1, 1, 1, Math.max(4, meshDetail - 2), ELASTIN_LENGTH_SEGMENTS, true);
    const geometry = createSiteGeometry(stream, base);
    const material = fibreMaterial(
      client,
      section,
      true,
      ELASTIN_LENGTH_UM,
      ELASTIN_RADIUS_UM,
      ELASTIN_OPACITY,
      ELASTIN_COLOR,
      ELASTIN_COLOR,
    );
    return { base, geometry, material };
  }, [client, stream, meshDetail, section]);

  useEffect(
    () => () => {
      for (const part of [collagen, elastin]) {
        part.base.dispose();
        disposeSiteGeometry(part.geometry, stream);
        part.material.dispose();
      }
    },
    [collagen, elastin, stream],
  );

  useFrame(() => {
    setCutZ(section);
    const frame = frames.latest;
    if (!frame) return;
    const tier = useViewStore.getState().tier;
    const drawn = drawnSiteCount(info, tier);
    applySiteFrame(stream, frame, frames.received, drawn);
    drawSites(collagen.geometry, drawn);
    drawSites(elastin.geometry, drawnSiteCount(info, tier, ELASTIN_SITE_FRACTION));
  });

  return (
    <group>
      <mesh
        geometry={collagen.geometry}
        material={collagen.material}
        frustumCulled={false}
        renderOrder={SECTION_RENDER_ORDER}
      />
      <mesh
        geometry={elastin.geometry}
        material={elastin.material}
        frustumCulled={false}
        renderOrder={SECTION_RENDER_ORDER}
      />
    </group>
  );
}
