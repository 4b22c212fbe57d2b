import { describe, expect, it } from 'vitest';
import { Rng, RngStream } from '../../workers/engine/rng';

function draw(r: Rng, n: number): number[] {
  return Array.from({ length: n }, () => r.nextU32());
}

describe('Rng', () => {
  it('gives the same sequence for the same seed and stream', () => {
    expect(draw(new Rng(42, RngStream.motility), 100)).toEqual(draw(new Rng(42, RngStream.motility), 100));
  });

  it('gives different sequences for different seeds and for different streams of one seed', () => {
    const base = draw(new Rng(42, RngStream.motility), 20);
    expect(draw(new Rng(43, RngStream.motility), 20)).not.toEqual(base);
    expect(draw(new Rng(42, RngStream.placement), 20)).not.toEqual(base);
  });

  it('continues the same sequence after its state is copied into a fresh generator', () => {
    const a = new Rng(7, 1);
    draw(a, 33);
    const b = new Rng(0, 0);
    b.state.set(a.state);
    expect(draw(b, 50)).toEqual(draw(a, 50));
  });

  it('is uniform in [0, 1) and its normals have mean 0 and variance 1 (within sampling error)', () => {
    const r = new Rng(1, 1);
    const n = 200_000;
    let sum = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const u = r.next();
      sum += u;
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(sum / n).toBeCloseTo(0.5, 2); // σ of the mean ≈ 0.0006
    let s1 = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const z = r.normal();
      s1 += z;
      s2 += z * z;
    }
    const mean = s1 / n;
    expect(Math.abs(mean)).toBeLessThan(0.01); // σ ≈ 0.0022
    expect(Math.abs(s2 / n - mean * mean - 1)).toBeLessThan(0.02); // σ ≈ 0.003
  });
});
