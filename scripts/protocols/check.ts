/**
 * Checks every run of the protocol matrix against every invariant (invariants.ts) and lists every violation:
 * protocol, seed, invariant, metric, value and bound. A violation under a protocol the invariant's
 * `expectedHarm` covers is kept, marked expected with its source; a run that failed is a violation of its own.
 */
import type { SweepRecord } from '../sweep/output';
import type { Invariant } from './invariants';
import type { Protocol } from './matrix';

export interface ProtocolViolation {
  readonly protocol: Protocol;
  readonly seed: number;
  readonly invariant: string;
  readonly metric: string;
  readonly value: string;
  readonly bound: string;
  /** Set when the literature says this protocol is harmful here: the source. */
  readonly expected?: string;
}

export interface CheckResult {
  readonly violations: readonly ProtocolViolation[];
  /** Violations not covered by an expected harm: these fail the check. */
  readonly unexpected: number;
  /** Protocol × seed runs missing from the records (not run yet). */
  readonly missing: readonly string[];
}

export function checkProtocols(
  protocols: readonly Protocol[],
  seeds: readonly number[],
  records: readonly SweepRecord[],
  invariants: readonly Invariant[],
): CheckResult {
  const byRun = new Map(records.map((r) => [`${r.id}#${r.seed}`, r]));
  const violations: ProtocolViolation[] = [];
  const missing: string[] = [];
  for (const protocol of protocols) {
    for (const seed of seeds) {
      const record = byRun.get(`${protocol.id}#${seed}`);
      if (!record) {
        missing.push(`${protocol.id} seed ${seed}`);
        continue;
      }
      if (!record.ok) {
        violations.push({
          protocol,
          seed,
          invariant: 'run',
          metric: '—',
          value: record.error,
          bound: 'the run completes',
        });
        continue;
      }
      for (const invariant of invariants) {
        const harm = invariant.expectedHarm?.applies(protocol.changes) ? invariant.expectedHarm.source : undefined;
        for (const v of invariant.check(record.summary)) {
          violations.push({ protocol, seed, invariant: invariant.id, ...v, ...(harm ? { expected: harm } : {}) });
        }
      }
    }
  }
  return { violations, unexpected: violations.filter((v) => !v.expected).length, missing };
}
