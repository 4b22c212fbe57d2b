// Tissue walls and the cross-section cap. Positions are already in scene units (mm); the top edge (lift = 1)
// rises with swelling. The fragment shader colours by depth, so the geometry stays a handful of quads.
#include <clipping_planes_pars_vertex>
uniform float uSwellScene;
attribute float lift;
varying vec3 vWorld;
varying vec3 vWorldNormal;

void main() {
  vec3 p = position;
  p.y += uSwellScene * lift;
  vec4 world = modelMatrix * vec4(p, 1.0);
  vWorld = world.xyz;
  vWorldNormal = normalize(mat3(modelMatrix) * normal);
  vec4 mvPosition = viewMatrix * world;
  gl_Position = projectionMatrix * mvPosition;
  #include <clipping_planes_vertex>
}
