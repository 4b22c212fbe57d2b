/**
 * Epidermal pigment (issue 17, cells/melanin.ts): per-column melanocyte activity and epidermal melanin in every
 * epidermis, made by the melanocytes and shed with epidermal turnover; melasma's lesion (conditions/melasma.ts);
 * tranexamic acid's plasmin inhibition. Rules driven directly on a small block, then whole runs for checkpoints and
 * determinism.
 */
import { describe, expect, it } from 'vitest';
import { melaninStep } from '../../workers/engine/cells/melanin';
import { melasma } from '../../workers/engine/conditions/melasma';
import { createSimulation, type Simulation } from '../../workers/engine/simulation';
import type { Params } from '../../workers/model/params';
import { resolvePreset } from '../../workers/model/presets';

function smallParams(overrides: Record<string, unknown> = {}): Params {
  const r = resolvePreset('reference', { block_width_um: 600, quality: 'low', ...overrides });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.params;
}

const mean = (a: Float64Array) => a.reduce((s, v) => s + v, 0) / a.length;

/** An untreated block (no session): only the pigment rule is stepped, hour by hour. */
function restingBlock(overrides: Record<string, unknown> = {}, lesion = false): Simulation {
  return createSimulation(smallParams(overrides), 1, {
    untreated: true,
    ...(lesion ? { conditionModule: melasma } : {}),
  });
}

function hours(sim: Simulation, n: number, before?: () => void): void {
  for (let h = 0; h < n; h++) {
    before?.();
    melaninStep(sim, 1);
  }
}

function fillJunction(sim: Simulation, field: number, value: number): void {
  const values = sim.fields.values[field]!;
  for (const i of sim.junctionVoxels) values[i] = value;
}

describe('epidermal melanin: production, transfer and shedding', () => {
  it('is 1 in normal skin of every type, and stays there at rest (production = shedding)', () => {
    for (const type of [1, 2, 4, 6]) {
      const sim = restingBlock({ fitzpatrick: type });
      hours(sim, 24 * 60);
      expect(sim.pigment.meanMelanin()).toBeCloseTo(1, 12);
      for (const a of sim.pigment.activity) expect(a).toBe(1);
    }
  });

  it('holds melasma at its lesional level at rest: more melanin than normal, unchanged over 6 months', () => {
    const sim = restingBlock({ fitzpatrick: 4 }, true);
    const start = sim.pigment.meanMelanin();
    expect(start).toBeGreaterThan(1.3);
    expect(sim.pigment.melaninBefore).toBe(start);
    hours(sim, 24 * 180);
    expect(sim.pigment.meanMelanin()).toBeCloseTo(start, 10);
  });

  it('sheds more when turnover is faster: a larger basal pool than the viable layer lightens the epidermis', () => {
    const sim = restingBlock();
    sim.epidermis.basalPool = 1.3;
    hours(sim, 24 * 20);
    expect(sim.pigment.meanMelanin()).toBeLessThan(0.95);
    const rest = restingBlock();
    hours(rest, 24 * 20);
    expect(rest.pigment.meanMelanin()).toBeCloseTo(1, 12);
  });

  it('rises with inflammation at the junction, more in darker skin (post-inflammatory hyperpigmentation)', () => {
    const rise = (type: number) => {
      const sim = restingBlock({ fitzpatrick: type });
      hours(sim, 48, () => fillJunction(sim, sim.fChemokine, 0.01));
      return { activity: mean(sim.pigment.activity), melanin: sim.pigment.meanMelanin() };
    };
    const light = rise(2);
    const dark = rise(5);
    expect(light.activity).toBeGreaterThan(1);
    expect(dark.activity).toBeGreaterThan(light.activity);
    expect(dark.melanin).toBeGreaterThan(light.melanin);
    expect(light.melanin).toBeGreaterThan(1);
  });
});

describe('tranexamic acid (plasmin inhibition)', () => {
  const lesionWith = (topical: string) => {
    const sim = restingBlock({ fitzpatrick: 4, topical }, true);
    const before = { vessel: mean(sim.pigment.vesselDrive), activity: mean(sim.pigment.activity) };
    hours(sim, 12, () => fillJunction(sim, sim.fTopical, 0.01));
    return { sim, before };
  };

  it('calms the lesion: the vessel signal regresses and melanocyte activity falls where it reaches', () => {
    const { sim, before } = lesionWith('tranexamic-acid');
    expect(mean(sim.pigment.vesselDrive)).toBeLessThan(before.vessel * 0.5);
    expect(mean(sim.pigment.activity)).toBeLessThan(before.activity);
  });

  it('cuts inflammatory stimulation too; another serum at the same level does nothing to pigment', () => {
    const { sim, before } = lesionWith('vitamin-c');
    expect(mean(sim.pigment.vesselDrive)).toBe(before.vessel);
    expect(mean(sim.pigment.activity)).toBe(before.activity);
    const inflamed = (topical: string) => {
      const s = restingBlock({ fitzpatrick: 5, topical });
      hours(s, 48, () => {
        fillJunction(s, s.fChemokine, 0.01);
        fillJunction(s, s.fTopical, 0.01);
      });
      return mean(s.pigment.activity);
    };
    expect(inflamed('tranexamic-acid')).toBeLessThan(inflamed('none'));
  });
});

describe('pigment state in runs', () => {
  const params = smallParams({ fitzpatrick: 5, topical: 'tranexamic-acid', sessions: 2, interval_days: 2 });

  it('round-trips through a checkpoint: a restored run continues bit-identically', () => {
    const first = createSimulation(params, 3, { conditionModule: melasma });
    first.advanceTo(30);
    const checkpoint = first.checkpoint();
    first.advanceTo(72);
    const resumed = createSimulation(params, 3, { conditionModule: melasma });
    resumed.restore(checkpoint);
    resumed.advanceTo(72);
    expect(Array.from(resumed.pigment.melanin)).toEqual(Array.from(first.pigment.melanin));
    expect(Array.from(resumed.pigment.activity)).toEqual(Array.from(first.pigment.activity));
    expect(Array.from(resumed.pigment.vesselDrive)).toEqual(Array.from(first.pigment.vesselDrive));
    expect(resumed.metrics().melanin_epidermal_rel).toEqual(first.metrics().melanin_epidermal_rel);
  });

  it('is deterministic: same params and seed give identical pigment; needling moved it', () => {
    const a = createSimulation(params, 5, { conditionModule: melasma });
    const b = createSimulation(params, 5, { conditionModule: melasma });
    a.advanceTo(60);
    b.advanceTo(60);
    expect(Array.from(a.pigment.melanin)).toEqual(Array.from(b.pigment.melanin));
    expect(a.pigment.meanMelanin()).not.toBe(a.pigment.melaninBefore);
    const improvement = a.metrics().improvement as number[];
    expect(improvement[0]).toBe(0);
  });
});
