// Translucent matrix fibre, simply lit (headlight plus a fixed key light), cut by the cut-away plane.
varying vec3 vNormal;
varying vec3 vColor;
varying float vAlpha;

#include <clipping_planes_pars_fragment>

void main() {
#include <clipping_planes_fragment>
  vec3 n = normalize(vNormal);
  float key = abs(dot(n, normalize(vec3(0.4, 0.7, 0.6))));
  float head = abs(n.z);
  float shade = 0.45 + 0.35 * key + 0.3 * head;
  gl_FragColor = vec4(vColor * shade, vAlpha);
#include <tonemapping_fragment>
#include <colorspace_fragment>
}
