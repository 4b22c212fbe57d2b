// Epidermal opening of each channel: a dark disc on the skin surface (a camera-independent horizontal quad, the
// disc cut out in the fragment shader), radius = the channel's surface radius × sqrt(uncovered share), so it
// shrinks as keratinocytes close the wound. A bleeding channel shows blood in the opening while the clot exists.
uniform float uUmToScene;
uniform vec3 uOffset;
uniform float uClot;
uniform float uLiftUm;
uniform float uRadiusScale;

attribute vec3 channelAxis;   // x, y (µm), depthUm
attribute vec4 channelShape;  // surfaceRadiusUm, tipRadiusUm, madeAtH, bleeding
attribute vec2 channelState;  // session, epidermisOpen (0..1)

varying vec2 vDisc;
varying float vBlood;

#include <clipping_planes_pars_vertex>

void main() {
  float uncovered = clamp(channelState.y, 0.0, 1.0);
  if (uncovered < 0.01) {
    gl_Position = vec4(0.0, 0.0, 2.0, 1.0);
    return;
  }
  float radius = channelShape.x * uRadiusScale * sqrt(uncovered);
  vDisc = position.xy;
  vBlood = channelShape.w > 0.5 && uClot > 0.5 ? 1.0 : 0.0;
  // Quad in the x-y plane of its geometry, laid on the surface (scene x-z) just above it.
  vec3 centre = vec3(channelAxis.x, uLiftUm, channelAxis.y);
  vec3 p = (centre + vec3(position.x, 0.0, position.y) * radius) * uUmToScene + uOffset;
  vec4 mvPosition = modelViewMatrix * vec4(p, 1.0);
  gl_Position = projectionMatrix * mvPosition;
#include <clipping_planes_vertex>
}
