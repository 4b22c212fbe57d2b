import { describe, expect, it } from 'vitest';
import { AgentStore } from '../../workers/engine/agents';
import { allocateFrameBuffers, writeFrame } from '../../workers/engine/frame';
import { createSimulation, DOMAIN_UM, DT_H } from '../../workers/engine/simulation';

describe('AgentStore', () => {
  it('spawns into the next slot, kills by swapping the last agent in, and refuses past capacity', () => {
    const s = new AgentStore(3);
    expect(s.spawn(0, 1, 1, 1)).toBe(0);
    expect(s.spawn(1, 2, 2, 2)).toBe(1);
    expect(s.spawn(2, 3, 3, 3)).toBe(2);
    expect(s.spawn(0, 4, 4, 4)).toBe(-1);
    s.kill(0);
    expect(s.count).toBe(2);
    expect(s.kind[0]).toBe(2);
    expect(s.x[0]).toBe(3);
    s.kill(1);
    expect(s.count).toBe(1);
    expect(s.kind[0]).toBe(2);
  });
});

describe('Simulation (foundation slice)', () => {
  it('advances in fixed model steps: time is stepIndex × dt', () => {
    const sim = createSimulation({ seed: 3, agentCount: 10 });
    sim.advanceTo(2.05);
    expect(sim.stepIndex).toBe(20);
    expect(sim.timeH).toBeCloseTo(20 * DT_H, 12);
    sim.advanceTo(1); // never goes backwards
    expect(sim.stepIndex).toBe(20);
  });

  it('reaches bit-identical state however the run is sliced', () => {
    const straight = createSimulation({ seed: 11, agentCount: 500 });
    straight.advanceTo(24);
    const sliced = createSimulation({ seed: 11, agentCount: 500 });
    for (const t of [0.3, 0.31, 5, 5, 12.7, 24]) sliced.advanceTo(t);
    while (sliced.stepIndex < straight.stepIndex) sliced.step();
    expect(Array.from(sliced.agents.x)).toEqual(Array.from(straight.agents.x));
    expect(Array.from(sliced.agents.z)).toEqual(Array.from(straight.agents.z));
  });

  it('differs between seeds', () => {
    const a = createSimulation({ seed: 1, agentCount: 50 });
    const b = createSimulation({ seed: 2, agentCount: 50 });
    expect(Array.from(a.agents.x)).not.toEqual(Array.from(b.agents.x));
  });

  it('keeps every agent inside the domain with finite coordinates', () => {
    const sim = createSimulation({ seed: 5, agentCount: 2000 });
    sim.advanceTo(72);
    const { x, y, z, count } = sim.agents;
    for (let i = 0; i < count; i++) {
      expect(Number.isFinite(x[i]!) && x[i]! >= 0 && x[i]! <= DOMAIN_UM.x).toBe(true);
      expect(Number.isFinite(y[i]!) && y[i]! >= 0 && y[i]! <= DOMAIN_UM.y).toBe(true);
      expect(Number.isFinite(z[i]!) && z[i]! >= 0 && z[i]! <= DOMAIN_UM.z).toBe(true);
    }
  });

  it('writes frames into the given buffers (no new arrays) with interleaved positions', () => {
    const sim = createSimulation({ seed: 9, agentCount: 4 });
    const buffers = allocateFrameBuffers(4);
    const frame = writeFrame(sim, buffers);
    expect(frame.positions).toBe(buffers.positions);
    expect(frame.kinds).toBe(buffers.kinds);
    expect(frame.count).toBe(4);
    expect(frame.positions[3]).toBe(sim.agents.x[1]);
    expect(frame.positions[5]).toBe(sim.agents.z[1]);
  });
});
