/**
 * Elementary effects and the Morris statistics. The elementary effect of factor i on one trajectory is the
 * change of the output when factor i alone moves UP by Δ (a down step counts with its sign reversed), in the
 * output's own unit: for y = Σ cᵢ·uᵢ on the unit cube every effect of factor i is cᵢ·Δ. Over the r
 * trajectories: μ = mean effect, μ* = mean |effect| (Campolongo 2007: importance, robust to effects of opposite
 * sign), σ = sample standard deviation (n − 1; non-linearity or interaction with other factors; 0 when r = 1).
 */
import type { MorrisDesign } from './design';

export interface FactorEffect {
  readonly mu: number;
  readonly muStar: number;
  readonly sigma: number;
  /** Effects that could be computed (an output that is NaN at either end of a step drops that effect). */
  readonly n: number;
}

/** `outputs[t][j]`: the output at point j of trajectory t. Returns one entry per factor, in factor order. */
export function elementaryEffects(design: MorrisDesign, outputs: readonly (readonly number[])[]): FactorEffect[] {
  const effects: number[][] = Array.from({ length: design.k }, () => []);
  design.trajectories.forEach((trajectory, t) => {
    const y = outputs[t]!;
    for (let j = 1; j < trajectory.points.length; j++) {
      const change = y[j]! - y[j - 1]!;
      if (Number.isFinite(change)) effects[trajectory.factors[j - 1]!]!.push(change * trajectory.directions[j - 1]!);
    }
  });
  return effects.map((list) => {
    const n = list.length;
    if (n === 0) return { mu: Number.NaN, muStar: Number.NaN, sigma: Number.NaN, n };
    const mu = list.reduce((s, e) => s + e, 0) / n;
    const muStar = list.reduce((s, e) => s + Math.abs(e), 0) / n;
    const sigma = n > 1 ? Math.sqrt(list.reduce((s, e) => s + (e - mu) ** 2, 0) / (n - 1)) : 0;
    return { mu, muStar, sigma, n };
  });
}
