/**
 * Chemical fields on the voxel grid: struct-of-arrays storage, one Float32Array per field.
 *
 * Everything is allocated in the constructor; nothing here or in the solver (diffusion.ts) allocates afterwards.
 * Which optional arrays exist (the shared diffusivity multiplier, per-field uptake) is fixed at construction by
 * {@link FieldSetOptions}, so the memory layout, and therefore the checkpoint layout, never changes.
 *
 * Units: a field's values are concentrations in the field's own `unit`; `totalMass` is Σ concentration × voxel
 * volume, in unit × µm³ (convert with the unit's own scale, e.g. 1 nM × 1 µm³ = 1e-24 mol).
 */
import type { Grid } from './grid';

/** A chemical field's definition (the biology's field table supplies these). */
export interface FieldSpec {
  /** Stable key used in code and saved scenarios, e.g. 'tgfb'. */
  id: string;
  /** Human-readable name, e.g. 'TGF-β'. */
  label: string;
  /** Concentration unit, e.g. 'ng/mL' or 'nM'. */
  unit: string;
  /** Effective diffusion coefficient in tissue, µm²/h. */
  diffusionUm2PerH: number;
  /** First-order decay (degradation) rate, 1/h. */
  decayPerH: number;
  /** Citation text for D and decay. */
  source: string;
}

/** Which optional per-voxel arrays to allocate. */
export interface FieldSetOptions {
  /**
   * Allocate a per-voxel diffusivity multiplier shared by all fields (1 = nominal D, e.g. lower in epidermis or
   * clot, 0 = impermeable voxel). Without it D is uniform in every field.
   */
  diffusivityMultiplier?: boolean;
  /** Ids of fields that get a per-voxel uptake-rate array (an extra first-order sink, 1/h, e.g. cell consumption). */
  uptakeFieldIds?: readonly string[];
}

/**
 * Version of the checkpoint layout written by `writeTo`; bump it when the layout changes. The checkpoint starts
 * with a header of float32 slots, [version, nx, ny, nz, field count, has multiplier, one has-uptake flag per
 * field] (small integers, exact in float32), so `readFrom` refuses a checkpoint written by a differently shaped
 * FieldSet instead of silently reading garbage.
 */
const CHECKPOINT_FORMAT_VERSION = 1;

export class FieldSet {
  readonly grid: Grid;
  readonly specs: readonly FieldSpec[];
  /** Number of fields. */
  readonly count: number;
  /** Volume of one voxel, µm³. */
  readonly voxelVolumeUm3: number;
  /** Concentrations, `values[f][voxel]`. */
  readonly values: readonly Float32Array[];
  /**
   * Pending sources, field unit per hour, `sources[f][voxel]`. Cells and injury ADD to these during a step; the
   * solver adds `source·dt` to the concentration and then zeroes the array. Sinks belong in `uptake`, not here: a
   * negative source is clamped so that it can remove at most what the voxel holds.
   */
  readonly sources: readonly Float32Array[];
  /** Per-voxel uptake rate, 1/h, for fields listed in `uptakeFieldIds`; null for the others. */
  readonly uptake: readonly (Float32Array | null)[];
  /**
   * Per-voxel diffusivity multiplier shared by all fields (≥ 0; 1 = nominal D, 0 = impermeable), or null when D is
   * uniform. Starts at 1. After editing it, call {@link markDiffusivityChanged} so the solver rebuilds its cached
   * coefficients (that costs about a third of a 5-field step, so change it in batches, not every step).
   */
  readonly diffusivityMultiplier: Float32Array | null;
  /** Diffusion coefficient per field, µm²/h (starts at the spec's value; change with `setDiffusion`). */
  readonly diffusionUm2PerH: Float64Array;
  /** Decay rate per field, 1/h (starts at the spec's value; change with `setDecay`). */
  readonly decayPerH: Float64Array;

  private readonly indexById: ReadonlyMap<string, number>;
  private coefficientVersion = 0;
  /** Checkpoint header for this layout (see CHECKPOINT_FORMAT_VERSION). */
  private readonly checkpointHeader: Float32Array;
  /** The state arrays in checkpoint order: values, sources, uptake rates, multiplier. */
  private readonly checkpointArrays: readonly Float32Array[];

  constructor(grid: Grid, specs: readonly FieldSpec[], options: FieldSetOptions = {}) {
    this.grid = grid;
    this.specs = specs;
    this.count = specs.length;
    this.voxelVolumeUm3 = grid.dxUm * grid.dxUm * grid.dxUm;
    const indexById = new Map<string, number>();
    specs.forEach((s, f) => {
      if (indexById.has(s.id)) throw new Error(`Duplicate field id '${s.id}'`);
      indexById.set(s.id, f);
    });
    this.indexById = indexById;
    const uptakeIds = new Set(options.uptakeFieldIds ?? []);
    for (const id of uptakeIds) if (!indexById.has(id)) throw new Error(`Uptake requested for unknown field '${id}'`);

    this.values = specs.map(() => new Float32Array(grid.size));
    this.sources = specs.map(() => new Float32Array(grid.size));
    this.uptake = specs.map((s) => (uptakeIds.has(s.id) ? new Float32Array(grid.size) : null));
    this.diffusivityMultiplier = options.diffusivityMultiplier ? new Float32Array(grid.size).fill(1) : null;
    this.diffusionUm2PerH = new Float64Array(this.count);
    this.decayPerH = new Float64Array(this.count);
    specs.forEach((s, f) => {
      this.setDiffusion(f, s.diffusionUm2PerH);
      this.setDecay(f, s.decayPerH);
    });

    this.checkpointHeader = Float32Array.of(
      CHECKPOINT_FORMAT_VERSION,
      grid.nx,
      grid.ny,
      grid.nz,
      this.count,
      this.diffusivityMultiplier ? 1 : 0,
      ...this.uptake.map((u) => (u ? 1 : 0)),
    );
    const arrays: Float32Array[] = [...this.values, ...this.sources];
    for (const u of this.uptake) if (u) arrays.push(u);
    if (this.diffusivityMultiplier) arrays.push(this.diffusivityMultiplier);
    this.checkpointArrays = arrays;
  }

  /** Index of the field with this id (throws for an unknown id: that is a programming error). */
  fieldIndex(id: string): number {
    const f = this.indexById.get(id);
    if (f === undefined) throw new Error(`Unknown field '${id}' (known: ${[...this.indexById.keys()].join(', ')})`);
    return f;
  }

  setDiffusion(f: number, diffusionUm2PerH: number): void {
    if (!(diffusionUm2PerH >= 0) || !Number.isFinite(diffusionUm2PerH)) {
      throw new RangeError(`Diffusion coefficient must be finite and ≥ 0, got ${diffusionUm2PerH}`);
    }
    this.diffusionUm2PerH[f] = diffusionUm2PerH;
    this.coefficientVersion++;
  }

  setDecay(f: number, decayPerH: number): void {
    if (!(decayPerH >= 0) || !Number.isFinite(decayPerH)) {
      throw new RangeError(`Decay rate must be finite and ≥ 0, got ${decayPerH}`);
    }
    this.decayPerH[f] = decayPerH;
  }

  /** Tells the solver that `diffusivityMultiplier` was edited (its cached face coefficients are stale). */
  markDiffusivityChanged(): void {
    this.coefficientVersion++;
  }

  /**
   * Changes whenever something the solver's cached coefficients depend on changes (a D or the multiplier).
   * The solver compares it with the version it built its caches for.
   */
  get coefficientsVersion(): number {
    return this.coefficientVersion;
  }

  /** Total amount of field f in the block: Σ concentration × voxel volume (unit × µm³), summed in float64. */
  totalMass(f: number): number {
    const v = this.values[f]!;
    let sum = 0;
    for (let i = 0; i < v.length; i++) sum += v[i]!;
    return sum * this.voxelVolumeUm3;
  }

  /**
   * Zeroes every concentration and pending source. Uptake rates and the diffusivity multiplier describe the tissue,
   * not the chemicals, so they are left as they are.
   */
  clear(): void {
    for (let f = 0; f < this.count; f++) {
      this.values[f]!.fill(0);
      this.sources[f]!.fill(0);
    }
  }

  /**
   * Bytes `writeTo` writes: a small header, then every state array (values, pending sources, uptake rates, the
   * multiplier). D and decay are parameters from the specs, not state, and are not included.
   */
  byteLength(): number {
    let slots = this.checkpointHeader.length;
    for (const a of this.checkpointArrays) slots += a.length;
    return slots * Float32Array.BYTES_PER_ELEMENT;
  }

  /** Copies the whole state into `view` starting at float index `offset`; returns the index just past it. */
  writeTo(view: Float32Array, offset: number): number {
    this.assertFits(view, offset);
    let o = offset;
    view.set(this.checkpointHeader, o);
    o += this.checkpointHeader.length;
    for (const a of this.checkpointArrays) {
      view.set(a, o);
      o += a.length;
    }
    return o;
  }

  /**
   * Restores the state written by `writeTo` of a FieldSet with the same grid, field count and optional arrays
   * (throws otherwise); returns the float index just past it. The restored run continues bit for bit.
   */
  readFrom(view: Float32Array, offset: number): number {
    this.assertFits(view, offset);
    const header = this.checkpointHeader;
    let o = offset;
    for (let h = 0; h < header.length; h++, o++) {
      if (view[o] !== header[h]) {
        throw new Error(`Checkpoint layout differs from this FieldSet at header slot ${h}: ${view[o]} ≠ ${header[h]}`);
      }
    }
    for (const a of this.checkpointArrays) {
      a.set(view.subarray(o, o + a.length));
      o += a.length;
    }
    this.markDiffusivityChanged(); // the multiplier may have changed under the solver's caches
    return o;
  }

  private assertFits(view: Float32Array, offset: number): void {
    const end = offset + this.byteLength() / Float32Array.BYTES_PER_ELEMENT;
    if (!Number.isInteger(offset) || offset < 0 || end > view.length) {
      throw new RangeError(`Checkpoint needs floats [${offset}, ${end}), view has ${view.length}`);
    }
  }
}
