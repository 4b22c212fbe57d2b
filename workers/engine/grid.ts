/**
 * Regular voxel grid over the block of skin. Cubic voxels of edge dx µm. x, y along the surface, z = depth (z=0 at
 * the skin surface, increasing downwards). Linear index i = x + nx*(y + ny*z) (x fastest).
 *
 * Voxel (ix, iy, iz) covers [ix·dx, (ix+1)·dx) × [iy·dx, (iy+1)·dx) × [iz·dx, (iz+1)·dx); its centre is at
 * ((ix+½)·dx, (iy+½)·dx, (iz+½)·dx).
 */
export interface Grid {
  readonly nx: number;
  readonly ny: number;
  readonly nz: number;
  /** Voxel edge, µm. */
  readonly dxUm: number;
  /** Number of voxels, nx·ny·nz. */
  readonly size: number;
}

function assertCount(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Grid ${name} must be a positive integer, got ${n}`);
}

export function createGrid(nx: number, ny: number, nz: number, dxUm: number): Grid {
  assertCount('nx', nx);
  assertCount('ny', ny);
  assertCount('nz', nz);
  if (!(dxUm > 0) || !Number.isFinite(dxUm)) throw new RangeError(`Grid dxUm must be positive, got ${dxUm}`);
  return Object.freeze({ nx, ny, nz, dxUm, size: nx * ny * nz });
}

/** Linear index of voxel (ix, iy, iz). Not bounds-checked: it sits on hot paths. */
export function voxelIndex(g: Grid, ix: number, iy: number, iz: number): number {
  return ix + g.nx * (iy + g.ny * iz);
}
