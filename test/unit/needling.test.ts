import { describe, expect, it } from 'vitest';
import { buildGeometry, Layer, LAYER_STACKS, VOXEL_UM } from '../../workers/engine/geometry';
import type { BodySite } from '../../workers/engine/geometry';
import { engineConfig } from '../../workers/engine/config';
import { ChannelStore, meanEffectiveDepthUm, needleSession } from '../../workers/engine/needling';
import { resolvePreset } from '../../workers/model/presets';
import { Rng } from '../../workers/engine/rng';
import { createSimulation } from '../../workers/engine/simulation';

function spec(overrides: Record<string, unknown>) {
  const r = resolvePreset('reference', overrides);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return engineConfig(r.params).needling;
}

describe('geometry', () => {
  it('has ordered, positive layers for every body site, thinner dermis on the face than on the back', () => {
    for (const site of Object.keys(LAYER_STACKS) as BodySite[]) {
      const s = LAYER_STACKS[site];
      for (const v of [s.stratumCorneumUm, s.epidermisUm, s.papillaryDermisUm, s.reticularDermisUm])
        expect(v).toBeGreaterThan(0);
      expect(s.capillaryLoopTipUm).toBeGreaterThan(s.stratumCorneumUm + s.epidermisUm - s.reteAmplitudeUm);
      expect(s.subpapillaryPlexusUm).toBeGreaterThan(s.capillaryLoopTipUm);
    }
    expect(LAYER_STACKS.cheek.reticularDermisUm).toBeLessThan(LAYER_STACKS.back.reticularDermisUm);
  });

  it('voxelises the stack: layer codes increase with depth in every column; resolution follows the tier', () => {
    const geo = buildGeometry('cheek', 400, 'medium');
    const g = geo.grid;
    expect(g.dxUm).toBe(VOXEL_UM.medium);
    for (let iy = 0; iy < g.ny; iy++)
      for (let ix = 0; ix < g.nx; ix++) {
        let prev = -1;
        for (let iz = 0; iz < g.nz; iz++) {
          const code = geo.layer[ix + g.nx * (iy + g.ny * iz)]!;
          expect(code).toBeGreaterThanOrEqual(prev);
          prev = code;
        }
        expect(prev).toBe(Layer.hypodermis);
      }
    expect(buildGeometry('cheek', 400, 'high').grid.size).toBeGreaterThan(g.size * 7);
  });
});

describe('needling', () => {
  it('effective depth is below nominal, and a roller goes less deep than a pen', () => {
    const pen = spec({ device: 'pen', needle_length_mm: 1.5 });
    const roller = spec({ device: 'roller', needle_length_mm: 1.5 });
    expect(meanEffectiveDepthUm(pen)).toBeLessThan(1500);
    expect(meanEffectiveDepthUm(roller)).toBeLessThan(meanEffectiveDepthUm(pen));
  });

  it('bleeds at 1.5 mm on the cheek (reaches the capillary loops) but not at 0.25 mm', () => {
    const geo = buildGeometry('cheek', 1000, 'low');
    const bleedingFraction = (length: number) => {
      const store = new ChannelStore(500);
      needleSession(store, geo, spec({ needle_length_mm: length, passes: 3 }), 0, 0, new Rng(1, 3));
      let b = 0;
      for (let c = 0; c < store.count; c++) b += store.bleeding[c]!;
      return store.count ? b / store.count : 0;
    };
    expect(bleedingFraction(1.5)).toBe(1);
    expect(bleedingFraction(0.25)).toBeLessThan(0.2);
  });

  it('makes more channels with more passes, tapers each channel, and records the deepest layer', () => {
    const geo = buildGeometry('cheek', 1000, 'low');
    const one = new ChannelStore(2000);
    const four = new ChannelStore(2000);
    needleSession(one, geo, spec({ passes: 1 }), 0, 0, new Rng(2, 3));
    needleSession(four, geo, spec({ passes: 4 }), 0, 0, new Rng(2, 3));
    expect(four.count).toBeGreaterThan(2.5 * one.count);
    expect(one.radiusAt(0, 0)).toBeGreaterThan(one.radiusAt(0, one.depthUm[0]! * 0.9));
    expect(one.radiusAt(0, one.depthUm[0]! + 1)).toBe(0);
    expect(one.deepestLayer[0]).toBeGreaterThanOrEqual(Layer.reticularDermis);
  });

  it('re-injures at every session of a protocol: lumens reopen at each session time', () => {
    const r = resolvePreset('reference', { block_width_um: 600, quality: 'low', sessions: 3, interval_days: 2 });
    if (!r.ok) throw new Error('bad params');
    const sim = createSimulation(r.params, 4);
    expect(sim.sessionTimesH()).toEqual([0, 48, 96]);
    sim.advanceTo(100);
    expect(sim.sessionsDone).toBe(3);
    const p = sim.metrics().channel_patency as number[];
    expect(p[47]).toBeLessThan(0.5);
    // Reopened: an hour later only the elastic recoil has narrowed the fresh lumens.
    expect(p[49]).toBeGreaterThan(0.75);
    const sessions = new Set(Array.from(sim.channels.session.subarray(0, sim.channels.count)));
    expect(sessions).toEqual(new Set([0, 1, 2]));
  });
});
