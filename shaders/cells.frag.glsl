// Round, softly shaded disc per cell; pixels outside the disc are discarded.
varying vec3 vColor;

void main() {
  vec2 c = gl_PointCoord * 2.0 - 1.0;
  float r2 = dot(c, c);
  if (r2 > 1.0) discard;
  float shade = 0.65 + 0.35 * sqrt(1.0 - r2);
  gl_FragColor = vec4(vColor * shade, 1.0);
}
