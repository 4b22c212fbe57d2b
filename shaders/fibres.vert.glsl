// Matrix fibres at the tissue sites, one instance per site (collagen: a geometry of two fibres, `fibreCopy` 0 / 1,
// the second drawn only where collagen is in excess; elastin: one per site of a prefix of the sites, compiled with ELASTIN defined).
// The base geometry is an open cylinder along y in [-0.5, 0.5] with unit radius; it is stretched along the
// site's fibre direction here. Positions arrive in µm in MODEL axes (x, y along the surface, z depth down);
// scene = vec3(x, -z, y) * uUmToScene + uOffset.
uniform float uUmToScene;
uniform vec3 uOffset;
uniform float uLengthUm;
uniform float uRadiusUm;
uniform vec3 uColorA;
uniform vec3 uColorB;
uniform float uOpacity;

attribute vec3 sitePosition;
attribute float siteLayer;
attribute vec3 siteDirection;
// collagen I, collagen III, elastin (each relative, 1 = normal dermis), alignment (0-1).
attribute vec4 siteMatrix;
#ifndef ELASTIN
// 0: the site's fibre; 1: the parallel fibre grown where collagen is in excess.
attribute float fibreCopy;
#endif

varying vec3 vNormal;
varying vec3 vColor;
varying float vAlpha;

#include <clipping_planes_pars_vertex>

#include <section_fade>

// Resting shares of the fibrillar collagen (workers/engine/matrix.ts BASELINE_COLLAGEN_I / _III): weights that
// turn the two relative values into one amount.
const float SHARE_I = 0.85;
const float SHARE_III = 0.15;
// Colour ramp on the relative III:I ratio (1 at rest). In the reference run channel sites reach ~2-3 in weeks 2-4
// and the median falls back to ~1.2 by day 90: the ramp spans that range (drawing choice).
const float IMMATURE_FROM = 1.05;
const float IMMATURE_FULL = 2.2;
// The second, parallel fibre grows in over this total amount (scar-like excess: ~1.3 at the channels by day 90).
const float EXTRA_FROM = 1.05;
const float EXTRA_FULL = 1.35;
const float LAYER_PAPILLARY = 2.0;
const float LAYER_HYPODERMIS = 4.0;

vec3 toScene(vec3 m) {
  return vec3(m.x, -m.z, m.y);
}

float hash(float n) {
  return fract(sin(n * 12.9898) * 43758.5453);
}

void hide() {
  // Every vertex of the instance outside the clip volume: nothing is rasterised.
  gl_Position = vec4(0.0, 0.0, 2.0, 1.0);
  vAlpha = 0.0;
}

void main() {
  if (siteLayer > LAYER_HYPODERMIS - 0.5 || dot(siteDirection, siteDirection) < 0.25) {
    hide();
    return;
  }
#ifdef ELASTIN
  float site = float(gl_InstanceID);
  float elastin = siteMatrix.z;
  // Papillary dermis: oxytalan/elaunin fibres run up towards the epidermis (perpendicular to the surface);
  // reticular dermis: thick elastic fibres lie along the collagen bundles.
  vec3 axis = siteLayer < LAYER_PAPILLARY + 0.5 ? vec3(0.15 * siteDirection.x, -1.0, 0.15 * siteDirection.y) : toScene(siteDirection);
  axis = normalize(axis);
  float strength = clamp(elastin, 0.0, 2.0);
  float radius = uRadiusUm * sqrt(strength);
  float visible = smoothstep(0.05, 0.35, elastin);
  vColor = uColorA;
  vAlpha = uOpacity * visible;
  float along = 0.8 + 0.4 * hash(site + 7.0);
#else
  float site = float(gl_InstanceID);
  bool extra = fibreCopy > 0.5;
  float cI = max(siteMatrix.x, 0.0);
  float cIII = max(siteMatrix.y, 0.0);
  // Amount of fibrillar collagen relative to rest (the shares weight each type by its resting mass).
  float total = SHARE_I * cI + SHARE_III * cIII;
  // 0 = the resting III:I ratio ... 1 = type III well in excess of type I (a healing channel's new matrix,
  // weeks 1-4); back towards 0 as collagen I replaces it.
  float immaturity = smoothstep(IMMATURE_FROM, IMMATURE_FULL, cIII / max(cI, 0.05));
  vec3 axis = normalize(toScene(siteDirection));
  // Type III fibrils are thinner: the same amount of matrix reads as a finer, paler fibre.
  float radius = uRadiusUm * mix(1.0, 0.5, immaturity) * clamp(total, 0.0, 1.4);
  // Torn matrix (< 1) shrinks and fades; excess (> 1, scar) keeps the first fibre full and grows the second.
  float visible = extra ? smoothstep(EXTRA_FROM, EXTRA_FULL, total) : smoothstep(0.3, 0.9, total);
  vColor = mix(uColorA, uColorB, immaturity);
  vAlpha = uOpacity * visible;
  float along = (0.75 + 0.5 * hash(site + 3.0)) * mix(0.6, 1.0, smoothstep(0.1, 0.8, total));
#endif
  if (vAlpha < 0.01 || radius < 0.05) {
    hide();
    return;
  }
  vec3 helper = abs(axis.y) < 0.9 ? vec3(0.0, 1.0, 0.0) : vec3(1.0, 0.0, 0.0);
  vec3 side = normalize(cross(axis, helper));
  vec3 up = cross(axis, side);
  float t = position.y; // -0.5 ... 0.5 along the fibre
  // Spindle taper: fibres thin out towards their ends instead of ending in a flat cut.
  float taper = 0.3 + 0.7 * sqrt(max(0.0, 1.0 - 4.0 * t * t));
  vec3 local = (side * position.x + up * position.z) * radius * taper + axis * t * uLengthUm * along;
  vec3 centre = toScene(sitePosition);
#ifdef ELASTIN
  // Wavy (elastic fibres are crimped at rest), and set beside the site's collagen fibre, not inside it.
  local += up * sin(t * 6.2831853 * 2.0 + hash(site) * 6.2831853) * 3.5;
  centre += side * 9.0;
#else
  if (extra) centre += side * (7.0 + 4.0 * radius) + axis * (hash(site + 11.0) - 0.5) * 20.0;
#endif
  vec3 p = (centre + local) * uUmToScene + uOffset;
  vAlpha *= sectionFade(p);
  vec4 mvPosition = modelViewMatrix * vec4(p, 1.0);
  gl_Position = projectionMatrix * mvPosition;
  vNormal = normalize(normalMatrix * (side * position.x + up * position.z));
#include <clipping_planes_vertex>
}
