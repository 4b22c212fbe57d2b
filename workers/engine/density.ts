/**
 * Local cell density on a coarse grid, for contact inhibition of proliferation and for pruning the excess
 * cells of granulation tissue once a wound has healed.
 *
 * Cells of the counted kinds are binned into cubes of COARSE_UM edge (recounted every hash rebuild, i.e. every
 * few model steps — cells move less than a cube meanwhile). Density is reported relative to the resting
 * fibroblast density of dermis, so 1 = normal, 3 = three times as crowded.
 */
import type { AgentStore } from './agents';

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
  /** Cells per cube at the resting density. */
  readonly restingCellsPerCube: number;

  constructor(widthUm: number, depthUm: number, restingPerMm3: number) {
    this.nx = Math.max(1, Math.round(widthUm / COARSE_UM));
    this.ny = this.nx;
    this.nz = Math.max(1, Math.round(depthUm / COARSE_UM));
    this.edgeXyUm = widthUm / this.nx;
    this.edgeZUm = depthUm / this.nz;
    this.cells = new Float32Array(this.nx * this.ny * this.nz);
    this.restingCellsPerCube = (restingPerMm3 * this.edgeXyUm * this.edgeXyUm * this.edgeZUm) / 1e9;
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

  /** Density around (x, y, z) relative to resting dermis. */
  relative(x: number, y: number, z: number): number {
    return this.cells[this.cube(x, y, z)]! / this.restingCellsPerCube;
  }
}
