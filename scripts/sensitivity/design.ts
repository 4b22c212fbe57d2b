/**
 * Morris trajectory design (Morris, Technometrics 1991; the trajectory form of Campolongo, Cariboni & Saltelli,
 * Environ Model Softw 2007). Each of r trajectories starts at a random point of the p-level grid on [0, 1]^k and
 * moves one factor at a time, in random order, by Δ = p / (2(p − 1)) up or down: k + 1 points, k elementary
 * effects. Seeded: the same (k, r, p, seed) always gives the same design.
 */
import { Rng } from '../../workers/engine/rng';

/** RNG stream of the design generator (a script stream, outside the engine's RngStream ids). */
const DESIGN_STREAM = 0x4d4f5252;

export interface Trajectory {
  /** k + 1 points in [0, 1]^k. */
  readonly points: readonly (readonly number[])[];
  /** Step j (1..k) moved factor `factors[j-1]` ... */
  readonly factors: readonly number[];
  /** ... by `directions[j-1]` × Δ (+1 or −1). */
  readonly directions: readonly number[];
}

export interface MorrisDesign {
  readonly k: number;
  readonly r: number;
  readonly p: number;
  readonly delta: number;
  readonly seed: number;
  readonly trajectories: readonly Trajectory[];
}

export function morrisDelta(p: number): number {
  return p / (2 * (p - 1));
}

export function morrisDesign(k: number, r: number, p: number, seed: number): MorrisDesign {
  if (!Number.isInteger(k) || k < 1) throw new Error(`Morris design needs k ≥ 1 factors, got ${k}`);
  if (!Number.isInteger(r) || r < 1) throw new Error(`Morris design needs r ≥ 1 trajectories, got ${r}`);
  if (!Number.isInteger(p) || p < 2 || p % 2 !== 0)
    throw new Error(`Morris design needs an even p ≥ 2 levels, got ${p}`);
  const rng = new Rng(seed, DESIGN_STREAM);
  const delta = morrisDelta(p);
  const half = p / 2;
  const trajectories: Trajectory[] = [];
  for (let t = 0; t < r; t++) {
    const directions = Array.from({ length: k }, () => (rng.next() < 0.5 ? 1 : -1));
    // A step of Δ is p/2 grid levels: start in the lower half to go up, in the upper half to go down.
    const start = directions.map((d) => {
      const level = Math.floor(rng.next() * half) + (d > 0 ? 0 : half);
      return level / (p - 1);
    });
    const order = Array.from({ length: k }, (_, i) => i);
    for (let i = k - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const points: number[][] = [start];
    for (const factor of order) {
      const next = [...points[points.length - 1]!];
      next[factor] = clampUnit(next[factor]! + directions[factor]! * delta);
      points.push(next);
    }
    trajectories.push({ points, factors: order, directions: order.map((f) => directions[f]!) });
  }
  return { k, r, p, delta, seed, trajectories };
}

/** Rounds away floating error at the cube's faces (levels are multiples of 1/(p−1)). */
function clampUnit(u: number): number {
  return Math.min(1, Math.max(0, Math.round(u * 1e12) / 1e12));
}
