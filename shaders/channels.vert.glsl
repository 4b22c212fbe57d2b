// Channel lumens (walls, or the blood filling them with BLOOD defined): one instance per channel row, the rows
// read straight from the frame (interleaved views). The base geometry is a tube of unit radius whose rings carry
// `ring` (0 = surface, 1..8 = the lumen samples at depth fractions (k + 0.5) / 8, 9 = tip) and `along` (depth
// fraction 0..1). Each ring's radius is the made radius (surface → tip taper) × sqrt(open fraction) at that
// depth, so the tube narrows where the lumen closes and vanishes when it is closed everywhere.
uniform float uUmToScene;
uniform vec3 uOffset;
uniform float uTimeH;
uniform float uClot;
uniform float uRadiusScale;
uniform float uClotAfterH;
uniform vec3 uColorA;
uniform vec3 uColorB;

attribute float ring;
attribute float along;
attribute vec3 channelAxis;   // x, y (µm), depthUm
attribute vec4 channelShape;  // surfaceRadiusUm, tipRadiusUm, madeAtH, bleeding
attribute vec4 lumenA;        // open fraction, samples 0..3
attribute vec4 lumenB;        // open fraction, samples 4..7

varying vec3 vNormal;
varying vec3 vColor;
varying float vAlpha;

#include <clipping_planes_pars_vertex>

#include <section_fade>

// Below this open fraction a sample counts as closed (the lumen is a few µm wide at most: invisible).
const float CLOSED = 0.02;

float lumenSample(int k) {
  return k < 4 ? lumenA[k] : lumenB[k - 4];
}

void main() {
  int r = int(ring + 0.5);
  float open = lumenSample(clamp(r - 1, 0, 7));
  float anyOpen = max(max(max(lumenA.x, lumenA.y), max(lumenA.z, lumenA.w)), max(max(lumenB.x, lumenB.y), max(lumenB.z, lumenB.w)));
#ifdef BLOOD
  float bleeding = channelShape.w;
  if (bleeding < 0.5 || uClot < 0.5) anyOpen = 0.0;
  // Fresh blood turns into a dark clot as platelets aggregate and fibrin forms.
  vColor = mix(uColorA, uColorB, smoothstep(0.0, uClotAfterH, uTimeH - channelShape.z));
  vAlpha = 0.9;
#else
  vColor = uColorA;
  vAlpha = 0.6;
#endif
  if (anyOpen < CLOSED) {
    gl_Position = vec4(0.0, 0.0, 2.0, 1.0);
    return;
  }
  float radius = mix(channelShape.x, channelShape.y, along) * sqrt(clamp(open, 0.0, 1.0)) * uRadiusScale;
  if (open < CLOSED) radius = 0.0;
  vec3 centreModel = vec3(channelAxis.xy, along * channelAxis.z);
  vec3 centre = vec3(centreModel.x, -centreModel.z, centreModel.y);
  vec3 p = (centre + vec3(position.x, 0.0, position.z) * radius) * uUmToScene + uOffset;
  vAlpha *= sectionFade(p);
  vec4 mvPosition = modelViewMatrix * vec4(p, 1.0);
  gl_Position = projectionMatrix * mvPosition;
  vNormal = normalize(normalMatrix * vec3(position.x, 0.0, position.z));
#include <clipping_planes_vertex>
}
