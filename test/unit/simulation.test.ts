import { describe, expect, it } from 'vitest';
import { CellKind } from '../../workers/model/cellKinds';
import { allocateFrameBuffers, frameShape, writeFrame } from '../../workers/engine/frame';
import { CENSUS_KINDS, CENSUS_STATES } from '../../workers/model/sceneLayout';
import { frameTransferables } from '../../workers/protocol';
import { SceneSampler } from '../../workers/engine/sceneSampler';
import { CheckpointError } from '../../workers/engine/checkpoint';
import { resolvePreset } from '../../workers/model/presets';
import type { Params } from '../../workers/model/params';
import { createSimulation, DT_H } from '../../workers/engine/simulation';

/** A small, fast block: 600 µm wide at the low tier (voxel 25 µm). */
function smallParams(overrides: Record<string, unknown> = {}): Params {
  const r = resolvePreset('reference', { block_width_um: 600, quality: 'low', ...overrides });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.params;
}

function fieldsSnapshot(sim: ReturnType<typeof createSimulation>): number[][] {
  return sim.fields.values.map((v) => Array.from(v));
}

describe('Simulation facade', () => {
  it('advances in fixed model steps: time is stepIndex × dt, never backwards', () => {
    const sim = createSimulation(smallParams(), 3);
    sim.advanceTo(2.05);
    expect(sim.stepIndex).toBe(20);
    expect(sim.timeH).toBeCloseTo(20 * DT_H, 12);
    sim.advanceTo(1);
    expect(sim.stepIndex).toBe(20);
  });

  it('is deterministic: same params + seed ⇒ identical metrics JSON, however the run is sliced', () => {
    const a = createSimulation(smallParams(), 11);
    a.advanceTo(30);
    const b = createSimulation(smallParams(), 11);
    for (const t of [0.3, 0.31, 5, 5, 12.7, 30]) b.advanceTo(t);
    expect(JSON.stringify(b.metrics())).toBe(JSON.stringify(a.metrics()));
    expect(Array.from(b.agents.x.subarray(0, b.agents.count))).toEqual(
      Array.from(a.agents.x.subarray(0, a.agents.count)),
    );
    expect(fieldsSnapshot(b)).toEqual(fieldsSnapshot(a));
  });

  it('differs between seeds', () => {
    const a = createSimulation(smallParams(), 1);
    const b = createSimulation(smallParams(), 2);
    expect(Array.from(a.agents.x.subarray(0, 50))).not.toEqual(Array.from(b.agents.x.subarray(0, 50)));
  });

  it('keeps invariants over a session: finite, non-negative fields; fibroblasts inside the dermis band', () => {
    const sim = createSimulation(smallParams(), 5);
    sim.advanceTo(48);
    for (const v of sim.fields.values) {
      for (let i = 0; i < v.length; i++) {
        if (!(Number.isFinite(v[i]!) && v[i]! >= 0)) throw new Error(`bad field value ${v[i]} at ${i}`);
      }
    }
    const { x, y, z, count, kind } = sim.agents;
    const w = sim.geometry.widthUm;
    const top = sim.geometry.stack.stratumCorneumUm + sim.geometry.stack.epidermisUm;
    for (let i = 0; i < count; i++) {
      expect(x[i]! >= 0 && x[i]! < w && y[i]! >= 0 && y[i]! < w).toBe(true);
      const minDepth = kind[i] === CellKind.fibroblast ? top : sim.geometry.stack.stratumCorneumUm;
      // Fibroblasts stay in the dermis; leukocytes and platelet aggregates may be in the fat under deep channels.
      const maxDepth = kind[i] === CellKind.fibroblast ? sim.geometry.dermisBottomUm : sim.geometry.depthUm;
      expect(z[i]! >= minDepth && z[i]! <= maxDepth).toBe(true);
    }
    // The injury signal spread from the channels, and the lumens are closing.
    expect(sim.channels.count).toBeGreaterThan(0);
    const patency = sim.metrics().channel_patency as number[];
    // An hour in, elastic recoil has closed only part of each lumen (channel_recoil_fraction of its radius).
    expect(patency[1]).toBeGreaterThan(0.75);
    expect(patency[48]).toBeLessThan(patency[1]!);
  });

  it('restores a checkpoint and continues bit-identically to an uninterrupted run', () => {
    const straight = createSimulation(smallParams({ sessions: 2, interval_days: 1 }), 9);
    straight.advanceTo(40);

    const first = createSimulation(smallParams({ sessions: 2, interval_days: 1 }), 9);
    first.advanceTo(13.3);
    const checkpoint = first.checkpoint();
    first.advanceTo(20); // the original keeps going; the checkpoint must not change with it

    const resumed = createSimulation(smallParams({ sessions: 2, interval_days: 1 }), 9);
    // Restore overwrites whatever state it had — here a later one, after the second session widened the treated zone.
    resumed.advanceTo(30);
    resumed.restore(checkpoint);
    expect(resumed.stepIndex).toBe(133);
    resumed.advanceTo(40);
    expect(resumed.sessionsDone).toBe(2);
    expect(JSON.stringify(resumed.metrics())).toBe(JSON.stringify(straight.metrics()));
    expect(fieldsSnapshot(resumed)).toEqual(fieldsSnapshot(straight));
    expect(Array.from(resumed.agents.id.subarray(0, resumed.agents.count))).toEqual(
      Array.from(straight.agents.id.subarray(0, straight.agents.count)),
    );
  });

  it('refuses a checkpoint from a simulation with other parameters, or a damaged one', () => {
    const a = createSimulation(smallParams(), 1);
    const cp = a.checkpoint();
    const other = createSimulation(smallParams({ block_width_um: 800 }), 1);
    expect(() => other.restore(cp)).toThrow(CheckpointError);
    expect(() => a.restore(cp.slice(0, 100))).toThrow(CheckpointError);
    expect(() => a.restore(new ArrayBuffer(64))).toThrow(/not a HealSim checkpoint/);
  });

  it('writes frames into the given buffers (no new arrays) with interleaved positions', () => {
    const sim = createSimulation(smallParams(), 9);
    const sampler = new SceneSampler(sim);
    const buffers = allocateFrameBuffers(frameShape(sim, sampler));
    const frame = writeFrame(sim, buffers, sampler);
    expect(frame.positions).toBe(buffers.positions);
    expect(frame.kinds).toBe(buffers.kinds);
    expect(frame.count).toBe(sim.agents.count);
    expect(frame.positions[3]).toBe(sim.agents.x[1]);
    expect(frame.positions[5]).toBe(sim.agents.z[1]);
    expect(frame.states).toBe(buffers.states);
    expect(frame.headings[4]).toBe(sim.agents.py[1]);
    expect(frame.ids[1]).toBe(sim.agents.id[1]);
    // The census counts every live agent once, in its kind's row.
    const byKind = new Array<number>(CENSUS_KINDS).fill(0);
    for (let i = 0; i < frame.count; i++) byKind[frame.kinds[i]!]!++;
    for (let k = 0; k < CENSUS_KINDS; k++) {
      const row = frame.census.subarray(k * CENSUS_STATES, (k + 1) * CENSUS_STATES);
      expect(row.reduce((a, b) => a + b, 0)).toBe(byKind[k]);
    }
    expect(Object.keys(CellKind)).toHaveLength(CENSUS_KINDS);
    // Every buffer of the set travels by transfer.
    const transferred = new Set(frameTransferables(buffers));
    for (const array of Object.values(buffers)) expect(transferred.has(array.buffer as ArrayBuffer)).toBe(true);
  });

  it('records the metrics contract keys it knows, hourly, from t = 0', () => {
    const sim = createSimulation(smallParams(), 1);
    sim.advanceTo(5);
    const m = sim.metrics();
    expect(m.t_h).toEqual([0, 1, 2, 3, 4, 5]);
    // The session at t = 0 has happened in the state at t = 0: channels are open, bleeding ones clotting.
    expect(m.phase![0]).toBe('hemostasis');
    expect(m.channel_patency![0]).toBe(1);
    expect(m.phase![1]).toBe('inflammation');
    for (const key of ['fibroblasts', 'channel_patency']) expect(m[key]).toHaveLength(6);
  });
});

describe('neutrophils', () => {
  it('are absent before needling, recruited by the injury signal after it, and cleared by apoptosis', () => {
    const params = smallParams();
    const sim = createSimulation(params, 21);
    sim.advanceTo(36);
    const series = sim.metrics().neutrophils as number[];
    expect(series[0]).toBe(0);
    expect(series[24]!).toBeGreaterThan(100);
    // No injury, no recruitment: a block never needled has no neutrophils.
    const r = resolvePreset('reference', {
      block_width_um: 600,
      quality: 'low',
      needle_length_mm: 0.25,
      skin_tenting_um: 400,
    });
    if (!r.ok) throw new Error('bad params');
    const intact = createSimulation(r.params, 21);
    intact.advanceTo(12);
    expect(intact.channels.count).toBe(0);
    expect(Math.max(...(intact.metrics().neutrophils as number[]))).toBe(0);
  });

  it('keeps an untreated control block at rest: no channels, no inflammation, matrix unchanged', () => {
    const sim = createSimulation(smallParams({ sessions: 3 }), 3, { untreated: true });
    sim.advanceTo(72);
    const m = sim.metrics(0) as Record<string, number[] | string[]>;
    expect(sim.channels.count).toBe(0);
    expect(Math.max(...(m.neutrophils as number[]))).toBe(0);
    expect(m.collagen_i!.at(-1)).toBeCloseTo(1, 6);
    expect(m.barrier!.at(-1)).toBe(1);
    expect(new Set(m.phase as string[])).toEqual(new Set(['baseline']));
    expect(sim.sessionTimesH()).toEqual([]);
  });
});
