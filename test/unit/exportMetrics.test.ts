import { describe, expect, it } from 'vitest';
import { defaultParams, METRICS } from '../../workers/protocol';
import { parseShareState } from '../../src/scenario/shareState';
import {
  exportFileName,
  metricKeys,
  metricsCsv,
  metricsExport,
  metricsJson,
  readableJson,
} from '../../src/ui/share/exportMetrics';
import type { MetricSeries } from '../../src/ui/share/exportMetrics';

/** A series shaped like the worker's: every contract key (in a scrambled order), awkward numbers, and phase. */
function series(rows: number, offset = 0): MetricSeries {
  const out: Record<string, (number | string)[]> = {};
  for (const m of [...METRICS].reverse()) {
    out[m.key] = Array.from({ length: rows }, (_, i) =>
      m.key === 't_h' ? i : (i + offset) * 0.1 + 1 / 3 + (m.key === 'new_collagen' ? 1e-9 : 0),
    );
  }
  out.phase = Array.from({ length: rows }, (_, i) => (i < 2 ? 'hemostasis' : 'inflammation'));
  return out;
}

/** Minimal RFC 4180 reader for the tests (quoted fields with "" escapes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('metrics export: CSV', () => {
  it('orders columns as the metric contract (t_h first), then phase', () => {
    const keys = metricKeys(series(1));
    expect(keys).toEqual([...METRICS.map((m) => m.key), 'phase']);
    expect(keys[0]).toBe('t_h');
  });

  it('keeps unknown numeric keys (sorted) before phase', () => {
    const keys = metricKeys({ zeta: [1], t_h: [0], alpha: [2], phase: ['baseline'] });
    expect(keys).toEqual(['t_h', 'alpha', 'zeta', 'phase']);
  });

  it('writes a header of the exact keys and one row per model hour; numbers read back identical', () => {
    const s = series(5);
    const rows = parseCsv(metricsCsv([{ series: s }]));
    expect(rows[0]).toEqual(metricKeys(s));
    expect(rows).toHaveLength(1 + 5);
    const header = rows[0]!;
    for (let r = 0; r < 5; r++) {
      header.forEach((key, c) => {
        const cell = rows[1 + r]![c]!;
        const original = s[key]![r]!;
        if (typeof original === 'number') expect(Number(cell)).toBe(original);
        else expect(cell).toBe(original);
      });
    }
  });

  it('adds a side column, A rows then B rows, when comparing', () => {
    const a = series(3);
    const b = series(2, 7);
    const rows = parseCsv(
      metricsCsv([
        { label: 'A', series: a },
        { label: 'B', series: b },
      ]),
    );
    expect(rows[0]).toEqual(['side', ...metricKeys(a)]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['A', 'A', 'A', 'B', 'B']);
    const col = rows[0]!.indexOf('neutrophils');
    expect(Number(rows[4]![col])).toBe(b.neutrophils![0]);
  });

  it('quotes text that contains commas or quotes', () => {
    const rows = parseCsv(metricsCsv([{ series: { t_h: [0], phase: ['odd, "phase"'] } }]));
    expect(rows[1]).toEqual(['0', 'odd, "phase"']);
  });

  it('is empty without sides', () => {
    expect(metricsCsv([])).toBe('');
  });
});

describe('metrics export: JSON', () => {
  const scenario = parseShareState('?seed=7&needle_length_mm=2&t=48').state;
  const run = (s: MetricSeries, untreated = false) => ({ seed: 7, untreated, params: defaultParams(), series: s });

  it('carries version, notice, scenario, units for every key and the series exactly', () => {
    const a = series(4);
    const text = metricsJson({ appVersion: '9.9.9', link: 'http://x/?seed=7', scenario, a: run(a) });
    const doc = JSON.parse(text);
    expect(doc.healsim.version).toBe('9.9.9');
    expect(doc.healsim.notice).toMatch(/not a prediction/);
    expect(doc.scenario.seed).toBe(7);
    expect(doc.scenario.params).toEqual({ needle_length_mm: 2 });
    expect(doc.runs.a.params.needle_length_mm).toBe(defaultParams().needle_length_mm);
    expect(Object.keys(doc.metrics)).toEqual(metricKeys(a));
    for (const m of METRICS) {
      expect(doc.units[m.key]).toBe(m.unit);
      expect(doc.metrics[m.key]).toEqual(a[m.key]);
    }
    expect(doc.runs.b).toBeUndefined();
    expect(doc.healsim.sideB).toBeUndefined();
  });

  it("adds side B's series with the b. prefix when comparing", () => {
    const doc = metricsExport({ appVersion: '1', link: '', scenario, a: run(series(3)), b: run(series(2, 5), true) });
    expect(doc.metrics['b.neutrophils']).toEqual(series(2, 5).neutrophils);
    expect(doc.metrics['b.phase']).toHaveLength(2);
    expect(doc.runs).toMatchObject({ b: { untreated: true } });
  });

  it('readableJson expands the top levels, keeps arrays on one line and parses back', () => {
    const value = { a: { b: [1, 2, 3], c: { d: 1 } }, e: undefined, f: 'x' };
    const text = readableJson(value);
    expect(JSON.parse(text)).toEqual({ a: { b: [1, 2, 3], c: { d: 1 } }, f: 'x' });
    expect(text).toContain('"b": [1,2,3]');
    expect(text).toContain('"c": {"d":1}');
    expect(text.split('\n')).toHaveLength(7);
  });
});

describe('export file names', () => {
  it('name the preset, seed and model day', () => {
    expect(exportFileName('reference', 1, 48, 'csv')).toBe('healsim-reference-seed1-day2.csv');
    expect(exportFileName('acne-scars', 42, 52.7, 'png')).toBe('healsim-acne-scars-seed42-day2-4h.png');
    expect(exportFileName('reference', 3, 0, 'json')).toBe('healsim-reference-seed3-day0.json');
  });

  it('never contain path or shell characters', () => {
    expect(exportFileName('../x y', 1, 1, 'csv')).toBe('healsim--x-y-seed1-day0-1h.csv');
  });
});
