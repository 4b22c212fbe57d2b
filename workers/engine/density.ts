/**
 * Local cell density on a coarse grid, for contact inhibition of proliferation and for pruning the excess
 * cells of granulation tissue once a wound has healed.
 *
 * Cells of the counted kinds are binned into cubes of about COARSE_UM edge (recounted every few model steps —
 * cells move less than a cube meanwhile). Density is reported relative to the resting fibroblast density of the
 * DERMIS PART of each cube (cubes straddle the dermal–epidermal junction and the fat), so 1 = normal,
 * 3 = three times as crowded.
 */
import type { AgentStore } from './agents';
import type { Geometry } from './geometry';
import { Layer } from './geometry';

/** Edge of a density cube, µm: 160 µm holds ~80 fibroblasts at the resting 20,000/mm³ (counting noise ~10 %). */
export const COARSE_UM = 160;

export class DensityGrid {
  readonly nx: number;
  readonly ny: number;
  readonly nz: number;
  /** Cell edges, µm: the block divided into whole cells of about COARSE_UM (no partial cells at the sides). */
  readonly edgeXyUm: number;
  readonly edgeZUm: number;
  /** Cells (not agents) per cube. */
  readonly cells: Float32Array;
  /** Cells per cube at the resting density: the resting density × the cube's dermal volume. */
  readonly restingCells: Float32Array;

  constructor(geometry: Geometry, restingPerMm3: number) {
    const widthUm = geometry.widthUm;
    const depthUm = geometry.depthUm;
    this.nx = Math.max(1, Math.round(widthUm / COARSE_UM));
    this.ny = this.nx;
    this.nz = Math.max(1, Math.round(depthUm / COARSE_UM));
    this.edgeXyUm = widthUm / this.nx;
    this.edgeZUm = depthUm / this.nz;
    this.cells = new Float32Array(this.nx * this.ny * this.nz);
    this.restingCells = new Float32Array(this.cells.length);
    const g = geometry.grid;
    const voxelMm3 = g.dxUm ** 3 / 1e9;
    for (let iz = 0; iz < g.nz; iz++) {
      for (let iy = 0; iy < g.ny; iy++) {
        for (let ix = 0; ix < g.nx; ix++) {
          const l = geometry.layer[ix + g.nx * (iy + g.ny * iz)];
          if (l !== Layer.papillaryDermis && l !== Layer.reticularDermis) continue;
          const c = this.cube((ix + 0.5) * g.dxUm, (iy + 0.5) * g.dxUm, (iz + 0.5) * g.dxUm);
          this.restingCells[c]! += restingPerMm3 * voxelMm3;
        }
      }
    }
  }

  cube(x: number, y: number, z: number): number {
    let ix = (x / this.edgeXyUm) | 0;
    let iy = (y / this.edgeXyUm) | 0;
    let iz = (z / this.edgeZUm) | 0;
    if (ix >= this.nx) ix = this.nx - 1;
    if (iy >= this.ny) iy = this.ny - 1;
    if (iz >= this.nz) iz = this.nz - 1;
    return ix + this.nx * (iy + this.ny * iz);
  }

  /** Recounts agents whose kind is kindA or kindB, each standing for cellsPerAgent cells. */
  count(agents: AgentStore, kindA: number, kindB: number, cellsPerAgent: number): void {
    this.cells.fill(0);
    for (let i = 0; i < agents.count; i++) {
      const k = agents.kind[i];
      if (k !== kindA && k !== kindB) continue;
      this.cells[this.cube(agents.x[i]!, agents.y[i]!, agents.z[i]!)]! += cellsPerAgent;
    }
  }

  /** Density around (x, y, z) relative to resting dermis (1 where the cube holds no dermis). */
  relative(x: number, y: number, z: number): number {
    const c = this.cube(x, y, z);
    const rest = this.restingCells[c]!;
    return rest > 0 ? this.cells[c]! / rest : 1;
  }
}
