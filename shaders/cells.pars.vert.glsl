// Instanced cells (src/scene/cells/Cells.tsx), injected into three's MeshStandardMaterial vertex shader so the cells
// keep three's lighting and clipping. One draw call per cell type; per instance: centre in model µm + state code
// (aCell) and heading in model axes (aHeading). Model (x, y, z) µm → scene (x, −z, y)·uUmToScene + uOffset.
attribute vec4 aCell;
attribute vec3 aHeading;
#ifdef CELL_MORPH
// Alternative shape (M1 spiky macrophage), blended in by uStateMorph.
attribute vec3 aMorphPosition;
attribute vec3 aMorphNormal;
#endif
uniform float uUmToScene;
uniform vec3 uOffset;
// Per state code: linear RGB colour, size factor, morph weight (cellPalette.ts).
uniform vec3 uStateColor[CELL_MAX_STATES];
uniform float uStateScale[CELL_MAX_STATES];
uniform float uStateMorph[CELL_MAX_STATES];
varying vec3 vCellColor;

// Rotation taking local +x onto the heading (in scene axes); local y stays as close to scene up as it can.
mat3 cellBasis(vec3 headingModel) {
  vec3 h = vec3(headingModel.x, -headingModel.z, headingModel.y);
  float len = length(h);
  vec3 ax = len > 1e-4 ? h / len : vec3(1.0, 0.0, 0.0);
  vec3 up = abs(ax.y) < 0.95 ? vec3(0.0, 1.0, 0.0) : vec3(1.0, 0.0, 0.0);
  vec3 az = normalize(cross(ax, up));
  vec3 ay = cross(az, ax);
  return mat3(ax, ay, az);
}
