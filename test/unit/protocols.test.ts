/**
 * The protocol matrix covers the app's input space as params.ts declares it, and the invariants catch what
 * they claim to (on made-up summaries: a physiological run passes, each broken bound is listed, a harmful
 * protocol's violation is kept but marked expected).
 */
import { describe, expect, it } from 'vitest';
import { checkProtocols } from '../../scripts/protocols/check';
import { INVARIANTS } from '../../scripts/protocols/invariants';
import type { Protocol } from '../../scripts/protocols/matrix';
import { factorLevels, FOLLOW_UP_DAYS, matrixRows, protocolMatrix } from '../../scripts/protocols/matrix';
import { protocolsMarkdown } from '../../scripts/protocols/report';
import type { SweepRecord } from '../../scripts/sweep/output';
import type { MetricSummary, RunSummary } from '../../scripts/sweep/summary';
import { PARAM_BY_ID } from '../../workers/model/params';
import { validateParams } from '../../workers/model/paramValidation';

describe('protocol matrix', () => {
  const full = protocolMatrix('full');
  const small = protocolMatrix('small');
  const values = (matrix: Protocol[], id: string) =>
    new Set(matrix.map((p) => p.changes[id] ?? PARAM_BY_ID[id as keyof typeof PARAM_BY_ID].default));

  it('reaches the schema bounds of sessions, interval and needle length', () => {
    const { sessions, interval_days: interval, needle_length_mm: needle } = PARAM_BY_ID;
    for (const [def, id] of [
      [sessions, 'sessions'],
      [interval, 'interval_days'],
      [needle, 'needle_length_mm'],
    ] as const) {
      expect(values(full, id)).toContain(def.min);
      expect(values(full, id)).toContain(def.max);
    }
    expect(values(small, 'sessions')).toContain(sessions.max);
    expect(values(small, 'needle_length_mm')).toContain(needle.max);
    expect(values(small, 'needle_length_mm')).toContain(needle.min);
  });

  it('tries every device, body site and patient factor in both matrices', () => {
    for (const matrix of [full, small]) {
      for (const option of PARAM_BY_ID.device.options) expect(values(matrix, 'device')).toContain(option.value);
      for (const option of PARAM_BY_ID.body_site.options) expect(values(matrix, 'body_site')).toContain(option.value);
      for (const id of ['smoker', 'diabetes', 'keloid_tendency']) expect(values(matrix, id)).toContain(true);
      for (const id of ['age_years', 'fitzpatrick'] as const) {
        expect(values(matrix, id)).toContain(PARAM_BY_ID[id].min);
        expect(values(matrix, id)).toContain(PARAM_BY_ID[id].max);
      }
    }
    expect(factorLevels().length).toBeGreaterThanOrEqual(13);
  });

  it('runs each protocol to 3 months after its last session, with rows the schema accepts', () => {
    for (const p of full) {
      const sessions = Number(p.changes.sessions ?? PARAM_BY_ID.sessions.default);
      const interval = Number(p.changes.interval_days ?? PARAM_BY_ID.interval_days.default);
      expect(p.days).toBe((sessions - 1) * interval + FOLLOW_UP_DAYS);
      expect(validateParams(p.changes).ok).toBe(true);
    }
    const rows = matrixRows(small, [1, 2]);
    expect(rows).toHaveLength(small.length * 2);
    expect(new Set(rows.map((r) => `${r.id}#${r.seed}`)).size).toBe(rows.length);
    expect(small.filter((p) => p.extreme).map((p) => p.id)).toEqual(['s12-i7-n2.5', 's6-i14-n1.5', 's1-i0-n0.25']);
  });
});

function metric(first: number, last: number, min: number, max: number): MetricSummary {
  return { first, last, min, max, tMaxH: 100, nonFinite: 0 };
}

/** A run that keeps every invariant. */
function healthy(): Record<string, MetricSummary> {
  return {
    fibroblasts: metric(20000, 20500, 18000, 26000),
    myofibroblasts: metric(0, 100, 0, 4000),
    fibroblast_lineage: metric(20000, 20600, 18000, 28000),
    myofibroblast_share: metric(0, 0.005, 0, 0.2),
    alignment_tz: metric(0.1, 0.105, 0.1, 0.13),
    collagen_i: metric(1, 1.1, 0.99, 1.15),
    collagen_iii: metric(1, 1.05, 0.99, 1.3),
    collagen_total: metric(1, 1.09, 0.99, 1.17),
    collagen_iii_share: metric(0.15, 0.15, 0.15, 0.17),
    new_collagen: metric(0, 2, -0.1, 2.5),
    elastin: metric(1, 0.98, 0.95, 1.02),
    epidermal_thickness: metric(1, 1.1, 0.95, 1.2),
    barrier: metric(0.4, 1, 0.4, 1),
    vessels_tz: metric(0.95, 1.05, 0.95, 2.5),
    neutrophils: metric(0, 0, 0, 500),
    macrophages_m1: metric(0, 1, 0, 300),
    erythema: metric(0, 0, 0, 0.6),
    pigment_risk: metric(0, 0, 0, 0.1),
    channels_per_mm2: metric(30, 90, 30, 90),
  };
}

function record(id: string, metrics: Record<string, MetricSummary>): SweepRecord {
  const summary: RunSummary = { endH: 2400, samples: 2401, metrics };
  return { id, index: 0, seed: 1, days: 100, changes: {}, engine: 'e', wallS: 1, ok: true, summary };
}

const plain: Protocol = { id: 'p', label: 'p', changes: {}, days: 90, extreme: false };
const keloid: Protocol = { id: 'k', label: 'k', changes: { keloid_tendency: true }, days: 90, extreme: false };

describe('protocol invariants', () => {
  it('declare an id, a bound and a source each', () => {
    expect(new Set(INVARIANTS.map((i) => i.id)).size).toBe(INVARIANTS.length);
    for (const i of INVARIANTS) {
      expect(i.bound.length).toBeGreaterThan(3);
      expect(i.source.length).toBeGreaterThan(10);
    }
  });

  it('pass a physiological run', () => {
    const result = checkProtocols([plain], [1], [record('p', healthy())], INVARIANTS);
    expect(result.violations).toEqual([]);
    expect(result.unexpected).toBe(0);
  });

  it('list every broken bound with protocol, metric, value and bound', () => {
    const m = healthy();
    m.fibroblast_lineage = metric(20000, 10000, 9000, 20000); // depleted, not returning
    m.myofibroblast_share = metric(0, 0.5, 0, 0.8); // majority, persistent
    m.alignment_tz = metric(0.1, 0.2, 0.1, 0.2); // doubled, never relaxes
    m.elastin = { ...metric(1, 1, 1, 1), nonFinite: 3 };
    m.barrier = metric(0.4, 1, -0.1, 1);
    m.collagen_iii_share = metric(0.15, 0.2, 0.15, 0.45); // type III the majority of new matrix
    const result = checkProtocols([plain], [1], [record('p', m)], INVARIANTS);
    const ids = result.violations.map((v) => v.invariant);
    expect(ids).toEqual(
      expect.arrayContaining([
        'finite',
        'non-negative',
        'lineage-floor',
        'lineage-returns',
        'myofibroblast-share',
        'myofibroblast-transient',
        'alignment-bounded',
        'alignment-relaxes',
        'collagen-bounded',
      ]),
    );
    const floor = result.violations.find((v) => v.invariant === 'lineage-floor')!;
    expect(floor).toMatchObject({ metric: 'fibroblast_lineage (min)', value: '0.45 × t = 0', bound: '≥ 0.5 × t = 0' });
    expect(result.unexpected).toBe(result.violations.length);
  });

  it('keep a violation the literature expects, marked with its source, without failing on it', () => {
    const m = healthy();
    m.myofibroblast_share = metric(0, 0.3, 0, 0.6);
    const result = checkProtocols([keloid, plain], [1], [record('k', m), record('p', m)], INVARIANTS);
    const forKeloid = result.violations.filter((v) => v.protocol.id === 'k');
    expect(forKeloid.length).toBeGreaterThan(0);
    expect(forKeloid.every((v) => v.expected?.includes('Gauglitz'))).toBe(true);
    expect(result.unexpected).toBe(result.violations.filter((v) => v.protocol.id === 'p').length);
  });

  it('report a missing metric, a failed run and a run not done as violations', () => {
    const m = healthy();
    delete m.elastin;
    const failed: SweepRecord = { ...record('q', {}), ok: false, error: 'boom' } as SweepRecord;
    const q: Protocol = { ...plain, id: 'q' };
    const r: Protocol = { ...plain, id: 'r' };
    const result = checkProtocols([plain, q, r], [1], [record('p', m), failed], INVARIANTS);
    expect(result.violations.find((v) => v.invariant === 'elastin-bounded')?.value).toBe('missing');
    expect(result.violations.find((v) => v.protocol.id === 'q')).toMatchObject({ invariant: 'run', value: 'boom' });
    expect(result.missing).toEqual(['r seed 1']);
    const markdown = protocolsMarkdown({
      size: 'small',
      seeds: [1],
      base: { quality: 'low' },
      engine: 'e',
      protocols: [plain, q, r],
      invariants: INVARIANTS,
      result,
      plots: [],
      plotDir: 'protocols',
    });
    expect(markdown).toMatch(/\| p \| 1 \| elastin-bounded \| elastin \| missing \|/);
    expect(markdown).toMatch(/## Missing runs/);
  });
});
