/**
 * How a target's check is put together: a list of clauses (one per condition in the target's wording), each
 * measured and judged on its own, combined into one outcome. A clause whose metric is not modelled yet fails
 * with that reason, so a target is never passed by default and the other clauses still report what they saw.
 */
import type { RunResults, RunSpec } from './results';
import { MetricNotModelledError } from './results';

export interface TargetOutcome {
  pass: boolean;
  /** What the model did, in words and numbers. */
  measured: string;
  /** What the target asks. */
  expected: string;
  /** Why it failed beyond the numbers (e.g. "metric X not modelled yet"). */
  detail?: string;
}

/** One condition of a target, measured. */
export interface Clause {
  pass: boolean;
  measured: string;
  /** A reason to show in the detail column (e.g. "never reached 0.9"). */
  note?: string;
}

/**
 * How a target is met (issue 16): `emergent` — no rule or parameter was chosen to produce it; `calibrated` —
 * parameters were fitted to it (say which and to what); `prescribed` — a rule restates it, so passing it is not
 * validation.
 */
export const TARGET_BASES = ['emergent', 'calibrated', 'prescribed'] as const;
export type TargetBasisKind = (typeof TARGET_BASES)[number];
export interface TargetBasis {
  readonly kind: TargetBasisKind;
  /** The mechanism, or what was fitted to what, or the rule that restates the target. */
  readonly how: string;
}

export interface Target {
  /** T1–T13 from TARGETS.md; P… patient factors; D… topical delivery; M… melasma and epidermal pigment. */
  readonly id: string;
  readonly title: string;
  /** Citation text (TARGETS.md / EVIDENCE.md section and primary source). */
  readonly source: string;
  /** What passing means, in one line. */
  readonly expected: string;
  /** The tolerance chosen and why. */
  readonly tolerance: string;
  /** How the model meets it: emergent, calibrated (to what) or prescribed (a rule restates it). */
  readonly basis: TargetBasis;
  /** The runs the check reads. */
  readonly runs: readonly RunSpec[];
  check(results: RunResults): TargetOutcome;
}

export interface TargetDef extends Omit<Target, 'check'> {
  /** One thunk per condition; each reads the results it needs. */
  clauses(results: RunResults): (() => Clause)[];
}

export function defineTarget(def: TargetDef): Target {
  const { clauses, ...data } = def;
  return { ...data, check: (results) => judge(def.expected, clauses(results)) };
}

/** Evaluates every clause; the target passes only if all of them pass. */
export function judge(expected: string, clauses: readonly (() => Clause)[]): TargetOutcome {
  const measured: string[] = [];
  const details: string[] = [];
  let pass = clauses.length > 0;
  for (const clause of clauses) {
    const result = evaluateClause(clause);
    pass &&= result.pass;
    measured.push(result.measured);
    if (result.note) details.push(result.note);
  }
  // Two clauses missing the same metric say so once.
  const outcome: TargetOutcome = { pass, measured: [...new Set(measured)].join('; '), expected };
  if (details.length > 0) outcome.detail = [...new Set(details)].join('; ');
  return outcome;
}

function evaluateClause(clause: () => Clause): Clause {
  try {
    return clause();
  } catch (error) {
    if (error instanceof MetricNotModelledError) {
      return { pass: false, measured: `${error.metric}: —`, note: error.message };
    }
    throw error;
  }
}

/** Runs a target's check; an unexpected error becomes a FAIL naming it instead of stopping the whole run. */
export function evaluateTarget(target: Target, results: RunResults): TargetOutcome {
  try {
    return target.check(results);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { pass: false, measured: '—', expected: target.expected, detail: `check failed: ${message}` };
  }
}

/** A clause that passes when `ok`, with its measurement text. */
export function clause(ok: boolean, measured: string, failNote?: string): Clause {
  return ok || failNote === undefined ? { pass: ok, measured } : { pass: ok, measured, note: failNote };
}
