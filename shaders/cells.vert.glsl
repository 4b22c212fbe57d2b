// Cells as screen-facing discs. Positions arrive in µm in model axes (x, y along the surface, z depth);
// the scene is in millimetres with y up, so the swizzle and scale happen here, once, on the GPU.
uniform float uUmToScene;
uniform vec3 uOffset;
uniform float uPointScale;
uniform vec3 uKindColors[8];
attribute float kind;
varying vec3 vColor;

void main() {
  vec3 p = vec3(position.x, -position.z, position.y) * uUmToScene + uOffset;
  vec4 mv = modelViewMatrix * vec4(p, 1.0);
  gl_Position = projectionMatrix * mv;
  int k = int(kind + 0.5);
  vColor = uKindColors[k < 8 ? k : 0];
  // Perspective size: constant in world units, so zooming in enlarges cells.
  gl_PointSize = uPointScale / max(-mv.z, 0.001);
}
