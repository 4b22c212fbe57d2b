// Thick-section fade (src/scene/matrix/siteInstancing.ts sectionUniforms): 1 within uSectionFullUm behind the
// cut plane (scene z uCutZ), down to uSectionFloor by uSectionEndUm. Expects uUmToScene declared before it.
uniform float uCutZ;
uniform float uSectionFullUm;
uniform float uSectionEndUm;
uniform float uSectionFloor;

float sectionFade(vec3 scenePosition) {
  float behindUm = (uCutZ - scenePosition.z) / uUmToScene;
  return mix(1.0, uSectionFloor, smoothstep(uSectionFullUm, uSectionEndUm, behindUm));
}
