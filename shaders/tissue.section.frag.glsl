// Colours a point of the block's surface (outer wall or cut cap) by the layer it lies in, from its depth below
// the surface and the model's rete-ridge formula: stratum corneum / viable epidermis (darker basal band on the
// dermal-epidermal junction) / papillary dermis (loose speckle) / reticular dermis (wavy collagen bundles) /
// hypodermis (fat lobules with septa). Thin lines mark the boundaries. CAP is defined for the cut-face cap,
// which outlines the actual 3D fat lobules cut by the plane (uLobuleDiscs); the walls use a generic pattern.
#include <clipping_planes_pars_fragment>

uniform float uUmToScene;
uniform float uBlockWidthUm;
uniform float uBlockDepthUm;
uniform float uSwellUm;
uniform float uStratumCorneumUm;
uniform float uJunctionMeanUm;
uniform float uReteAmplitudeUm;
uniform float uReteK;
uniform float uPapillaryBottomUm;
uniform float uDermisBottomUm;
uniform vec3 uCorneumColor;
uniform vec3 uEpidermisColor;
uniform vec3 uBasalColor;
uniform vec3 uPapillaryColor;
uniform vec3 uReticularColor;
uniform vec3 uFatColor;
uniform vec3 uSeptaColor;
uniform vec3 uLineColor;
uniform vec3 uRedColor;
uniform vec3 uFlushColor;
// Displayed redness 0-1 and tint strengths at 1 (x surface/corneum, y epidermis, z papillary dermis).
uniform float uErythema;
uniform vec3 uErythemaTint;
uniform float uOpacity;
#ifdef CAP
uniform vec4 uLobuleDiscs[MAX_LOBULE_DISCS];
uniform int uLobuleDiscCount;
#endif

varying vec3 vWorld;
varying vec3 vWorldNormal;

// Thickness of the basal (melanin) band above the junction, um.
const float BASAL_BAND_UM = 9.0;
// Strength of the boundary lines (0-1).
const float LINE_STRENGTH = 0.6;
// Pitch of the generic fat pattern on the outer walls, um (matches the 3D lobule pitch).
const float WALL_LOBULE_PITCH_UM = 150.0;

float hash12(vec2 p) {
  vec3 p3 = fract(vec3(p.xyx) * 0.1031);
  p3 += dot(p3, p3.yzx + 33.33);
  return fract((p3.x + p3.y) * p3.z);
}

vec2 hash22(vec2 p) {
  return vec2(hash12(p), hash12(p + 17.31));
}

// Value noise, for the loose-tissue speckle and the collagen bundles.
float valueNoise(vec2 p) {
  vec2 i = floor(p);
  vec2 f = fract(p);
  vec2 u = f * f * (3.0 - 2.0 * f);
  return mix(mix(hash12(i), hash12(i + vec2(1.0, 0.0)), u.x), mix(hash12(i + vec2(0.0, 1.0)), hash12(i + vec2(1.0, 1.0)), u.x), u.y);
}

// Distance to the nearest Voronoi edge (F2 - F1), in cell units: small on the septa between lobules.
float voronoiEdge(vec2 p) {
  vec2 cell = floor(p);
  float f1 = 8.0;
  float f2 = 8.0;
  for (int j = -1; j <= 1; j++) {
    for (int i = -1; i <= 1; i++) {
      vec2 c = cell + vec2(float(i), float(j));
      vec2 site = c + 0.2 + 0.6 * hash22(c);
      float d = length(p - site);
      if (d < f1) {
        f2 = f1;
        f1 = d;
      } else if (d < f2) {
        f2 = d;
      }
    }
  }
  return f2 - f1;
}

// 1 on a boundary (signed distance d = 0), fading over ~1.2 pixels.
float boundaryLine(float d) {
  float w = max(fwidth(d), 1e-4) * 1.2;
  return 1.0 - smoothstep(0.0, w, abs(d));
}

void main() {
  #include <clipping_planes_fragment>

  // Depth below the (swollen) surface, um. Swelling s lifts the surface and stretches the layers above the
  // papillary bottom P: y = top + s(1 - z/P) - z there, so z = (top + s - y) / (1 + s/P); below P, z = top - y.
  float yUm = vWorld.y / uUmToScene;
  float raw = uBlockDepthUm * 0.5 + uSwellUm - yUm;
  float P = uPapillaryBottomUm;
  float z = raw < P + uSwellUm ? raw / (1.0 + uSwellUm / P) : raw - uSwellUm;

  // Model x, y (um) across the surface, for the rete-ridge formula.
  vec2 xy = vec2(vWorld.x, vWorld.z) / uUmToScene + 0.5 * uBlockWidthUm;
  float junction = uJunctionMeanUm + uReteAmplitudeUm * sin(uReteK * xy.x) * sin(uReteK * xy.y);

  // Horizontal coordinate along this face (um), for 2D patterns: x on the +-z faces and the cap, z on the +-x faces.
  vec3 n = normalize(vWorldNormal);
  float along = abs(n.x) > 0.5 ? xy.y : xy.x;

  vec3 color;
  if (z < uStratumCorneumUm) {
    color = mix(uCorneumColor, uRedColor, uErythema * uErythemaTint.x);
  } else if (z < junction) {
    float basal = smoothstep(junction - BASAL_BAND_UM, junction - 2.0, z);
    color = mix(uEpidermisColor, uBasalColor, basal);
    color = mix(color, uRedColor, uErythema * uErythemaTint.y);
  } else if (z < uPapillaryBottomUm) {
    // Loose tissue: fine, soft speckle.
    float speckle = valueNoise(vec2(along, z) / 9.0);
    color = uPapillaryColor * (0.93 + 0.1 * speckle);
    // Redness is strongest right under the junction, where the capillary loops are.
    float nearLoops = 1.0 - smoothstep(junction, uPapillaryBottomUm, z) * 0.5;
    color = mix(color, uFlushColor, uErythema * uErythemaTint.z * nearLoops);
  } else if (z < uDermisBottomUm) {
    // Dense collagen bundles: wavy horizontal bands.
    float wave = valueNoise(vec2(along / 140.0, z / 22.0)) * 2.0;
    float bundles = 0.5 + 0.5 * sin(z / 7.0 + wave * 3.0);
    color = uReticularColor * (0.86 + 0.16 * bundles);
  } else {
    // fat: 1 inside a lobule; rim: 1 on its outline (the thin septum wall), drawn darker.
    float fat;
    float rim;
#ifdef CAP
    // The real lobules on the cut: ellipse discs (centre xy, semi-axes zw, scene units) from the 3D layout.
    float nearest = 8.0;
    for (int i = 0; i < MAX_LOBULE_DISCS; i++) {
      if (i >= uLobuleDiscCount) break;
      vec4 disc = uLobuleDiscs[i];
      nearest = min(nearest, length((vWorld.xy - disc.xy) / disc.zw));
    }
    fat = 1.0 - smoothstep(0.9, 0.97, nearest);
    rim = 1.0 - smoothstep(0.0, max(fwidth(nearest), 1e-4) * 1.5, abs(nearest - 0.96));
#else
    float edge = voronoiEdge(vec2(along, z - uDermisBottomUm) / WALL_LOBULE_PITCH_UM);
    fat = smoothstep(0.04, 0.1, edge);
    rim = 1.0 - smoothstep(0.02, 0.05, edge);
#endif
    color = mix(uSeptaColor, uFatColor, fat);
    color = mix(color, uLineColor, rim * 0.35);
  }

  // Boundary lines: corneum/epidermis, the junction (rete ridges), papillary/reticular, dermis/fat.
  float line = boundaryLine(z - uStratumCorneumUm);
  line = max(line, boundaryLine(z - junction));
  line = max(line, boundaryLine(z - uPapillaryBottomUm));
  line = max(line, boundaryLine(z - uDermisBottomUm) * 0.7);
  color = mix(color, uLineColor, line * LINE_STRENGTH);

  // Simple fixed-light shading so the block's faces read as a solid; faces seen from inside are dimmer.
  float light = 0.78 + 0.22 * max(dot(n, normalize(vec3(0.45, 0.8, 0.4))), 0.0);
  if (!gl_FrontFacing) light *= 0.7;
  gl_FragColor = vec4(color * light, uOpacity);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}
