/**
 * Capillary density per voxel relative to normal dermis (the state the angiogenesis system advances:
 * cells/angiogenesis.ts). Resting density 1 in the dermis, 0.5 in fat, 0 in the epidermis.
 */
import type { Geometry } from './geometry';
import { Layer } from './geometry';

/** Resting density of the hypodermis relative to dermis (fat lobules are less vascular): assumed. */
const FAT_DENSITY = 0.5;

export class VesselState {
  readonly density: Float32Array;
  readonly resting: Float32Array;
  private readonly scratch: Float32Array;
  /**
   * True once every voxel is exactly at its resting density with no VEGF: the update is then a no-op and is
   * skipped. Needling clears it. Not saved: a restored state re-derives it with one (no-op) pass.
   */
  atRest = false;

  constructor(geometry: Geometry) {
    const n = geometry.grid.size;
    this.density = new Float32Array(n);
    this.resting = new Float32Array(n);
    this.scratch = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const l = geometry.layer[i]!;
      const r =
        l === Layer.papillaryDermis || l === Layer.reticularDermis ? 1 : l === Layer.hypodermis ? FAT_DENSITY : 0;
      this.resting[i] = r;
      this.density[i] = r;
    }
  }

  /** Snapshot for the neighbour means (the update reads the previous hour's densities). */
  copyToScratch(): Float32Array {
    this.scratch.set(this.density);
    return this.scratch;
  }
}
