import { describe, expect, it } from 'vitest';
import { AgentStore, SpatialHash } from '../../workers/engine/agents';
import { createGrid } from '../../workers/engine/grid';
import { deposit, sampleGradient, sampleTrilinear } from '../../workers/engine/sampling';
import { Rng } from '../../workers/engine/rng';

describe('AgentStore', () => {
  it('spawns into the next slot, kills by swapping the last agent in, and refuses past capacity', () => {
    const s = new AgentStore(3);
    expect(s.spawn(0, 1, 1, 1)).toBe(0);
    expect(s.spawn(1, 2, 2, 2)).toBe(1);
    expect(s.spawn(2, 3, 3, 3)).toBe(2);
    expect(s.spawn(0, 4, 4, 4)).toBe(-1);
    const lastId = s.id[2];
    s.kill(0);
    expect(s.count).toBe(2);
    expect(s.kind[0]).toBe(2);
    expect(s.x[0]).toBe(3);
    expect(s.id[0]).toBe(lastId);
    s.kill(1);
    expect(s.count).toBe(1);
    expect(s.kind[0]).toBe(2);
  });
});

describe('SpatialHash', () => {
  it('finds exactly the neighbours a brute-force search finds, before and after sorting agents by bin', () => {
    const r = new Rng(4, 1);
    const agents = new AgentStore(2000);
    for (let i = 0; i < 2000; i++) agents.spawn(0, r.uniform(0, 500), r.uniform(0, 500), r.uniform(0, 300));
    const hash = new SpatialHash(500, 500, 300, 40, agents.capacity);
    const check = () => {
      hash.build(agents);
      for (let q = 0; q < 50; q++) {
        const found: number[] = [];
        hash.forEachNeighbour(agents, agents.x[q]!, agents.y[q]!, agents.z[q]!, 35, q, (j) =>
          found.push(agents.id[j]!),
        );
        const brute: number[] = [];
        for (let j = 0; j < agents.count; j++) {
          if (j === q) continue;
          const d = Math.hypot(agents.x[j]! - agents.x[q]!, agents.y[j]! - agents.y[q]!, agents.z[j]! - agents.z[q]!);
          if (d <= 35) brute.push(agents.id[j]!);
        }
        expect(found.sort((a, b) => a - b)).toEqual(brute.sort((a, b) => a - b));
      }
    };
    check();
    const ids = new Set(Array.from(agents.id.subarray(0, agents.count)));
    hash.build(agents);
    hash.sortAgents(agents);
    expect(new Set(Array.from(agents.id.subarray(0, agents.count)))).toEqual(ids);
    check();
  });
});

describe('field sampling', () => {
  const g = createGrid(10, 8, 6, 20);
  const linear = new Float32Array(g.size);
  for (let iz = 0; iz < g.nz; iz++)
    for (let iy = 0; iy < g.ny; iy++)
      for (let ix = 0; ix < g.nx; ix++) {
        const x = (ix + 0.5) * 20;
        const y = (iy + 0.5) * 20;
        const z = (iz + 0.5) * 20;
        linear[ix + g.nx * (iy + g.ny * iz)] = 2 * x - y + 0.5 * z + 3;
      }

  it('is exact for a linear field inside the grid (trilinear) and gives its gradient', () => {
    for (const [x, y, z] of [
      [33, 47, 61],
      [100.5, 20.1, 30],
      [170, 140, 90],
    ] as const) {
      expect(sampleTrilinear(linear, g, x, y, z)).toBeCloseTo(2 * x - y + 0.5 * z + 3, 3);
      const out = new Float32Array(3);
      sampleGradient(linear, g, x, y, z, out);
      expect(out[0]).toBeCloseTo(2, 4);
      expect(out[1]).toBeCloseTo(-1, 4);
      expect(out[2]).toBeCloseTo(0.5, 4);
    }
  });

  it('deposits into the containing voxel, conserving the amount', () => {
    const src = new Float32Array(g.size);
    deposit(src, g, 45, 25, 99, 2.5);
    deposit(src, g, 999, -5, 50, 1); // outside: clamped to the nearest face voxel
    expect(src[2 + g.nx * (1 + g.ny * 4)]).toBe(2.5);
    expect(src.reduce((a, b) => a + b, 0)).toBe(3.5);
  });
});
