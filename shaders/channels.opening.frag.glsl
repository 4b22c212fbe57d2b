// Dark opening with a soft darker rim; blood-red centre in a bleeding channel while the clot exists.
uniform vec3 uHoleColor;
uniform vec3 uRimColor;
uniform vec3 uBloodColor;

varying vec2 vDisc;
varying float vBlood;

#include <clipping_planes_pars_fragment>

void main() {
#include <clipping_planes_fragment>
  float r = length(vDisc);
  if (r > 1.0) discard;
  vec3 centre = mix(uHoleColor, uBloodColor, vBlood);
  vec3 color = mix(centre, uRimColor, smoothstep(0.55, 0.95, r));
  gl_FragColor = vec4(color, 0.92);
#include <tonemapping_fragment>
#include <colorspace_fragment>
}
