/**
 * Atrophic acne scars (issue 17): the shared surface rule and the scar tissue each type builds (depth at t = 0 from
 * the geometry record, bands only for rolling, registered arrays through a checkpoint, determinism). The modules run
 * through `conditionModule` while the types are not flagged modelled.
 */
import { describe, expect, it } from 'vitest';
import {
  ACNE_SCAR_GEOMETRY,
  ACNE_SCAR_MODULES,
  bandStrength,
  type AcneScarId,
} from '../../workers/engine/conditions/acneScar';
import { meanWhere, surfaceHeights } from '../../workers/engine/conditions/surface';
import { buildGeometry } from '../../workers/engine/geometry';
import { MatrixState } from '../../workers/engine/matrix';
import { createSimulation } from '../../workers/engine/simulation';
import type { Params } from '../../workers/model/params';
import { resolvePreset } from '../../workers/model/presets';

function params(overrides: Record<string, unknown> = {}): Params {
  const r = resolvePreset('acne-scars', { block_width_um: 1000, quality: 'low', ...overrides });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.params;
}

const last = (sim: ReturnType<typeof createSimulation>, key: string) => (sim.metrics()[key] as number[]).at(-1)!;

describe('surface rule', () => {
  const geometry = buildGeometry('cheek', 200, 'low');
  it('is 0 over resting dermis and k_vol · Σ dz (V − 1) over a column', () => {
    const m = new MatrixState(geometry);
    const g = geometry.grid;
    const h = new Float32Array(g.nx * g.ny);
    surfaceHeights(geometry, m, 0.5, h);
    expect(Array.from(h).every((v) => Math.abs(v) < 1e-3)).toBe(true);
    // Halve the collagen of 10 dermal voxels of column 3: h = 0.5 · 10 · 25 µm · (−0.5) = −62.5 µm.
    let n = 0;
    for (let iz = 0; iz < g.nz && n < 10; iz++) {
      const i = 3 + g.nx * g.ny * iz;
      if (m.dermis[i] !== 1) continue;
      m.collagenI[i]! *= 0.5;
      m.collagenIII[i]! *= 0.5;
      n++;
    }
    surfaceHeights(geometry, m, 0.5, h);
    expect(h[3]).toBeCloseTo(-62.5, 2);
    expect(h[4]).toBeCloseTo(0, 3);
    const mask = new Uint8Array(h.length);
    mask[3] = 1;
    expect(meanWhere(h, mask)).toBeCloseTo(-62.5, 2);
    expect(meanWhere(h, mask, 0)).toBeCloseTo(0, 3);
  });

  it('rejects an output of the wrong size', () => {
    expect(() => surfaceHeights(geometry, new MatrixState(geometry), 0.5, new Float32Array(3))).toThrow(RangeError);
  });
});

describe('acne scar tissue', () => {
  const cases: [AcneScarId, number][] = [
    ['acne-icepick', 1000],
    ['acne-boxcar', 2000],
    ['acne-rolling', 1000],
  ];
  for (const [id, width] of cases) {
    it(`${id}: depth at t = 0 is the geometry record's (before the first session)`, () => {
      const sim = createSimulation(params({ block_width_um: width }), 1, {
        conditionModule: ACNE_SCAR_MODULES[id],
        untreated: true,
      });
      const geo = ACNE_SCAR_GEOMETRY[id];
      // A cone's mean depth over its disc is a third of the axis depth (discretised on 25 µm columns).
      const expected = geo.profile === 'cone' ? geo.depthUm / 3 : geo.depthUm;
      expect(last(sim, 'scar_depth_um')).toBeCloseTo(expected, geo.profile === 'cone' ? -1 : 0);
      expect(last(sim, 'scar_volume_rel')).toBeCloseTo(1, 6);
      expect(last(sim, 'improvement')).toBe(0);
      expect(last(sim, 'dermal_density_rel')).toBe(1);
      expect(last(sim, 'dermal_thickness_um')).toBeLessThan(1250);
      // Bands only for rolling.
      const bands = sim.condition.array<Float32Array>('acne.bandFibre').length;
      if (id === 'acne-rolling') {
        expect(bands).toBeGreaterThan(0);
        expect(bandStrength(sim)).toBeCloseTo(1, 6);
      } else expect(bands).toBe(0);
      // Scar collagen is aligned; resting level lowered only in the lesion.
      const level = sim.condition.array<Float32Array>('acne.restingLevel');
      expect(level.reduce((a, b) => Math.min(a, b), 1)).toBeLessThan(0.9);
      expect(sim.matrix.restingLevel).toBe(level);
    });
  }

  it('the needled depression is a different run from its untreated control; both deterministic', () => {
    const run = (untreated: boolean) => {
      const sim = createSimulation(params({ sessions: 1 }), 4, {
        conditionModule: ACNE_SCAR_MODULES['acne-rolling'],
        untreated,
      });
      sim.advanceTo(48);
      return sim;
    };
    const a = run(false);
    const b = run(false);
    expect(JSON.stringify(a.metrics())).toBe(JSON.stringify(b.metrics()));
    const u = run(true);
    expect(last(u, 'scar_depth_um')).toBeCloseTo(200, 0);
    // The channels tore band fibres they crossed (a fifth of a lumen voxel's matrix), never more than all.
    expect(bandStrength(a)).toBeLessThanOrEqual(1);
  });

  it('round-trips its registered arrays through a checkpoint: a restored run continues bit-identically', () => {
    const p = params({ sessions: 2, interval_days: 1 });
    const module = ACNE_SCAR_MODULES['acne-rolling'];
    const straight = createSimulation(p, 9, { conditionModule: module });
    straight.advanceTo(40);
    const first = createSimulation(p, 9, { conditionModule: module });
    first.advanceTo(21.3);
    const checkpoint = first.checkpoint();
    const resumed = createSimulation(p, 9, { conditionModule: module });
    resumed.advanceTo(2);
    resumed.restore(checkpoint);
    resumed.advanceTo(40);
    for (const name of ['acne.restingLevel', 'acne.bandFibre', 'acne.bandPrevCrossLinked', 'acne.before']) {
      expect(Array.from(resumed.condition.array<Float32Array>(name)), name).toEqual(
        Array.from(straight.condition.array<Float32Array>(name)),
      );
    }
    expect(JSON.stringify(resumed.metrics())).toBe(JSON.stringify(straight.metrics()));
  });
});
