// Capillary segment (opaque within the section slab, fading behind it), simply lit (headlight plus a fixed key light), cut by the cut-away plane.
varying vec3 vNormal;
varying vec3 vColor;
varying float vAlpha;

#include <clipping_planes_pars_fragment>

void main() {
#include <clipping_planes_fragment>
  vec3 n = normalize(vNormal);
  float shade = 0.5 + 0.3 * abs(dot(n, normalize(vec3(0.4, 0.7, 0.6)))) + 0.3 * abs(n.z);
  gl_FragColor = vec4(vColor * shade, vAlpha);
#include <tonemapping_fragment>
#include <colorspace_fragment>
}
