/**
 * The factors of the Morris screen: every numeric model parameter whose evidence level (params.ts) is 'assumed'
 * or 'calibrated', screened over its whole schema range. Engine settings (section 'engine': quality, block
 * width) are numerical choices, not biology, and the user's choices (groups 'treatment' and 'patient') are
 * inputs, not parameters to be uncertain about; both are left out. A log-scale parameter is screened on a log
 * axis (its range spans orders of magnitude), an integer one is rounded.
 */
import type { ParamDef } from '../../workers/model/params';
import { PARAM_SCHEMA } from '../../workers/model/params';

export interface Factor {
  readonly id: string;
  readonly min: number;
  readonly max: number;
  readonly scale: 'linear' | 'log';
  readonly integer: boolean;
  readonly evidence: 'assumed' | 'calibrated';
}

export function screenFactors(only?: readonly string[]): Factor[] {
  const factors: Factor[] = [];
  for (const def of PARAM_SCHEMA as readonly ParamDef[]) {
    if (def.kind !== 'number' && def.kind !== 'integer') continue;
    if (def.evidence !== 'assumed' && def.evidence !== 'calibrated') continue;
    if (def.group !== 'model' || def.section === 'engine') continue;
    if (only && !only.includes(def.id)) continue;
    factors.push({
      id: def.id,
      min: def.min,
      max: def.max,
      scale: def.scale === 'log' && def.min > 0 ? 'log' : 'linear',
      integer: def.kind === 'integer',
      evidence: def.evidence,
    });
  }
  return factors;
}

/** The parameter value at position u ∈ [0, 1] of the factor's range (on its own scale). */
export function factorValue(factor: Factor, u: number): number {
  const raw =
    factor.scale === 'log'
      ? Math.exp(Math.log(factor.min) + u * (Math.log(factor.max) - Math.log(factor.min)))
      : factor.min + u * (factor.max - factor.min);
  // Clamp away the last ulp of exp/log rounding so the value stays inside the schema range.
  const value = Math.min(factor.max, Math.max(factor.min, raw));
  return factor.integer ? Math.round(value) : Number(value.toPrecision(12));
}
