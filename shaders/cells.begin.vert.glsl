// Replaces three's <beginnormal_vertex> and <begin_vertex>: shape by state, turned to the heading, placed at the
// cell's centre. Declares objectNormal and transformed as the chunks it replaces do.
int cellState = min(int(aCell.w + 0.5), CELL_MAX_STATES - 1);
#ifdef CELL_ORIENTED
mat3 cellRotation = cellBasis(aHeading);
#else
mat3 cellRotation = mat3(1.0);
#endif
#ifdef CELL_MORPH
float cellMorph = uStateMorph[cellState];
vec3 cellLocal = mix(position, aMorphPosition, cellMorph);
vec3 objectNormal = cellRotation * normalize(mix(normal, aMorphNormal, cellMorph));
#else
vec3 cellLocal = position;
vec3 objectNormal = cellRotation * normal;
#endif
vec3 transformed =
  (vec3(aCell.x, -aCell.z, aCell.y) + cellRotation * (cellLocal * uStateScale[cellState])) * uUmToScene + uOffset;
vCellColor = uStateColor[cellState];
