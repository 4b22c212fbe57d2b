/**
 * Recruitment of circulating cells (neutrophils, later monocytes) out of perfused dermal capillaries, where a
 * signal field says tissue needs them.
 *
 * Expected arrivals in one step: Λ = rate · dt · Σ_i c_i · ρ_i · V_i over perfused voxels (V in mm³, ρ_i the
 * capillary density relative to normal dermis: more vessels, more extravasation; none in an open lumen). The number that
 * arrives is Poisson(Λ); each arrival's voxel is drawn with probability ∝ c_i · ρ_i (binary search in a cumulative
 * sum kept in a preallocated scratch array), and its position uniformly inside that voxel. One pass over the
 * grid and a few random numbers per arrival: no per-voxel random draws, no allocation.
 */
import type { AgentStore } from '../agents';
import type { Geometry } from '../geometry';
import { poisson } from '../needling';
import type { Rng } from '../rng';

export class Recruiter {
  private readonly cumulative: Float64Array;
  private readonly voxelOf: Int32Array;
  /** Voxels in the cumulative sum, and its total (Σ c·ρ), from the last `prepare`. */
  private n = 0;
  private total = 0;

  constructor(size: number) {
    this.cumulative = new Float64Array(size);
    this.voxelOf = new Int32Array(size);
  }

  /** Builds the arrival distribution ∝ signal × capillary density (one pass; shared by every recruited kind). */
  prepare(signal: Float32Array, vessels: Float32Array): void {
    let total = 0;
    let n = 0;
    for (let i = 0; i < signal.length; i++) {
      const c = signal[i]! * vessels[i]!;
      if (c <= 0) continue;
      total += c;
      this.cumulative[n] = total;
      this.voxelOf[n] = i;
      n++;
    }
    this.n = n;
    this.total = total;
  }

  /**
   * Spawns recruited cells of `kind` (in `initialState`) from the last prepared distribution and returns how many
   * arrived (fewer if the store is full). `ratePerH` is cells per hour per (signal unit × mm³ of perfused
   * dermis); `cellsPerAgent` converts to agents.
   */
  recruit(
    agents: AgentStore,
    kind: number,
    initialState: number,
    geometry: Geometry,
    ratePerH: number,
    cellsPerAgent: number,
    dtH: number,
    rng: Rng,
  ): number {
    if (this.n === 0) return 0;
    const g = geometry.grid;
    const voxelMm3 = (g.dxUm * g.dxUm * g.dxUm) / 1e9;
    const total = this.total;
    const expected = (ratePerH * dtH * total * voxelMm3) / cellsPerAgent;
    const arrivals = poisson(rng, expected);
    const nx = g.nx;
    const nxy = g.nx * g.ny;
    let made = 0;
    for (let k = 0; k < arrivals; k++) {
      const target = rng.next() * total;
      let lo = 0;
      let hi = this.n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.cumulative[mid]! < target) lo = mid + 1;
        else hi = mid;
      }
      const v = this.voxelOf[lo]!;
      const iz = Math.floor(v / nxy);
      const iy = Math.floor((v - iz * nxy) / nx);
      const ix = v - iz * nxy - iy * nx;
      const slot = agents.spawn(
        kind,
        (ix + rng.next()) * g.dxUm,
        (iy + rng.next()) * g.dxUm,
        (iz + rng.next()) * g.dxUm,
      );
      if (slot < 0) break;
      agents.state[slot] = initialState;
      made++;
    }
    return made;
  }
}
