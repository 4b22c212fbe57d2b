import { describe, expect, it } from 'vitest';
import { DiffusionSolver, diffuseStep } from '../../workers/engine/diffusion';
import { FieldSet } from '../../workers/engine/fields';
import type { FieldSetOptions, FieldSpec } from '../../workers/engine/fields';
import { createGrid, voxelIndex } from '../../workers/engine/grid';
import type { Grid } from '../../workers/engine/grid';
import { Rng } from '../../workers/engine/rng';

/** 1 µm²/s, a matrix-bound growth factor's effective D (EVIDENCE.md: 0.02–100 µm²/s). */
const D_1_UM2_PER_S = 3600;

function spec(id: string, diffusionUm2PerH: number, decayPerH = 0): FieldSpec {
  return { id, label: id, unit: 'a.u.', diffusionUm2PerH, decayPerH, source: 'test' };
}

function fieldSet(g: Grid, specs: FieldSpec[], options: FieldSetOptions = {}): FieldSet {
  return new FieldSet(g, specs, options);
}

/** Voxel-centre coordinate along an axis, µm. */
function centre(i: number, dx: number): number {
  return (i + 0.5) * dx;
}

/** Mass-weighted mean and variance of a field along one axis (µm, µm²). */
function moments(g: Grid, v: Float32Array, axis: 0 | 1 | 2): { mean: number; variance: number } {
  let m0 = 0;
  let m1 = 0;
  let m2 = 0;
  for (let iz = 0; iz < g.nz; iz++) {
    for (let iy = 0; iy < g.ny; iy++) {
      for (let ix = 0; ix < g.nx; ix++) {
        const c = v[voxelIndex(g, ix, iy, iz)]!;
        const x = centre(axis === 0 ? ix : axis === 1 ? iy : iz, g.dxUm);
        m0 += c;
        m1 += c * x;
        m2 += c * x * x;
      }
    }
  }
  const mean = m1 / m0;
  return { mean, variance: m2 / m0 - mean * mean };
}

/** Fills a field with an isotropic Gaussian of standard deviation sigma (µm) at `mid` (µm, per axis). */
function fillGaussian(g: Grid, v: Float32Array, mid: readonly number[], sigma: number, dims: readonly boolean[]): void {
  for (let iz = 0; iz < g.nz; iz++) {
    for (let iy = 0; iy < g.ny; iy++) {
      for (let ix = 0; ix < g.nx; ix++) {
        let r2 = 0;
        const pos = [ix, iy, iz];
        for (let a = 0; a < 3; a++) if (dims[a]) r2 += (centre(pos[a]!, g.dxUm) - mid[a]!) ** 2;
        v[voxelIndex(g, ix, iy, iz)] = Math.exp(-r2 / (2 * sigma * sigma));
      }
    }
  }
}

/**
 * Largest |c − analytic| over the block relative to the analytic peak, for a Gaussian of variance s2 per spread
 * axis with the field's mass.
 */
function gaussianError(g: Grid, v: Float32Array, mid: readonly number[], s2: number, dims: readonly boolean[]): number {
  let mass = 0;
  for (let i = 0; i < v.length; i++) mass += v[i]!;
  const d = dims.filter(Boolean).length;
  const voxelsPerUnitMass = g.dxUm ** d / (2 * Math.PI * s2) ** (d / 2);
  const peak = mass * voxelsPerUnitMass;
  let worst = 0;
  for (let iz = 0; iz < g.nz; iz++) {
    for (let iy = 0; iy < g.ny; iy++) {
      for (let ix = 0; ix < g.nx; ix++) {
        let r2 = 0;
        const pos = [ix, iy, iz];
        for (let a = 0; a < 3; a++) if (dims[a]) r2 += (centre(pos[a]!, g.dxUm) - mid[a]!) ** 2;
        const exact = peak * Math.exp(-r2 / (2 * s2));
        worst = Math.max(worst, Math.abs(v[voxelIndex(g, ix, iy, iz)]! - exact));
      }
    }
  }
  return worst / peak;
}

function randomFill(v: Float32Array, rng: Rng, min: number, max: number): void {
  for (let i = 0; i < v.length; i++) v[i] = rng.uniform(min, max);
}

function sum(v: Float32Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]!;
  return s;
}

/**
 * Textbook reference for one step: float64, line by line, explicit tridiagonal matrix with harmonic-mean face
 * weights, plain Thomas algorithm. The solver must agree with it up to float32 rounding.
 */
function referenceStep(
  g: Grid,
  c: Float64Array,
  m: Float32Array | null,
  sources: Float32Array,
  uptake: Float32Array | null,
  D: number,
  k: number,
  dt: number,
): void {
  for (let i = 0; i < c.length; i++) c[i] = Math.max(0, c[i]! + sources[i]! * dt);
  // With per-voxel uptake the reaction (decay and uptake) comes before diffusion; without, after (diffusion.ts).
  const react = () => {
    for (let i = 0; i < c.length; i++) c[i] = c[i]! / (1 + (k + (uptake ? uptake[i]! : 0)) * dt);
  };
  if (uptake) react();
  const dims = [g.nx, g.ny, g.nz];
  const strides = [1, g.nx, g.nx * g.ny];
  const r = (D * dt) / (g.dxUm * g.dxUm);
  const weight = (a: number, b: number) => (a > 0 && b > 0 ? Math.fround((2 * a * b) / (a + b)) : 0);
  for (let axis = 0; axis < 3; axis++) {
    const n = dims[axis]!;
    if (n === 1) continue;
    const s = strides[axis]!;
    const lower = new Float64Array(n);
    const diag = new Float64Array(n);
    const upper = new Float64Array(n);
    const rhs = new Float64Array(n);
    for (let start = 0; start < c.length; start++) {
      const along = Math.floor(start / s) % n;
      if (along !== 0) continue; // start of a line only
      for (let i = 0; i < n; i++) {
        const p = start + i * s;
        const wMinus = i > 0 ? (m ? weight(m[p - s]!, m[p]!) : 1) : 0;
        const wPlus = i < n - 1 ? (m ? weight(m[p]!, m[p + s]!) : 1) : 0;
        lower[i] = -r * wMinus;
        upper[i] = -r * wPlus;
        diag[i] = 1 + r * (wMinus + wPlus);
        rhs[i] = c[p]!;
      }
      for (let i = 1; i < n; i++) {
        const f = lower[i]! / diag[i - 1]!;
        diag[i] = diag[i]! - f * upper[i - 1]!;
        rhs[i] = rhs[i]! - f * rhs[i - 1]!;
      }
      c[start + (n - 1) * s] = rhs[n - 1]! / diag[n - 1]!;
      for (let i = n - 2; i >= 0; i--) {
        const p = start + i * s;
        c[p] = (rhs[i]! - upper[i]! * c[p + s]!) / diag[i]!;
      }
    }
  }
  if (!uptake) react();
}

describe('grid', () => {
  it('indexes x fastest, then y, then z', () => {
    const g = createGrid(4, 3, 2, 10);
    expect(g.size).toBe(24);
    expect(voxelIndex(g, 1, 0, 0)).toBe(1);
    expect(voxelIndex(g, 0, 1, 0)).toBe(4);
    expect(voxelIndex(g, 0, 0, 1)).toBe(12);
    expect(voxelIndex(g, 3, 2, 1)).toBe(23);
    expect(() => createGrid(0, 1, 1, 10)).toThrow();
    expect(() => createGrid(1, 1, 1, 0)).toThrow();
  });
});

describe('FieldSet', () => {
  it('finds fields by id, sums mass × voxel volume, clears values and sources but not tissue properties', () => {
    const fs = fieldSet(createGrid(3, 3, 3, 10), [spec('a', 1), spec('b', 2, 0.5)], {
      diffusivityMultiplier: true,
      uptakeFieldIds: ['b'],
    });
    expect(fs.fieldIndex('b')).toBe(1);
    expect(() => fs.fieldIndex('nope')).toThrow(/Unknown field/);
    expect(fs.uptake[0]).toBeNull();
    expect(fs.uptake[1]).toBeInstanceOf(Float32Array);
    expect(fs.diffusivityMultiplier![0]).toBe(1);
    fs.values[1]!.fill(2);
    expect(fs.totalMass(1)).toBeCloseTo(2 * 27 * 1000, 6);
    fs.sources[1]![4] = 3;
    fs.uptake[1]![4] = 0.7;
    fs.clear();
    expect(fs.totalMass(1)).toBe(0);
    expect(fs.sources[1]![4]).toBe(0);
    expect(fs.uptake[1]![4]).toBeCloseTo(0.7, 6);
  });
});

describe('diffusion: spreading Gaussian vs the analytic solution', () => {
  const dx = 10;
  const sigma0 = 50; // µm: five voxels, so the sampled initial profile has variance σ0² to < 1e-9
  const timeH = 10;

  for (const [axis, name] of [
    [0, 'x'],
    [1, 'y'],
    [2, 'z'],
  ] as const) {
    it(`1-D along ${name}: variance grows by exactly 2·D·t (error < 1e-5), profile within 1 % of the peak`, () => {
      const n = 400; // ±2000 µm = ±7 σ at t: the walls are invisible
      const dims = [1, 1, 1];
      dims[axis] = n;
      const g = createGrid(dims[0]!, dims[1]!, dims[2]!, dx);
      const fs = fieldSet(g, [spec('a', D_1_UM2_PER_S)]);
      const mid = [0, 0, 0];
      mid[axis] = (n * dx) / 2;
      const spread = [false, false, false];
      spread[axis] = true;
      fillGaussian(g, fs.values[0]!, mid, sigma0, spread);
      const variance0 = moments(g, fs.values[0]!, axis).variance;
      const dt = 0.1;
      for (let s = 0; s < timeH / dt; s++) diffuseStep(fs, dt);
      const expected = sigma0 * sigma0 + 2 * D_1_UM2_PER_S * timeH;
      const growth = moments(g, fs.values[0]!, axis).variance - variance0;
      expect(Math.abs(growth / (2 * D_1_UM2_PER_S * timeH) - 1)).toBeLessThan(1e-5);
      expect(gaussianError(g, fs.values[0]!, mid, expected, spread)).toBeLessThan(0.01);
    });
  }

  // The profile error here is the first-order time error of backward Euler: each big step's kernel is too peaked
  // (excess kurtosis 3 + 1/(2r) per step; 10 steps leave ≈ 0.28, i.e. ≈ 3.5 % at the peak).
  it('1-D, 10× larger step (r = 36): variance still exact (error < 1e-5), profile within 5 % of the peak', () => {
    const n = 400;
    const g = createGrid(n, 1, 1, dx);
    const fs = fieldSet(g, [spec('a', D_1_UM2_PER_S)]);
    const mid = [(n * dx) / 2, 0, 0];
    const spread = [true, false, false];
    fillGaussian(g, fs.values[0]!, mid, sigma0, spread);
    const variance0 = moments(g, fs.values[0]!, 0).variance;
    const dt = 1;
    for (let s = 0; s < timeH / dt; s++) diffuseStep(fs, dt);
    const growth = moments(g, fs.values[0]!, 0).variance - variance0;
    expect(Math.abs(growth / (2 * D_1_UM2_PER_S * timeH) - 1)).toBeLessThan(1e-5);
    expect(gaussianError(g, fs.values[0]!, mid, sigma0 * sigma0 + 2 * D_1_UM2_PER_S * timeH, spread)).toBeLessThan(
      0.05,
    );
  });

  it('3-D: variance grows by 2·D·t on each axis within 1 %, profile within 3 % of the peak', () => {
    const n = 64; // half-width 320 µm ≈ 3.6 σ at t
    const g = createGrid(n, n, n, dx);
    const D = 360; // µm²/h: σ grows from 30 to 90 µm in 10 h
    const sigma = 30;
    const fs = fieldSet(g, [spec('a', D)]);
    const mid = [(n * dx) / 2, (n * dx) / 2, (n * dx) / 2];
    const spread = [true, true, true];
    fillGaussian(g, fs.values[0]!, mid, sigma, spread);
    const before = [0, 1, 2].map((a) => moments(g, fs.values[0]!, a as 0 | 1 | 2).variance);
    const dt = 0.1; // r = 0.36: 100 steps keep the time error at ≈ 0.4 % of the peak per axis
    for (let s = 0; s < timeH / dt; s++) diffuseStep(fs, dt);
    for (const a of [0, 1, 2] as const) {
      const growth = moments(g, fs.values[0]!, a).variance - before[a]!;
      expect(Math.abs(growth / (2 * D * timeH) - 1)).toBeLessThan(0.01);
    }
    expect(gaussianError(g, fs.values[0]!, mid, sigma * sigma + 2 * D * timeH, spread)).toBeLessThan(0.03);
  });
});

describe('diffusion: steady decay profile', () => {
  it('surface source: c(z) = c0·exp(−z/√(D/k)) down a long column, within 1 % to z = 3·√(D/k)', () => {
    const dx = 10;
    const nz = 200; // 2000 µm = 20 decay lengths: the bottom wall does not matter
    const g = createGrid(3, 3, nz, dx);
    const k = 0.36; // 1/h: with D = 1 µm²/s the decay length is 100 µm
    const decayLength = Math.sqrt(D_1_UM2_PER_S / k);
    const fs = fieldSet(g, [spec('a', D_1_UM2_PER_S, k)]);
    const sourcePerH = 1;
    // dt·k = 0.0036: the splitting error (decay applied after diffusion lengthens the profile by √(1 + k·dt)) stays
    // at 0.2 %; 30 h = 11/k drives the transient below 1e-4.
    const dt = 0.01;
    for (let s = 0; s < 3000; s++) {
      for (let i = 0; i < g.nx * g.ny; i++) fs.sources[0]![i] = sourcePerH;
      diffuseStep(fs, dt);
    }
    const v = fs.values[0]!;
    const top = v[voxelIndex(g, 1, 1, 0)]!;
    let worst = 0;
    for (let iz = 0; iz * dx <= 3 * decayLength; iz++) {
      const exact = Math.exp((-iz * dx) / decayLength);
      worst = Math.max(worst, Math.abs(v[voxelIndex(g, 1, 1, iz)]! / top / exact - 1));
    }
    expect(worst).toBeLessThan(0.01);
    // Laterally uniform: the x and y sweeps leave a z-only profile untouched.
    expect(v[voxelIndex(g, 0, 2, 7)]).toBeCloseTo(v[voxelIndex(g, 1, 1, 7)]!, 6);
    // Steady mass balance, exact for the scheme: source = decay ⇒ Σc = S·(source voxels)/k.
    expect(Math.abs(sum(v) / ((sourcePerH * g.nx * g.ny) / k) - 1)).toBeLessThan(1e-4);
  });
});

describe('diffusion: conservation, decay, positivity', () => {
  const g = createGrid(20, 24, 28, 10); // non-cubic, so a mixed-up stride shows

  it.each([
    ['uniform D', false],
    ['random diffusivity multiplier with impermeable voxels', true],
  ])('conserves mass without decay over 1000 steps, relative drift < 1e-5 (%s)', (_name, withMultiplier) => {
    const fs = fieldSet(g, [spec('a', 36_000), spec('b', 360)], { diffusivityMultiplier: withMultiplier });
    const rng = new Rng(7, 1);
    randomFill(fs.values[0]!, rng, 0, 10);
    randomFill(fs.values[1]!, rng, 0, 10);
    const m = fs.diffusivityMultiplier;
    if (m) {
      for (let i = 0; i < m.length; i++) m[i] = rng.next() < 0.1 ? 0 : rng.uniform(0.01, 1.5);
      fs.markDiffusivityChanged();
    }
    const solver = new DiffusionSolver(fs);
    const before = [fs.totalMass(0), fs.totalMass(1)];
    for (let s = 0; s < 1000; s++) solver.step(0.1); // r = 36 and 0.36 per step
    for (const f of [0, 1]) expect(Math.abs(fs.totalMass(f) / before[f]! - 1)).toBeLessThan(1e-5);
    if (withMultiplier) expect(solver.profileStats().unclassifiedLines).toBeGreaterThan(0); // both kernels ran
  });

  it('decay alone: mass follows M0/(1 + k·dt)^n, relative error < 1e-6 without and < 1e-5 with diffusion', () => {
    const k = 0.5;
    const dt = 0.1;
    const fs = fieldSet(g, [spec('still', 0, k), spec('spreading', 36_000, k)]);
    const rng = new Rng(3, 1);
    randomFill(fs.values[0]!, rng, 0, 1);
    randomFill(fs.values[1]!, rng, 0, 1);
    const m0 = [fs.totalMass(0), fs.totalMass(1)];
    const steps = 50;
    for (let s = 0; s < steps; s++) diffuseStep(fs, dt);
    const factor = (1 + k * dt) ** -steps;
    expect(Math.abs(fs.totalMass(0) / (m0[0]! * factor) - 1)).toBeLessThan(1e-6);
    expect(Math.abs(fs.totalMass(1) / (m0[1]! * factor) - 1)).toBeLessThan(1e-5);
  });

  it('uptake is an implicit per-voxel sink: c0/(1 + (k + u)·dt)^n in every voxel, relative error < 1e-5', () => {
    const k = 0.2;
    const dt = 0.5;
    const fs = fieldSet(g, [spec('o2', 0, k)], { uptakeFieldIds: ['o2'] });
    const rng = new Rng(4, 1);
    randomFill(fs.values[0]!, rng, 0.5, 1);
    randomFill(fs.uptake[0]!, rng, 0, 3);
    const c0 = fs.values[0]!.slice();
    const steps = 10;
    for (let s = 0; s < steps; s++) diffuseStep(fs, dt);
    let worst = 0;
    for (let i = 0; i < c0.length; i++) {
      const exact = c0[i]! * (1 + (k + fs.uptake[0]![i]!) * dt) ** -steps;
      worst = Math.max(worst, Math.abs(fs.values[0]![i]! / exact - 1));
    }
    expect(worst).toBeLessThan(1e-5);
  });

  it('adds sources as S·dt, consumes them, and clamps a negative source at what the voxel holds', () => {
    const fs = fieldSet(createGrid(4, 4, 4, 10), [spec('a', 0)]);
    fs.values[0]![5] = 1;
    fs.sources[0]![3] = 2;
    fs.sources[0]![5] = -100;
    diffuseStep(fs, 0.25);
    expect(fs.values[0]![3]).toBe(0.5);
    expect(fs.values[0]![5]).toBe(0);
    expect(sum(fs.sources[0]!)).toBe(0);
  });

  it('stays finite and non-negative with dt = 1000 h, spiky sources, impermeable voxels and strong uptake', () => {
    const fs = fieldSet(g, [spec('fast', 6_000_000, 6), spec('slow', 720, 0.05), spec('inert', 36_000)], {
      diffusivityMultiplier: true,
      uptakeFieldIds: ['fast'],
    });
    const rng = new Rng(11, 1);
    const m = fs.diffusivityMultiplier!;
    for (let i = 0; i < m.length; i++) m[i] = rng.next() < 0.2 ? 0 : rng.uniform(0, 3);
    fs.markDiffusivityChanged();
    randomFill(fs.uptake[0]!, rng, 0, 50);
    for (let s = 0; s < 5; s++) {
      for (let f = 0; f < fs.count; f++) {
        for (let spike = 0; spike < 20; spike++)
          fs.sources[f]![Math.floor(rng.next() * g.size)] = rng.uniform(-1e6, 1e9);
      }
      diffuseStep(fs, 1000);
      for (let f = 0; f < fs.count; f++) {
        const v = fs.values[f]!;
        for (let i = 0; i < v.length; i++) {
          if (!(v[i]! >= 0) || !Number.isFinite(v[i]!)) throw new Error(`field ${f} voxel ${i}: ${v[i]}`);
        }
      }
    }
  });

  it('mixes to uniform in one huge step when D is uniform (the well-mixed limit), spread < 1e-4', () => {
    const fs = fieldSet(g, [spec('a', 360_000)]);
    randomFill(fs.values[0]!, new Rng(5, 1), 0, 1);
    const mean = sum(fs.values[0]!) / g.size;
    diffuseStep(fs, 1e6);
    let spread = 0;
    for (const c of fs.values[0]!) spread = Math.max(spread, Math.abs(c / mean - 1));
    expect(spread).toBeLessThan(1e-4);
  });

  it('impermeable voxels (multiplier 0) block all flux: a wall keeps the far side at exactly 0', () => {
    const wg = createGrid(10, 10, 20, 10);
    const fs = fieldSet(wg, [spec('a', 36_000)], { diffusivityMultiplier: true });
    const m = fs.diffusivityMultiplier!;
    const v = fs.values[0]!;
    for (let iz = 0; iz < wg.nz; iz++) {
      for (let iy = 0; iy < wg.ny; iy++) {
        for (let ix = 0; ix < wg.nx; ix++) {
          const i = voxelIndex(wg, ix, iy, iz);
          if (iz === 10) m[i] = 0; // the wall
          if (iz < 10) v[i] = 1 + ix; // something to spread, above the wall only
        }
      }
    }
    // A sealed pocket above the wall: one voxel whose own multiplier is 0 keeps its content.
    const pocket = voxelIndex(wg, 5, 5, 3);
    m[pocket] = 0;
    v[pocket] = 42;
    fs.markDiffusivityChanged();
    const above = fs.totalMass(0);
    for (let s = 0; s < 200; s++) diffuseStep(fs, 1);
    for (let iz = 10; iz < wg.nz; iz++) {
      for (let iy = 0; iy < wg.ny; iy++) {
        for (let ix = 0; ix < wg.nx; ix++) expect(v[voxelIndex(wg, ix, iy, iz)]).toBe(0);
      }
    }
    expect(v[pocket]).toBe(42);
    expect(Math.abs(fs.totalMass(0) / above - 1)).toBeLessThan(1e-5);
    // Above the wall the field has evened out (so flux did flow where it was allowed to).
    expect(v[voxelIndex(wg, 0, 0, 0)]! / v[voxelIndex(wg, 9, 9, 9)]!).toBeCloseTo(1, 3);
  });
});

describe('diffusion: agreement with a textbook line-by-line solver', () => {
  it.each([
    ['uniform D', 'none', 7, 6, 5],
    ['a layered multiplier with a channel (precomputed profile classes)', 'layered', 9, 8, 12],
    ['a random multiplier (classes overflow: on-the-fly kernel too)', 'random', 13, 12, 11],
  ])('matches it to 1e-5 of the peak with %s, sources, decay and uptake', (_name, kind, nx, ny, nz) => {
    const g = createGrid(nx, ny, nz, 10);
    const D = 20_000;
    const k = 0.3;
    const fs = fieldSet(g, [spec('a', D, k)], { diffusivityMultiplier: kind !== 'none', uptakeFieldIds: ['a'] });
    const rng = new Rng(9, 1);
    const m = fs.diffusivityMultiplier;
    if (m) {
      for (let iz = 0; iz < nz; iz++) {
        for (let iy = 0; iy < ny; iy++) {
          for (let ix = 0; ix < nx; ix++) {
            const i = voxelIndex(g, ix, iy, iz);
            const channel = Math.abs(ix - 4) + Math.abs(iy - 3) < 2 && iz < 8;
            m[i] = kind === 'random' ? (rng.next() < 0.1 ? 0 : rng.uniform(0.05, 2)) : channel ? 2 : iz < 2 ? 0 : 1;
          }
        }
      }
      fs.markDiffusivityChanged();
    }
    randomFill(fs.values[0]!, rng, 0, 1);
    randomFill(fs.uptake[0]!, rng, 0, 0.5);
    const reference = Float64Array.from(fs.values[0]!);
    const solver = new DiffusionSolver(fs);
    for (let s = 0; s < 5; s++) {
      fs.sources[0]![voxelIndex(g, 2, 3, 4)] = 50;
      fs.sources[0]![voxelIndex(g, nx - 1, 0, nz - 1)] = 10;
      const sources = fs.sources[0]!.slice();
      solver.step(0.2);
      referenceStep(g, reference, m, sources, fs.uptake[0]!, D, k, 0.2);
    }
    let peak = 0;
    let worst = 0;
    for (let i = 0; i < reference.length; i++) {
      peak = Math.max(peak, reference[i]!);
      worst = Math.max(worst, Math.abs(fs.values[0]![i]! - reference[i]!));
    }
    expect(worst / peak).toBeLessThan(1e-5);
    if (kind === 'random') expect(solver.profileStats().unclassifiedLines).toBeGreaterThan(0);
  });
});

describe('diffusion: coefficient caching', () => {
  function setup(): FieldSet {
    const fs = fieldSet(createGrid(8, 9, 10, 10), [spec('a', 5_000, 0.1), spec('b', 50_000)], {
      diffusivityMultiplier: true,
    });
    const rng = new Rng(2, 1);
    randomFill(fs.values[0]!, rng, 0, 1);
    randomFill(fs.values[1]!, rng, 0, 1);
    randomFill(fs.diffusivityMultiplier!, rng, 0.1, 1);
    fs.markDiffusivityChanged();
    return fs;
  }

  /** Steps `fs` with a warm solver and a copy of it with a fresh one; they must agree bit for bit. */
  function expectSameAsFreshSolver(fs: FieldSet, warm: DiffusionSolver, dt: number): void {
    const copy = setup();
    const checkpoint = new Float32Array(fs.byteLength() / 4);
    fs.writeTo(checkpoint, 0);
    copy.readFrom(checkpoint, 0);
    for (let f = 0; f < fs.count; f++) copy.setDiffusion(f, fs.diffusionUm2PerH[f]!);
    warm.step(dt);
    new DiffusionSolver(copy).step(dt);
    for (let f = 0; f < fs.count; f++) expect(copy.values[f]).toEqual(fs.values[f]);
  }

  it('rebuilds when dt changes, when a D changes and when the multiplier is marked changed', () => {
    const fs = setup();
    const solver = new DiffusionSolver(fs);
    solver.step(0.1);
    expectSameAsFreshSolver(fs, solver, 0.3); // new dt
    fs.setDiffusion(1, 7_000);
    expectSameAsFreshSolver(fs, solver, 0.3); // new D
    fs.diffusivityMultiplier!.fill(0.5, 0, 200);
    fs.markDiffusivityChanged();
    expectSameAsFreshSolver(fs, solver, 0.3); // new multiplier
  });
});

describe('FieldSet checkpoints', () => {
  it('writeTo/readFrom round trip continues bit-identically, and refuses a differently shaped FieldSet', () => {
    const g = createGrid(12, 10, 14, 10);
    const specs = [spec('a', 36_000, 0.2), spec('o2', 360_000, 1)];
    const options: FieldSetOptions = { diffusivityMultiplier: true, uptakeFieldIds: ['o2'] };
    const original = fieldSet(g, specs, options);
    const rng = new Rng(1, 1);
    randomFill(original.diffusivityMultiplier!, rng, 0, 2);
    original.markDiffusivityChanged();
    randomFill(original.uptake[1]!, rng, 0, 1);
    const inject = (fs: FieldSet, s: number) => {
      fs.sources[0]![(s * 37) % g.size] = 100;
      fs.sources[1]![(s * 53) % g.size] = 10;
    };
    for (let s = 0; s < 5; s++) {
      inject(original, s);
      diffuseStep(original, 0.1);
    }
    inject(original, 5); // pending sources are state too

    const offset = 3;
    const view = new Float32Array(offset + original.byteLength() / 4);
    expect(original.writeTo(view, offset)).toBe(view.length);
    const restored = fieldSet(g, specs, options);
    expect(restored.readFrom(view, offset)).toBe(view.length);

    for (let s = 5; s < 15; s++) {
      if (s > 5) {
        inject(original, s);
        inject(restored, s);
      }
      diffuseStep(original, 0.1);
      diffuseStep(restored, 0.1);
    }
    for (let f = 0; f < specs.length; f++) {
      const a = new Uint8Array(original.values[f]!.buffer);
      const b = new Uint8Array(restored.values[f]!.buffer);
      expect(Buffer.compare(a, b)).toBe(0);
    }

    const noUptake = fieldSet(g, specs, { diffusivityMultiplier: true });
    expect(() => noUptake.readFrom(view, offset)).toThrow();
    expect(() => fieldSet(g, specs, options).readFrom(view.subarray(0, view.length - 1), offset)).toThrow(RangeError);
  });
});
