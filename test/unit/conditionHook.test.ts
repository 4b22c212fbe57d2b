/**
 * The engine's condition hook (issue 17): one module per condition (workers/engine/conditions/), built with the
 * block, stepped hourly in the schedule, asked for the outcome metrics at every sample, its state in every
 * checkpoint. Normal skin adds nothing and reports what applies to healthy skin.
 */
import { describe, expect, it } from 'vitest';
import { CheckpointError } from '../../workers/engine/checkpoint';
import { CONDITION_MODULES, hasTissue } from '../../workers/engine/conditions/index';
import { dermalThicknessUm } from '../../workers/engine/conditions/measures';
import { createSimulation } from '../../workers/engine/simulation';
import type { ConditionModule } from '../../workers/engine/state';
import { SYSTEMS } from '../../workers/engine/systems';
import { CONDITION_IDS, isModelled } from '../../workers/model/conditions';
import { METRICS, OUTCOME_METRIC_KEYS } from '../../workers/model/metrics';
import type { Params } from '../../workers/model/params';
import { resolvePreset } from '../../workers/model/presets';

/** A small, fast block: 600 µm wide at the low tier (voxel 25 µm). */
function smallParams(overrides: Record<string, unknown> = {}): Params {
  const r = resolvePreset('reference', { block_width_um: 600, quality: 'low', ...overrides });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.params;
}

const numbers = (series: Record<string, number[] | string[]>, key: string) => series[key] as number[];

/**
 * A test-only condition with state that changes over time: a per-voxel "age" array and a scalar, stepped hourly with
 * draws from the condition's own stream, reported through `improvement` and `scar_depth_um`.
 */
function testCondition(calls: { build: number; step: number[] } = { build: 0, step: [] }): ConditionModule {
  return {
    build(sim) {
      calls.build++;
      const age = sim.condition.register('test.age', new Float32Array(sim.geometry.grid.size), { trimZeros: true });
      sim.condition.register('test.total', new Float64Array(1));
      age[sim.condition.rng.nextU32() % 100] = 1;
    },
    step(sim, dtH) {
      calls.step.push(dtH);
      const age = sim.condition.array<Float32Array>('test.age');
      const total = sim.condition.array<Float64Array>('test.total');
      const i = sim.condition.rng.nextU32() % 100;
      age[i] = age[i]! + dtH;
      total[0] = total[0]! + sim.condition.rng.next();
    },
    outcomes(sim, out) {
      out.improvement = sim.condition.array<Float64Array>('test.total')[0]!;
      out.scar_depth_um = sim.condition.array<Float32Array>('test.age').reduce((a, b) => a + b, 0);
    },
  };
}

describe('condition modules', () => {
  it('exist for every condition, with tissue exactly where the record says modelled', () => {
    expect(Object.keys(CONDITION_MODULES).sort()).toEqual([...CONDITION_IDS].sort());
    for (const id of CONDITION_IDS) expect(hasTissue(id), id).toBe(isModelled(id));
  });

  it('refuse to build a condition that is not modelled (never normal skin under its name)', () => {
    // Validation rejects it first; an unvalidated value reaching the engine still fails loudly.
    const params = { ...smallParams(), condition: 'acne-rolling' } as Params;
    expect(() => createSimulation(params, 1)).toThrow(/'acne-rolling' is not modelled yet/);
  });

  it('run hourly in the schedule, last', () => {
    expect(SYSTEMS.at(-1)).toMatchObject({ name: 'condition', everySteps: 10 });
    const calls = { build: 0, step: [] as number[] };
    const sim = createSimulation(smallParams(), 1, { conditionModule: testCondition(calls) });
    expect(calls.build).toBe(1);
    sim.advanceTo(5);
    expect(calls.step).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('outcome metrics', () => {
  it('are the last columns of the series, in order', () => {
    expect(METRICS.slice(-OUTCOME_METRIC_KEYS.length).map((m) => m.key)).toEqual([...OUTCOME_METRIC_KEYS]);
  });

  it('for normal skin: dermal thickness from the geometry, density from the matrix, melanin 1, the rest 0', () => {
    const untreated = createSimulation(smallParams(), 2, { untreated: true });
    untreated.advanceTo(24);
    const u = untreated.metrics();
    // Cheek: dermis bottom 12 + 65 + 250 + 1000 µm, DEJ at 77 µm on average (rete ridges average out).
    expect(dermalThicknessUm(untreated.geometry)).toBeCloseTo(1250, 0);
    expect(numbers(u, 'dermal_thickness_um').every((v) => v === dermalThicknessUm(untreated.geometry))).toBe(true);
    expect(numbers(u, 'dermal_density_rel')[0]).toBe(1);
    for (const v of numbers(u, 'dermal_density_rel')) expect(v).toBeCloseTo(1, 6);
    expect(numbers(u, 'melanin_epidermal_rel').every((v) => v === 1)).toBe(true);
    for (const key of OUTCOME_METRIC_KEYS) {
      if (key === 'dermal_thickness_um' || key === 'dermal_density_rel' || key === 'melanin_epidermal_rel') continue;
      expect(
        numbers(u, key).every((v) => v === 0),
        key,
      ).toBe(true);
    }
    // Needled: the channels tore dermal matrix at t = 0 (the lumen keeps 0.8 of it), so the density dips.
    const treated = createSimulation(smallParams(), 2);
    expect(numbers(treated.metrics(), 'dermal_density_rel')[0]).toBeLessThan(1);
    expect(numbers(treated.metrics(), 'dermal_density_rel')[0]).toBeGreaterThan(0.95);
  });

  it('follow the back’s block floor where the dermis is deeper than the block', () => {
    const sim = createSimulation(smallParams({ body_site: 'back' }), 1, { untreated: true });
    const floor = Math.min(sim.geometry.dermisBottomUm, sim.geometry.depthUm);
    expect(numbers(sim.metrics(), 'dermal_thickness_um')[0]).toBeCloseTo(floor - 11 - 70, 0);
  });
});

describe('condition state in checkpoints', () => {
  const params = () => smallParams({ sessions: 2, interval_days: 1 });

  it('round-trips a condition’s registered arrays and random stream: a restored run continues bit-identically', () => {
    const straight = createSimulation(params(), 9, { conditionModule: testCondition() });
    straight.advanceTo(30);

    const first = createSimulation(params(), 9, { conditionModule: testCondition() });
    first.advanceTo(13.3);
    const checkpoint = first.checkpoint();
    first.advanceTo(20); // the original keeps going; the checkpoint must not change with it

    const resumed = createSimulation(params(), 9, { conditionModule: testCondition() });
    resumed.advanceTo(3);
    resumed.restore(checkpoint);
    resumed.advanceTo(30);
    expect(Array.from(resumed.condition.array<Float32Array>('test.age'))).toEqual(
      Array.from(straight.condition.array<Float32Array>('test.age')),
    );
    expect(resumed.condition.array<Float64Array>('test.total')[0]).toBe(
      straight.condition.array<Float64Array>('test.total')[0],
    );
    expect(Array.from(resumed.condition.rng.state)).toEqual(Array.from(straight.condition.rng.state));
    expect(JSON.stringify(resumed.metrics())).toBe(JSON.stringify(straight.metrics()));
    expect(numbers(straight.metrics(), 'improvement').at(-1)).toBeGreaterThan(0);
  });

  it('are part of the layout: a checkpoint of another condition’s block is refused', () => {
    const normal = createSimulation(params(), 9);
    const other = createSimulation(params(), 9, { conditionModule: testCondition() });
    expect(() => other.restore(normal.checkpoint())).toThrow(CheckpointError);
    expect(() => normal.restore(other.checkpoint())).toThrow(CheckpointError);
  });

  it('can only be registered while the block is built, once per name', () => {
    const sim = createSimulation(params(), 9, { conditionModule: testCondition() });
    expect(() => sim.condition.register('late', new Float32Array(1))).toThrow(/after the block was built/);
    const twice: ConditionModule = {
      build(s) {
        s.condition.register('a', new Float32Array(1));
        s.condition.register('a', new Float32Array(1));
      },
      outcomes: () => undefined,
    };
    expect(() => createSimulation(params(), 9, { conditionModule: twice })).toThrow(/registered twice/);
    expect(() => sim.condition.array('missing')).toThrow(/no array 'missing'/);
  });
});
