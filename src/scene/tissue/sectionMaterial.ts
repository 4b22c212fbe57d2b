/**
 * The layer-colouring ShaderMaterial of the block's outer walls and of the cross-section cap (same shader; the cap
 * variant also outlines the fat lobules the cut passes through). Both are cut by the shared cut-away plane.
 */
import * as THREE from 'three';
import fragmentShader from '../../../shaders/tissue.section.frag.glsl?raw';
import vertexShader from '../../../shaders/tissue.section.vert.glsl?raw';
import type { SimInfo } from '../../../workers/protocol';
import { cutPlane } from '../cutaway';
import { UM_TO_SCENE } from '../sceneUnits';
import {
  BOUNDARY_LINE_COLOR,
  ERYTHEMA_COLOR,
  ERYTHEMA_TINT,
  FAT_COLOR,
  PAPILLARY_COLOR,
  PAPILLARY_FLUSH_COLOR,
  RETICULAR_COLOR,
  SEPTA_COLOR,
  basalLayerColor,
  epidermisColor,
  stratumCorneumColor,
} from './tissueLook';

/**
 * Most fat-lobule discs the cap draws: a cut crosses about (block width / lobule pitch) × (fat rows) × 2 lobules,
 * ~60 for a 1 mm block with 530 µm of fat; 96 leaves room and stays well within WebGL2's fragment uniform limit.
 */
export const MAX_LOBULE_DISCS = 96;

/** Uniforms shared by the walls and the cap (one object, so a per-frame update reaches both). */
export type SectionUniforms = ReturnType<typeof createSectionUniforms>;

export function createSectionUniforms(info: SimInfo) {
  const { stack } = info;
  return {
    uUmToScene: { value: UM_TO_SCENE },
    uBlockWidthUm: { value: info.domainUm.x },
    uBlockDepthUm: { value: info.domainUm.z },
    uSwellUm: { value: 0 },
    uSwellScene: { value: 0 },
    uStratumCorneumUm: { value: stack.stratumCorneumUm },
    uJunctionMeanUm: { value: stack.stratumCorneumUm + stack.epidermisUm },
    uReteAmplitudeUm: { value: stack.reteAmplitudeUm },
    uReteK: { value: (2 * Math.PI) / stack.reteWavelengthUm },
    uPapillaryBottomUm: { value: stack.papillaryBottomUm },
    uDermisBottomUm: { value: stack.dermisBottomUm },
    uCorneumColor: { value: stratumCorneumColor(info.skinType) },
    uEpidermisColor: { value: epidermisColor(info.skinType) },
    uBasalColor: { value: basalLayerColor(info.skinType) },
    uPapillaryColor: { value: new THREE.Color(PAPILLARY_COLOR) },
    uReticularColor: { value: new THREE.Color(RETICULAR_COLOR) },
    uFatColor: { value: new THREE.Color(FAT_COLOR) },
    uSeptaColor: { value: new THREE.Color(SEPTA_COLOR) },
    uLineColor: { value: new THREE.Color(BOUNDARY_LINE_COLOR) },
    uRedColor: { value: new THREE.Color(ERYTHEMA_COLOR) },
    uFlushColor: { value: new THREE.Color(PAPILLARY_FLUSH_COLOR) },
    uErythema: { value: 0 },
    uErythemaTint: {
      value: new THREE.Vector3(ERYTHEMA_TINT.surface, ERYTHEMA_TINT.epidermis, ERYTHEMA_TINT.papillary),
    },
  };
}

/** The opaque outer walls (drawn from both sides: seen through the cut, their insides back the cells). */
export function createWallMaterial(uniforms: SectionUniforms): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    vertexShader,
    fragmentShader,
    uniforms: { ...uniforms, uOpacity: { value: 1 } },
    side: THREE.DoubleSide,
    clipping: true,
    clippingPlanes: [cutPlane],
  });
}

/**
 * The cut-face cap: translucent and drawn without depth writes, so cells and channels behind it show through
 * (tinted), and cells on the cut (in front of it) stay crisp. `uLobuleDiscs` holds the fat lobules' sections.
 */
export function createCapMaterial(uniforms: SectionUniforms, opacity: number, discs: Float32Array) {
  return new THREE.ShaderMaterial({
    vertexShader,
    fragmentShader,
    defines: { CAP: 1, MAX_LOBULE_DISCS },
    uniforms: {
      ...uniforms,
      uOpacity: { value: opacity },
      uLobuleDiscs: { value: discs },
      uLobuleDiscCount: { value: 0 },
    },
    transparent: true,
    depthWrite: false,
    side: THREE.FrontSide,
  });
}
