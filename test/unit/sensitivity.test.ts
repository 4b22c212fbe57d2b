/** The Morris screen: the trajectory design's structure, and μ*, μ, σ against functions whose effects are known. */
import { describe, expect, it } from 'vitest';
import { morrisDelta, morrisDesign } from '../../scripts/sensitivity/design';
import { elementaryEffects } from '../../scripts/sensitivity/effects';
import { sensitivityMarkdown } from '../../scripts/sensitivity/markdown';
import { SCREEN_OUTPUTS } from '../../scripts/sensitivity/outputs';
import { factorValue, screenFactors } from '../../scripts/sensitivity/parameters';
import { screenResult, screenRows } from '../../scripts/sensitivity/screen';
import type { SweepRecord } from '../../scripts/sweep/output';
import { PARAM_BY_ID } from '../../workers/model/params';
import { validateParams } from '../../workers/model/paramValidation';

function evaluate(design: ReturnType<typeof morrisDesign>, f: (u: readonly number[]) => number): number[][] {
  return design.trajectories.map((t) => t.points.map(f));
}

describe('Morris trajectory design', () => {
  it('has r trajectories of k + 1 grid points, each step moving one factor by ±Δ, every factor once', () => {
    const k = 7;
    const p = 4;
    const design = morrisDesign(k, 5, p, 42);
    expect(design.delta).toBeCloseTo(2 / 3);
    expect(design.trajectories).toHaveLength(5);
    for (const t of design.trajectories) {
      expect(t.points).toHaveLength(k + 1);
      expect([...t.factors].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
      for (const point of t.points) {
        for (const u of point) {
          expect(u).toBeGreaterThanOrEqual(0);
          expect(u).toBeLessThanOrEqual(1);
          expect(Math.abs(u * (p - 1) - Math.round(u * (p - 1)))).toBeLessThan(1e-9); // on the p-level grid
        }
      }
      for (let j = 1; j <= k; j++) {
        const moved = t.points[j]!.map((u, i) => u - t.points[j - 1]![i]!).map((d, i) => [i, d] as const);
        const changed = moved.filter(([, d]) => Math.abs(d) > 1e-12);
        expect(changed).toHaveLength(1);
        expect(changed[0]![0]).toBe(t.factors[j - 1]);
        expect(changed[0]![1]).toBeCloseTo(t.directions[j - 1]! * design.delta, 12);
      }
    }
  });

  it('is deterministic in its seed', () => {
    expect(morrisDesign(5, 3, 4, 9)).toEqual(morrisDesign(5, 3, 4, 9));
    expect(morrisDesign(5, 3, 4, 9)).not.toEqual(morrisDesign(5, 3, 4, 10));
    expect(morrisDelta(6)).toBeCloseTo(0.6);
    expect(() => morrisDesign(3, 2, 5, 1)).toThrow(/even p/);
  });
});

describe('elementary effects', () => {
  it('give μ* = |c|·Δ, μ = c·Δ and σ = 0 for a linear function', () => {
    const c = [3, -2, 0, 0.5];
    const design = morrisDesign(c.length, 6, 4, 1);
    const effects = elementaryEffects(
      design,
      evaluate(design, (u) => 10 + u.reduce((s, x, i) => s + c[i]! * x, 0)),
    );
    effects.forEach((e, i) => {
      expect(e.muStar).toBeCloseTo(Math.abs(c[i]!) * design.delta, 10);
      expect(e.mu).toBeCloseTo(c[i]! * design.delta, 10);
      expect(e.sigma).toBeCloseTo(0, 10);
      expect(e.n).toBe(6);
    });
  });

  it('show an interaction as σ > 0 on both factors and leave an inert factor at 0', () => {
    const design = morrisDesign(3, 10, 4, 3);
    const effects = elementaryEffects(
      design,
      evaluate(design, (u) => u[0]! * u[1]!),
    );
    expect(effects[0]!.sigma).toBeGreaterThan(0);
    expect(effects[1]!.sigma).toBeGreaterThan(0);
    expect(effects[2]).toMatchObject({ muStar: 0, sigma: 0 });
  });
});

describe('screened parameters', () => {
  it('are the numeric model parameters graded assumed or calibrated, engine settings excluded', () => {
    const factors = screenFactors();
    expect(factors.length).toBeGreaterThan(10);
    for (const f of factors) {
      const def = PARAM_BY_ID[f.id as keyof typeof PARAM_BY_ID];
      expect(['assumed', 'calibrated']).toContain(def.evidence);
      expect(def.group).toBe('model');
      expect(def.section).not.toBe('engine');
    }
    expect(factors.map((f) => f.id)).not.toContain('block_width_um');
  });

  it('map the unit interval onto the schema range, on a log axis for log-scale parameters', () => {
    for (const f of screenFactors()) {
      expect(factorValue(f, 0)).toBeCloseTo(f.min, 9);
      expect(factorValue(f, 1)).toBeCloseTo(f.max, 9);
      const mid = factorValue(f, 0.5);
      if (f.scale === 'log') expect(mid).toBeCloseTo(Math.sqrt(f.min * f.max), 3);
      for (const u of [0, 1 / 3, 2 / 3, 1]) expect(validateParams({ [f.id]: factorValue(f, u) }).ok).toBe(true);
    }
  });

  it('turn a design into sweep rows and ranked effects per output', () => {
    const factors = screenFactors().slice(0, 3);
    const design = morrisDesign(factors.length, 2, 4, 5);
    const rows = screenRows(design, factors, 1, 1);
    expect(rows).toHaveLength(2 * 4);
    // A made-up summary whose collagen_i.last depends on the first factor only.
    const records: SweepRecord[] = rows.map((row) => {
      const u = (Number(row.changes[factors[0]!.id]) - factors[0]!.min) / (factors[0]!.max - factors[0]!.min);
      const metric = { first: 1, last: 1 + u, min: 1, max: 1 + u, tMaxH: 1, nonFinite: 0 };
      return {
        ...row,
        engine: 'e',
        wallS: 0,
        ok: true,
        summary: { endH: 24, samples: 25, metrics: { collagen_i: metric } },
      };
    });
    const result = screenResult(design, factors, records, SCREEN_OUTPUTS, {
      engine: 'e',
      runSeed: 1,
      days: 1,
      base: {},
    });
    const ranking = result.metrics['collagen_i.last']!.ranking;
    expect(ranking[0]!.param).toBe(factors[0]!.id);
    if (factors[0]!.scale === 'linear') expect(ranking[0]!.sigma).toBeCloseTo(0, 9);
    expect(ranking[0]!.muStar).toBeGreaterThan(0);
    expect(ranking.slice(1).every((r) => r.muStar === 0)).toBe(true);
    expect(sensitivityMarkdown(result)).toMatch(/\| collagen_i.last: .* \| .*\|/);
  });
});
