/**
 * Diffusion–decay solver for the chemical fields: unconditionally stable, mass-conserving, allocation-free.
 *
 * One step of length dt, per field:
 *   1. sources, explicitly: c ← max(0, c + S·dt), then S ← 0 (the solver consumes the sources);
 *   2. locally one-dimensional (LOD) backward-Euler sweeps along x, then y, then z, each solving
 *      (I − dt·∂_axis D ∂_axis) c_new = c_old on every line with the Thomas algorithm, as BioFVM does
 *      (Ghaffarizadeh, Friedman & Macklin, Bioinformatics 2016);
 *   3. decay and uptake, implicitly: c ← c / (1 + (k + u)·dt).
 * A field with per-voxel uptake (oxygen: capillaries supply and take back, relaxing toward normal where perfused)
 * does its reaction first, c ← (c + S·dt) / (1 + (k + u)·dt), THEN diffuses. With supply and uptake both large
 * (k·dt ≫ 1) the order matters: sources → diffusion → uptake let the transient c + S·dt (many × normal) diffuse
 * into tissue with no uptake (epidermis, ~27 × normal oxygen was measured) before the uptake pulled the perfused
 * voxels back. Reaction-then-diffusion is the same first-order (Lie) splitting without that overshoot.
 *
 * Why this scheme: backward Euler is stable for any dt, so dt follows the biology, not a diffusion stability limit.
 * Each sweep matrix is a symmetric M-matrix whose columns sum to 1: its inverse is non-negative (no concentration
 * goes negative) and it conserves the sum (mass). Backward Euler and the splitting are first-order accurate in time
 * (a large step makes a profile too peaked, see the tests); still, a backward-Euler sweep adds exactly 2·D·dt to
 * the variance of a profile along its axis (the discrete kernel of (I − r·Δ)⁻¹ has variance 2·r·dx²), so spreading
 * is right even at large dt.
 *
 * Discretisation: finite volumes on cubic voxels of edge dx, zero flux (Neumann) through every outer face. The
 * flux density between neighbours i, j is D·w_ij·(c_i − c_j)/dx, with w_ij the HARMONIC mean of their diffusivity
 * multipliers, 2·m_i·m_j/(m_i + m_j), rounded to float32. Harmonic because the two half-voxels act as resistances
 * in series: it keeps the flux continuous across a material interface (epidermis / dermis, clot / tissue), and a
 * face next to an impermeable voxel (m = 0) carries no flux at all, where the arithmetic mean would still leak at
 * half the neighbour's rate. Both voxels of a face use the same w_ij, so what leaves one enters the other.
 *
 * Speed (scripts/bench-diffusion.ts): sweeps run in place on the Float32 field and never walk one line element by
 * element. Neighbouring lines are eliminated together: for each position along the axis the inner loop runs across
 * the lines (contiguous x-rows for the y and z sweeps, the ny rows of one cache-resident z-plane for the x sweep),
 * four positions per pass with the running value in a register. The inner loop is then many independent
 * recurrences the CPU overlaps, instead of one long dependency chain.
 *
 * Precomputed factors: the Thomas pivots of a line depend only on r = D·dt/dx² and the line's face-weight profile,
 * not on the data. Real multipliers are piecewise constant (layers, needle channels), so most lines share one of a
 * few profiles (the engine's layered skin with rete ridges at 10 µm: 23, 23 and 6 classes along x, y, z). Per axis
 * the lines are sorted into profile classes (up to MAX_PROFILE_CLASSES_PER_AXIS) once per multiplier change, each
 * slab is cut into runs of neighbouring lines of one class, and the factors are computed once per (field, axis,
 * class, dt). A run of a class is swept with the factors hoisted out of the inner loop, the same speed as uniform
 * D. Lines whose profile did not fit a class are swept by a slower kernel that computes the pivots on the fly.
 * Without a multiplier every axis has a single class.
 *
 * Caching: factors are rebuilt only when dt changes or the FieldSet reports a new `coefficientsVersion` (a D
 * changed, or the multiplier was edited and marked); `invalidate()` forces a rebuild.
 */
import type { FieldSet } from './fields';
import type { Grid } from './grid';

/**
 * Most distinct line profiles per axis that get precomputed factors. A layered block with a handful of needle
 * channels has tens (each layer, and each chord of a channel through a layer). 128 leaves headroom while the
 * factor tables stay small: 3 × 128 × n float64 per (field, axis), 0.46 MB at n = 150. Lines beyond it are still
 * solved exactly, by the on-the-fly kernel (about 5× slower per line).
 */
const MAX_PROFILE_CLASSES_PER_AXIS = 128;

/**
 * Slots of the per-step scalars the kernels read. They travel in a Float64Array, not as arguments, because V8 boxes
 * a double passed to a function it does not inline into a new heap number, and the kernels are called once per run
 * of lines: plain double arguments would allocate on every step.
 */
const SCALAR_DT_H = 0;
/** k·dt of the field being stepped. */
const SCALAR_DECAY_DT = 1;
/** What the current sweep's back substitution multiplies by: 1/(1 + k·dt) on the last sweep, else 1. */
const SCALAR_DECAY_FACTOR = 2;
/** r = D·dt/dx² of the field being stepped. */
const SCALAR_COUPLING = 3;
const SCALAR_SLOTS = 4;

/** How one axis' lines sit in a field array. */
interface SweepLayout {
  /** Voxels along the axis: the size of each tridiagonal system. */
  readonly n: number;
  /** Index step between neighbours along the axis. */
  readonly axisStride: number;
  /** Lines per slab: a slab is a plane of parallel lines, swept run by run of neighbouring lines. */
  readonly lineCount: number;
  /** Index step between neighbouring lines of a slab. */
  readonly lineStride: number;
  readonly slabCount: number;
  /** Index step between slabs. */
  readonly slabStride: number;
}

function sweepLayouts(g: Grid): readonly SweepLayout[] {
  const plane = g.nx * g.ny;
  return [
    // x: the ny rows of one z-plane side by side.
    { n: g.nx, axisStride: 1, lineCount: g.ny, lineStride: g.nx, slabCount: g.nz, slabStride: plane },
    // y: the nx contiguous columns of one z-plane.
    { n: g.ny, axisStride: g.nx, lineCount: g.nx, lineStride: 1, slabCount: g.nz, slabStride: plane },
    // z: the nx contiguous columns of one y-slice, plane by plane downwards.
    { n: g.nz, axisStride: plane, lineCount: g.nx, lineStride: 1, slabCount: g.ny, slabStride: g.nx },
  ];
}

/**
 * 2ab/(a+b), rounded to float32: the conductance of two half-voxels in series. 0 when either multiplier is 0
 * (impermeable), and also for a negative or NaN one, so a bad multiplier can never make a pivot vanish.
 */
function faceWeight(a: number, b: number): number {
  return a > 0 && b > 0 ? Math.fround((2 * a * b) / (a + b)) : 0;
}

/**
 * The lines of one axis sorted into profile classes, and each slab cut into runs of neighbouring lines of one
 * class. A class's profile is its face weights w[0..n−1], w[i] on the face between positions i and i+1 (w[n−1] = 0:
 * nothing leaves the block). Class NO_CLASS marks lines left to the on-the-fly kernel.
 */
class AxisProfiles {
  static readonly NO_CLASS = -1;
  readonly layout: SweepLayout;
  classCount = 0;
  /** Face weights of class k at [k·n, (k+1)·n). */
  readonly profiles: Float32Array;
  private readonly profileHashes: Int32Array;
  /** Runs of slab s are runFirstLine/runEndLine/runClass[runsOfSlab[s] .. runsOfSlab[s+1]). */
  readonly runsOfSlab: Int32Array;
  readonly runFirstLine: Int32Array;
  readonly runEndLine: Int32Array;
  readonly runClass: Int32Array;
  /** The profile of the line being classified, and its bits for hashing. */
  private readonly lineProfile: Float32Array;
  private readonly lineProfileBits: Int32Array;

  constructor(layout: SweepLayout, maxClasses: number) {
    this.layout = layout;
    this.profiles = new Float32Array(maxClasses * layout.n);
    this.profileHashes = new Int32Array(maxClasses);
    const lines = layout.slabCount * layout.lineCount;
    this.runsOfSlab = new Int32Array(layout.slabCount + 1);
    this.runFirstLine = new Int32Array(lines);
    this.runEndLine = new Int32Array(lines);
    this.runClass = new Int32Array(lines);
    this.lineProfile = new Float32Array(layout.n);
    this.lineProfileBits = new Int32Array(this.lineProfile.buffer);
  }

  /** Classifies every line from the voxel multipliers (null: uniform, multiplier 1 everywhere). Allocates nothing. */
  rebuild(multiplier: Float32Array | null): void {
    const { n, axisStride, lineCount, lineStride, slabCount, slabStride } = this.layout;
    const profile = this.lineProfile;
    this.classCount = 0;
    let runs = 0;
    for (let slab = 0; slab < slabCount; slab++) {
      this.runsOfSlab[slab] = runs;
      for (let line = 0; line < lineCount; line++) {
        const start = slab * slabStride + line * lineStride;
        for (let i = 0, p = start; i < n - 1; i++, p += axisStride) {
          profile[i] = multiplier === null ? 1 : faceWeight(multiplier[p]!, multiplier[p + axisStride]!);
        }
        profile[n - 1] = 0;
        const cls = this.classOf(profile);
        if (runs > this.runsOfSlab[slab]! && this.runClass[runs - 1] === cls) {
          this.runEndLine[runs - 1] = line + 1;
        } else {
          this.runFirstLine[runs] = line;
          this.runEndLine[runs] = line + 1;
          this.runClass[runs] = cls;
          runs++;
        }
      }
    }
    this.runsOfSlab[slabCount] = runs;
  }

  /** The class of this profile, adding a class if it is new and there is room; NO_CLASS otherwise. */
  private classOf(profile: Float32Array): number {
    const n = profile.length;
    const bits = this.lineProfileBits;
    let hash = 0x811c9dc5; // FNV-1a offset basis
    for (let i = 0; i < n; i++) hash = Math.imul(hash ^ bits[i]!, 0x01000193);
    for (let k = 0; k < this.classCount; k++) {
      if (this.profileHashes[k] !== hash) continue;
      let same = true;
      for (let i = 0, o = k * n; i < n && same; i++, o++) same = this.profiles[o] === profile[i];
      if (same) return k;
    }
    if (this.classCount * n >= this.profiles.length) return AxisProfiles.NO_CLASS;
    const k = this.classCount++;
    this.profiles.set(profile, k * n);
    this.profileHashes[k] = hash;
    return k;
  }
}

/**
 * Thomas factors for every profile class of one axis, for one field's r = D·dt/dx². For class k at position i
 * (index k·n + i), with r⁻ = r·w[i−1] (0 at i = 0) and r⁺ = r·w[i]:
 *   pivot = 1 + r⁺ + r⁻·(1 − upper[i−1]),  pivotInverse = 1/pivot,  lowerGain = r⁻/pivot,  upper = r⁺/pivot.
 * Forward elimination: e[i] = d[i]·pivotInverse[i] + lowerGain[i]·e[i−1]; back substitution:
 * x[i] = e[i] + upper[i]·x[i+1]. All factors are ≥ 0 and every pivot ≥ 1, for any r.
 */
class LineFactors {
  readonly pivotInverse: Float64Array;
  readonly lowerGain: Float64Array;
  readonly upper: Float64Array;

  constructor(length: number) {
    this.pivotInverse = new Float64Array(length);
    this.lowerGain = new Float64Array(length);
    this.upper = new Float64Array(length);
  }

  compute(r: number, axis: AxisProfiles): void {
    const n = axis.layout.n;
    const w = axis.profiles;
    for (let k = 0, o = 0; k < axis.classCount; k++) {
      let previousUpper = 0;
      let rMinus = 0;
      for (let i = 0; i < n; i++, o++) {
        const rPlus = r * w[o]!;
        const inverse = 1 / (1 + rPlus + rMinus * (1 - previousUpper));
        this.pivotInverse[o] = inverse;
        this.lowerGain[o] = rMinus * inverse;
        previousUpper = rPlus * inverse;
        this.upper[o] = previousUpper;
        rMinus = rPlus; // the same product: what leaves i through its + face enters i+1
      }
    }
  }
}

export class DiffusionSolver {
  readonly fields: FieldSet;
  private readonly layouts: readonly SweepLayout[];
  /** Axes with more than one voxel (a one-voxel axis has nothing to diffuse along). */
  private readonly activeAxes: readonly number[];
  private readonly axisProfiles: readonly AxisProfiles[];
  /** [field][axis] factors for the cached dt. */
  private readonly factors: readonly (readonly LineFactors[])[];
  /** On-the-fly kernel scratch: upper couplings of one slab, [position · lineCount + line]. */
  private readonly upperScratch: Float64Array;
  /** On-the-fly kernel scratch: the last r⁺ of each line of a slab. */
  private readonly rPlusScratch: Float64Array;
  /** D·dt/dx² per field for the cached dt. */
  private readonly coupling: Float64Array;
  /** The kernels' scalars (see SCALAR_SLOTS). */
  private readonly scalars = new Float64Array(SCALAR_SLOTS);
  private cachedVersion = -1;
  /** dt each field's factors were computed for (fields may step at different intervals). */
  private readonly cachedFieldDtH: Float64Array;
  /**
   * Multi-rate stepping (stepMultiRate): field f is solved every cadence[f] model steps, and is dormant (skipped)
   * while it holds nothing and receives no sources.
   */
  readonly cadence: Int32Array;
  readonly dormant: Uint8Array;
  /**
   * 1 (default) when systems feed field f through its source array, so a dormant field must be checked for new
   * sources before each solve; 0 for a field that is only ever set directly and woken by whoever sets it (the
   * topical serum), which saves a pass over the grid per solve slot.
   */
  readonly fedBySources: Uint8Array;

  constructor(fields: FieldSet) {
    this.fields = fields;
    this.layouts = sweepLayouts(fields.grid);
    this.activeAxes = [0, 1, 2].filter((axis) => this.layouts[axis]!.n > 1);
    // Without a multiplier every line has the same profile: one class per axis.
    const maxClasses = fields.diffusivityMultiplier ? MAX_PROFILE_CLASSES_PER_AXIS : 1;
    this.axisProfiles = this.layouts.map((l) => new AxisProfiles(l, maxClasses));
    this.factors = fields.specs.map(() => this.layouts.map((l) => new LineFactors(maxClasses * l.n)));
    const onTheFly = fields.diffusivityMultiplier !== null;
    this.upperScratch = new Float64Array(onTheFly ? Math.max(...this.layouts.map((l) => l.n * l.lineCount)) : 0);
    this.rPlusScratch = new Float64Array(onTheFly ? Math.max(...this.layouts.map((l) => l.lineCount)) : 0);
    this.coupling = new Float64Array(fields.count);
    this.cachedFieldDtH = new Float64Array(fields.count).fill(Number.NaN);
    this.cadence = new Int32Array(fields.count).fill(1);
    this.dormant = new Uint8Array(fields.count);
    this.fedBySources = new Uint8Array(fields.count).fill(1);
  }

  /** Forces the cached coefficients to be rebuilt at the next step. */
  invalidate(): void {
    this.cachedVersion = -1;
  }

  /**
   * Profile classes per axis (x, y, z) and the number of lines left to the on-the-fly kernel, as of the last step
   * (all zero before the first); for tests and tuning.
   */
  profileStats(): { classes: number[]; unclassifiedLines: number } {
    let unclassifiedLines = 0;
    for (const a of this.axisProfiles) {
      for (let run = 0; run < a.runsOfSlab[a.layout.slabCount]!; run++) {
        if (a.runClass[run] === AxisProfiles.NO_CLASS) unclassifiedLines += a.runEndLine[run]! - a.runFirstLine[run]!;
      }
    }
    return { classes: this.axisProfiles.map((a) => a.classCount), unclassifiedLines };
  }

  /** Advances every field by dtH hours (sources, diffusion, decay; see the module comment). Allocates nothing. */
  step(dtH: number): void {
    checkDt(dtH);
    for (let f = 0; f < this.fields.count; f++) this.solveField(f, dtH, dtH);
  }

  /**
   * Multi-rate step, called once per model step of baseDtH with the index of the step being taken. Field f is
   * solved at the end of every block of cadence[f] steps, over cadence[f]·baseDtH, with the sources its systems
   * accumulated during the block (each step's rates × baseDtH: the same amount as single-rate stepping). Between
   * solves cells read the field as of the last solve — the accuracy cost of the multi-rate choice (a lag of at
   * most cadence·dt, chosen per field well below its half-life or diffusion time over a voxel).
   * A field that got no sources in its block and holds less than DORMANT_BELOW everywhere is dormant: zeroed and
   * skipped until a source appears.
   */
  stepMultiRate(baseDtH: number, stepIndex: number): void {
    checkDt(baseDtH);
    for (let f = 0; f < this.fields.count; f++) {
      const cadence = this.cadence[f]!;
      if ((stepIndex + 1) % cadence !== 0) continue;
      if (this.dormant[f] === 1) {
        if (this.fedBySources[f] === 0 || !hasAny(this.fields.sources[f]!)) continue;
        this.dormant[f] = 0;
      }
      const fed = this.solveField(f, baseDtH, baseDtH * cadence);
      if (!fed && this.fields.uptake[f] === null && maxOf(this.fields.values[f]!) < DORMANT_BELOW) {
        this.fields.values[f]!.fill(0);
        this.dormant[f] = 1;
      }
    }
  }

  /** Sources (× sourceDtH), then diffusion and decay over dtH, for field f. Returns whether it had sources. */
  private solveField(f: number, sourceDtH: number, dtH: number): boolean {
    this.prepare(f, dtH);
    const fs = this.fields;
    const axes = this.activeAxes;
    const scalars = this.scalars;
    const values = fs.values[f]!;
    const uptake = fs.uptake[f]!;
    const decayDt = fs.decayPerH[f]! * dtH;
    const r = this.coupling[f]!;
    scalars[SCALAR_DT_H] = sourceDtH;
    const fed = applySources(values, fs.sources[f]!, scalars);
    scalars[SCALAR_DT_H] = dtH;
    scalars[SCALAR_DECAY_DT] = decayDt;
    scalars[SCALAR_COUPLING] = r;
    // Per-voxel uptake reacts before diffusion (see the module comment); uniform decay after it.
    if (uptake !== null || axes.length === 0 || r === 0) applyDecay(values, uptake, scalars);
    if (axes.length === 0 || r === 0) return fed;
    for (let k = 0; k < axes.length; k++) {
      // Uniform decay rides on the last sweep's back substitution (already applied when there is uptake).
      scalars[SCALAR_DECAY_FACTOR] = k === axes.length - 1 && uptake === null ? 1 / (1 + decayDt) : 1;
      this.sweepAxis(values, axes[k]!, this.factors[f]!);
    }
    return fed;
  }

  private sweepAxis(values: Float32Array, axis: number, fieldFactors: readonly LineFactors[]): void {
    const profiles = this.axisProfiles[axis]!;
    const factors = fieldFactors[axis]!;
    const layout = profiles.layout;
    const { runsOfSlab, runFirstLine, runEndLine, runClass } = profiles;
    for (let slab = 0; slab < layout.slabCount; slab++) {
      const base = slab * layout.slabStride;
      for (let run = runsOfSlab[slab]!, end = runsOfSlab[slab + 1]!; run < end; run++) {
        const cls = runClass[run]!;
        if (cls === AxisProfiles.NO_CLASS) {
          sweepLinesOnTheFly(
            values,
            this.fields.diffusivityMultiplier!,
            layout,
            base,
            runFirstLine[run]!,
            runEndLine[run]!,
            this.upperScratch,
            this.rPlusScratch,
            this.scalars,
          );
        } else {
          sweepLines(values, layout, base, runFirstLine[run]!, runEndLine[run]!, factors, cls * layout.n, this.scalars);
        }
      }
    }
  }

  /** Rebuilds the cached profiles, and field f's factors, when its dt, a D or the multiplier changed. */
  private prepare(f: number, dtH: number): void {
    const fs = this.fields;
    const version = fs.coefficientsVersion;
    if (version !== this.cachedVersion) {
      for (let axis = 0; axis < 3; axis++) this.axisProfiles[axis]!.rebuild(fs.diffusivityMultiplier);
      this.cachedFieldDtH.fill(Number.NaN);
      this.cachedVersion = version;
    }
    if (dtH === this.cachedFieldDtH[f]) return;
    const dx = fs.grid.dxUm;
    const r = (fs.diffusionUm2PerH[f]! * dtH) / (dx * dx);
    this.coupling[f] = r;
    for (let axis = 0; axis < 3; axis++) this.factors[f]![axis]!.compute(r, this.axisProfiles[axis]!);
    this.cachedFieldDtH[f] = dtH;
  }
}

/**
 * A field below this everywhere, with no sources, is treated as empty. The engine's fields are relative units
 * whose responses half-saturate near 1, so 1e-4 is far below any effect.
 */
const DORMANT_BELOW = 1e-4;

function checkDt(dtH: number): void {
  if (!(dtH > 0) || !Number.isFinite(dtH)) throw new RangeError(`Diffusion step must be positive and finite: ${dtH}`);
}

function hasAny(a: Float32Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== 0) return true;
  return false;
}

function maxOf(a: Float32Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) if (a[i]! > m) m = a[i]!;
  return m;
}

/**
 * c ← max(0, c + S·dt), S ← 0. The clamp lets a (misused) negative source remove at most what is there. Sources
 * are usually sparse (cells, injured voxels), so only nonzero ones touch the field and the reset is one fill.
 */
function applySources(values: Float32Array, sources: Float32Array, scalars: Float64Array): boolean {
  const dtH = scalars[SCALAR_DT_H]!;
  let any = false;
  for (let i = 0; i < values.length; i++) {
    const s = sources[i]!;
    if (s !== 0) {
      const c = values[i]! + s * dtH;
      values[i] = c > 0 ? c : 0;
      any = true;
    }
  }
  if (any) sources.fill(0);
  return any;
}

/** c ← c / (1 + (k + u)·dt); u = 0 where there is no uptake array. */
function applyDecay(values: Float32Array, uptake: Float32Array | null, scalars: Float64Array): void {
  const dtH = scalars[SCALAR_DT_H]!;
  const decayDt = scalars[SCALAR_DECAY_DT]!;
  if (uptake !== null) {
    for (let i = 0; i < values.length; i++) values[i] = values[i]! / (1 + decayDt + uptake[i]! * dtH);
  } else if (decayDt > 0) {
    const decayFactor = 1 / (1 + decayDt);
    for (let i = 0; i < values.length; i++) values[i] = values[i]! * decayFactor;
  }
}

/**
 * Backward-Euler sweep of lines [firstLine, endLine) of the slab at `base`, all of one profile class whose
 * factors start at `offset`, in place, then × decayFactor. The back substitution carries the factor through: with
 * s = f·x, s[i] = f·e[i] + upper[i]·s[i+1] (linear), so decay costs one multiply and no extra pass.
 */
function sweepLines(
  c: Float32Array,
  layout: SweepLayout,
  base: number,
  firstLine: number,
  endLine: number,
  factors: LineFactors,
  offset: number,
  scalars: Float64Array,
): void {
  const decayFactor = scalars[SCALAR_DECAY_FACTOR]!;
  const { n, axisStride: s1, lineStride } = layout;
  const s2 = 2 * s1;
  const s3 = 3 * s1;
  const start = base + firstLine * lineStride;
  const span = (endLine - firstLine) * lineStride;
  const pivotInverse = factors.pivotInverse;
  const lowerGain = factors.lowerGain;
  const upper = factors.upper;
  // Forward elimination. Position 0 has nothing below it.
  const inverse0 = pivotInverse[offset]!;
  for (let p = start, end = start + span; p < end; p += lineStride) c[p] = c[p]! * inverse0;
  let i = 1;
  for (; i + 3 < n; i += 4) {
    const o = offset + i;
    const v0 = pivotInverse[o]!;
    const g0 = lowerGain[o]!;
    const v1 = pivotInverse[o + 1]!;
    const g1 = lowerGain[o + 1]!;
    const v2 = pivotInverse[o + 2]!;
    const g2 = lowerGain[o + 2]!;
    const v3 = pivotInverse[o + 3]!;
    const g3 = lowerGain[o + 3]!;
    for (let p = start + i * s1, end = p + span; p < end; p += lineStride) {
      let e = c[p]! * v0 + g0 * c[p - s1]!;
      c[p] = e;
      e = c[p + s1]! * v1 + g1 * e;
      c[p + s1] = e;
      e = c[p + s2]! * v2 + g2 * e;
      c[p + s2] = e;
      c[p + s3] = c[p + s3]! * v3 + g3 * e;
    }
  }
  for (; i < n; i++) {
    const v = pivotInverse[offset + i]!;
    const g = lowerGain[offset + i]!;
    for (let p = start + i * s1, end = p + span; p < end; p += lineStride) c[p] = c[p]! * v + g * c[p - s1]!;
  }
  // Back substitution, scaled by decayFactor. Position n − 1 has nothing above it.
  for (let p = start + (n - 1) * s1, end = p + span; p < end; p += lineStride) c[p] = c[p]! * decayFactor;
  i = n - 2;
  for (; i >= 3; i -= 4) {
    const o = offset + i;
    const u0 = upper[o]!;
    const u1 = upper[o - 1]!;
    const u2 = upper[o - 2]!;
    const u3 = upper[o - 3]!;
    for (let p = start + i * s1, end = p + span; p < end; p += lineStride) {
      let x = c[p]! * decayFactor + u0 * c[p + s1]!;
      c[p] = x;
      x = c[p - s1]! * decayFactor + u1 * x;
      c[p - s1] = x;
      x = c[p - s2]! * decayFactor + u2 * x;
      c[p - s2] = x;
      c[p - s3] = c[p - s3]! * decayFactor + u3 * x;
    }
  }
  for (; i >= 0; i--) {
    const u = upper[offset + i]!;
    for (let p = start + i * s1, end = p + span; p < end; p += lineStride) c[p] = c[p]! * decayFactor + u * c[p + s1]!;
  }
}

/**
 * The same sweep for lines without a profile class: the factors of {@link LineFactors} are computed on the fly
 * from the multiplier. `upperScratch` keeps each position's upper coupling for the back substitution, and
 * `rPlusScratch` each line's r⁺ for the next position's r⁻ (the same number, and one division fewer).
 */
function sweepLinesOnTheFly(
  c: Float32Array,
  multiplier: Float32Array,
  layout: SweepLayout,
  base: number,
  firstLine: number,
  endLine: number,
  upperScratch: Float64Array,
  rPlusScratch: Float64Array,
  scalars: Float64Array,
): void {
  const r = scalars[SCALAR_COUPLING]!;
  const decayFactor = scalars[SCALAR_DECAY_FACTOR]!;
  const { n, axisStride: s1, lineCount, lineStride } = layout;
  const first = base + firstLine * lineStride;
  // Position 0: no face below.
  for (let line = firstLine, p = first; line < endLine; line++, p += lineStride) {
    const rPlus = r * faceWeight(multiplier[p]!, multiplier[p + s1]!);
    const inverse = 1 / (1 + rPlus);
    rPlusScratch[line] = rPlus;
    upperScratch[line] = rPlus * inverse;
    c[p] = c[p]! * inverse;
  }
  for (let i = 1; i < n; i++) {
    const row = i * lineCount;
    const last = i === n - 1;
    for (let line = firstLine, p = first + i * s1; line < endLine; line++, p += lineStride) {
      const rMinus = rPlusScratch[line]!;
      const rPlus = last ? 0 : r * faceWeight(multiplier[p]!, multiplier[p + s1]!);
      const inverse = 1 / (1 + rPlus + rMinus * (1 - upperScratch[row - lineCount + line]!));
      rPlusScratch[line] = rPlus;
      upperScratch[row + line] = rPlus * inverse;
      c[p] = (c[p]! + rMinus * c[p - s1]!) * inverse;
    }
  }
  // Back substitution, scaled by decayFactor as in sweepLines. Position n − 1 has nothing above it.
  for (let line = firstLine, p = first + (n - 1) * s1; line < endLine; line++, p += lineStride) {
    c[p] = c[p]! * decayFactor;
  }
  for (let i = n - 2; i >= 0; i--) {
    const row = i * lineCount;
    for (let line = firstLine, p = first + i * s1; line < endLine; line++, p += lineStride) {
      c[p] = c[p]! * decayFactor + upperScratch[row + line]! * c[p + s1]!;
    }
  }
}

/** Solvers built by {@link diffuseStep}, one per FieldSet. */
const solvers = new WeakMap<FieldSet, DiffusionSolver>();

/**
 * Advances every field of `fields` by dtH hours. The first call for a FieldSet builds its solver (allocating its
 * scratch once); later calls allocate nothing.
 */
export function diffuseStep(fields: FieldSet, dtH: number): void {
  let solver = solvers.get(fields);
  if (solver === undefined) {
    solver = new DiffusionSolver(fields);
    solvers.set(fields, solver);
  }
  solver.step(dtH);
}

/** Forces the solver of `fields` to rebuild its cached coefficients (normally automatic; see the module comment). */
export function invalidateDiffusion(fields: FieldSet): void {
  solvers.get(fields)?.invalidate();
}
