// Dynamic capillary segments at the tissue sites: a short capillary whose presence follows the local capillary
// density. Each site has a fixed threshold, evenly spread (golden-ratio sequence) over [uThresholdMin,
// uThresholdMax]; the segment shows when density >= threshold. So a share of the sites shows capillaries at rest,
// more where angiogenesis raises the density (week 1), none where vessels were severed (0), and the count returns
// to the resting share as the density falls back to 1. Segments whose threshold lies above the resting density
// (1) only exist during angiogenesis: they are drawn as thinner, brighter new sprouts (uColorNew).
uniform float uUmToScene;
uniform vec3 uOffset;
uniform float uLengthUm;
uniform float uRadiusUm;
uniform float uThresholdMin;
uniform float uThresholdMax;
uniform vec3 uColorRest;
uniform vec3 uColorNew;

attribute vec3 sitePosition;
attribute float siteVessels;

varying vec3 vNormal;
varying vec3 vColor;
varying float vAlpha;

#include <clipping_planes_pars_vertex>

#include <section_fade>

vec3 toScene(vec3 m) {
  return vec3(m.x, -m.z, m.y);
}

float hash(float n) {
  return fract(sin(n * 12.9898) * 43758.5453);
}

void main() {
  float site = float(gl_InstanceID);
  float threshold = mix(uThresholdMin, uThresholdMax, fract(site * 0.6180339887));
  if (siteVessels < threshold) {
    gl_Position = vec4(0.0, 0.0, 2.0, 1.0);
    return;
  }
  bool sprout = threshold > 1.0;
  // A fixed, mostly horizontal direction per site (the dermal capillary bed runs roughly parallel to the surface).
  float angle = hash(site + 5.0) * 6.2831853;
  float tilt = (hash(site + 9.0) - 0.5) * 1.2;
  vec3 axis = normalize(vec3(cos(angle), tilt, sin(angle)));
  vec3 helper = abs(axis.y) < 0.9 ? vec3(0.0, 1.0, 0.0) : vec3(1.0, 0.0, 0.0);
  vec3 side = normalize(cross(axis, helper));
  vec3 up = cross(axis, side);
  float radius = uRadiusUm * (sprout ? 0.75 : 1.0);
  float t = position.y;
  // A gentle bend so segments read as vessels rather than sticks.
  vec3 local = (side * position.x + up * position.z) * radius + axis * t * uLengthUm + side * (1.0 - 4.0 * t * t) * 5.0;
  vec3 p = (toScene(sitePosition) + local) * uUmToScene + uOffset;
  vAlpha = sectionFade(p);
  vec4 mvPosition = modelViewMatrix * vec4(p, 1.0);
  gl_Position = projectionMatrix * mvPosition;
  vNormal = normalize(normalMatrix * (side * position.x + up * position.z));
  vColor = sprout ? uColorNew : uColorRest;
#include <clipping_planes_vertex>
}
