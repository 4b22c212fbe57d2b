/**
 * Lit, clippable material for one cell type: three's MeshStandardMaterial (so shapes read in 3D under the scene's
 * lights and the cut-away clips them like everything else) with the instancing chunk of shaders/cells.*.glsl
 * injected. Colours, sizes and morph weights per state come from look/cellLooks.ts as uniforms.
 */
import * as THREE from 'three';
import beginVertex from '../../../shaders/cells.begin.vert.glsl?raw';
import parsVertex from '../../../shaders/cells.pars.vert.glsl?raw';
import type { SimInfo } from '../../../workers/protocol';
import { cutPlane } from '../cutaway';
import { modelToSceneUniforms } from '../sceneUnits';

import type { CellTypeLook } from '../../look/cellLooks';
import { hasMorphTarget } from './cellGeometry';
import { MAX_CELL_STATES } from '../../../workers/model/cellKinds';

/** Surface roughness: matte like wet tissue, with a soft highlight that shows the curvature. */
const CELL_ROUGHNESS = 0.5;

export function cellMaterial(type: CellTypeLook, info: SimInfo): THREE.MeshStandardMaterial {
  const colors: THREE.Color[] = [];
  const scales: number[] = [];
  const morphs: number[] = [];
  for (let s = 0; s < MAX_CELL_STATES; s++) {
    // States a type does not use repeat its first look (the frame should never carry them).
    const look = type.states.find((l) => l.state === s) ?? type.states[0]!;
    colors.push(new THREE.Color(look.color)); // sRGB hex → linear working space
    scales.push(look.scale);
    morphs.push(look.morph);
  }
  const uniforms = {
    ...modelToSceneUniforms(info),
    uStateColor: { value: colors },
    uStateScale: { value: scales },
    uStateMorph: { value: morphs },
  };
  const material = new THREE.MeshStandardMaterial({
    color: '#ffffff', // multiplied by the per-state colour in the shader
    roughness: CELL_ROUGHNESS,
    metalness: 0,
    clippingPlanes: [cutPlane],
    // A cell the cut-away slices through shows its inside instead of a hollow crescent.
    side: THREE.DoubleSide,
  });
  material.defines = { CELL_MAX_STATES: MAX_CELL_STATES };
  if (type.oriented) material.defines.CELL_ORIENTED = '';
  if (hasMorphTarget(type)) material.defines.CELL_MORPH = '';
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms);
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', `#include <common>\n${parsVertex}`)
      .replace('#include <beginnormal_vertex>', beginVertex)
      .replace('#include <begin_vertex>', '');
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nvarying vec3 vCellColor;')
      .replace('#include <color_fragment>', 'diffuseColor.rgb *= vCellColor;');
  };
  // Same injection for every type; the defines above already tell the variants apart.
  material.customProgramCacheKey = () => 'healsim-cells';
  return material;
}
