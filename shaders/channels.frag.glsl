// Channel wall or blood: translucent, rim-lit so the tube's outline reads against the tissue.
varying vec3 vNormal;
varying vec3 vColor;
varying float vAlpha;

#include <clipping_planes_pars_fragment>

void main() {
#include <clipping_planes_fragment>
  vec3 n = normalize(vNormal);
  float facing = abs(n.z);
  // Edges (grazing) lighter, centre darker: a hollow tube seen from outside.
  float shade = mix(1.5, 0.8, facing);
  gl_FragColor = vec4(vColor * shade, vAlpha * mix(1.0, 0.75, facing));
#include <tonemapping_fragment>
#include <colorspace_fragment>
}
