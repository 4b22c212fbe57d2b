/**
 * The evidence panel's sensitivity marks (src/ui/evidence/sensitivity.ts): the rule (top 3 by μ*, at least a
 * quarter of the leader, finite and > 0; ties share a rank), defensive reading of the Morris screen's file, the
 * output names in every language, and the mark and filter as rendered (static markup, as i18n-panels.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCREEN_OUTPUTS } from '../../scripts/sensitivity/outputs';
import { screenFactors } from '../../scripts/sensitivity/parameters';
import type { RankedEffect, SensitivityResult } from '../../scripts/sensitivity/screen';
import { SENSITIVITY_VERSION } from '../../scripts/sensitivity/screen';
import { getParamDef, PARAM_SCHEMA } from '../../workers/protocol';
import type { ParamDef, SimInfo } from '../../workers/protocol';
import { LOCALES, setLocale } from '../../src/i18n';
import type { SimClient } from '../../src/sim/simClient';
import { isFiltering, matchesFilter, NO_FILTER } from '../../src/ui/evidence/evidenceModel';
import { sensitivityOutputLabel } from '../../src/ui/evidence/evidenceText';
import { ParamEntry } from '../../src/ui/evidence/ParamEntry';
import { SENSITIVITY_MARKS } from '../../src/ui/evidence/sensitivityData';
import {
  mostSensitive,
  NO_SENSITIVITY_MARKS,
  parseSensitivity,
  SENSITIVITY_FORMAT_VERSION,
  SENSITIVITY_RULE,
  sensitivityMarks,
} from '../../src/ui/evidence/sensitivity';
import type { SensitivityEffect } from '../../src/ui/evidence/sensitivity';

/** Real screened parameter ids (assumed or calibrated), so the panel finds them in the schema. */
const [A, B, C, D, E] = screenFactors()
  .slice(0, 5)
  .map((f) => f.id) as [string, string, string, string, string];

function effect(param: string, muStar: number): RankedEffect {
  return { param, muStar, mu: muStar, sigma: 0 };
}

/** A result typed as the script's SensitivityResult, round-tripped through JSON (NaN becomes null) as committed. */
function resultFile(metrics: Record<string, readonly RankedEffect[]>, days = 42): unknown {
  const result: SensitivityResult = {
    version: SENSITIVITY_VERSION,
    engine: 'test-engine',
    method: 'Morris',
    seed: 1,
    runSeed: 1,
    trajectories: 4,
    levels: 4,
    delta: 2 / 3,
    days,
    base: { quality: 'low' },
    runs: 10,
    failedRuns: 0,
    factors: screenFactors().slice(0, 5),
    metrics: Object.fromEntries(
      Object.entries(metrics).map(([key, ranking]) => [
        key,
        { description: SCREEN_OUTPUTS.find((o) => o.key === key)?.description ?? `the ${key}`, ranking },
      ]),
    ),
  };
  return JSON.parse(JSON.stringify(result)) as unknown;
}

const ranked = (list: Array<[string, number | null]>): SensitivityEffect[] =>
  list.map(([param, muStar]) => ({ param, muStar }));

afterEach(() => setLocale('en'));

describe('sensitivity marks: the rule', () => {
  it('marks the top 3 by μ*, leader first, with their ranks', () => {
    expect(
      mostSensitive(
        ranked([
          [A, 10],
          [B, 8],
          [C, 5],
          [D, 4],
          [E, 3],
        ]),
      ),
    ).toEqual([
      { param: A, rank: 1, muStar: 10 },
      { param: B, rank: 2, muStar: 8 },
      { param: C, rank: 3, muStar: 5 },
    ]);
    expect(SENSITIVITY_RULE).toEqual({ MAX_RANK: 3, MIN_SHARE_OF_LEADER: 0.25 });
  });

  it('drops parameters under a quarter of the leader (a quarter itself is kept)', () => {
    expect(
      mostSensitive(
        ranked([
          [A, 8],
          [B, 2],
          [C, 1.99],
        ]),
      ).map((e) => e.param),
    ).toEqual([A, B]);
  });

  it('gives tied parameters the same rank and keeps every one tied at the cut', () => {
    // Unsorted input: the rule sorts it itself.
    const tiedAtTop = mostSensitive(
      ranked([
        [C, 4],
        [A, 6],
        [B, 6],
        [D, 3],
      ]),
    );
    expect(tiedAtTop).toEqual([
      { param: A < B ? A : B, rank: 1, muStar: 6 },
      { param: A < B ? B : A, rank: 1, muStar: 6 },
      { param: C, rank: 3, muStar: 4 },
    ]);
    const tiedAtCut = mostSensitive(
      ranked([
        [A, 9],
        [B, 7],
        [C, 5],
        [D, 5],
        [E, 4.9],
      ]),
    );
    // Tied parameters are listed by id (the order does not matter: they share the rank).
    expect(new Map(tiedAtCut.map((e) => [e.param, e.rank]))).toEqual(
      new Map([
        [A, 1],
        [B, 2],
        [C, 3],
        [D, 3],
      ]),
    );
  });

  it('ignores NaN (null in JSON), infinite, zero and negative μ*, and marks fewer than 3 when fewer moved', () => {
    expect(
      mostSensitive(
        ranked([
          [A, null],
          [B, Number.NaN],
          [C, Number.POSITIVE_INFINITY],
          [D, 0.5],
          [E, 0],
          ['x', -3],
        ]),
      ),
    ).toEqual([{ param: D, rank: 1, muStar: 0.5 }]);
    expect(
      mostSensitive(
        ranked([
          [A, 0],
          [B, 0],
        ]),
      ),
    ).toEqual([]);
    expect(mostSensitive([])).toEqual([]);
  });

  it('counts a parameter listed twice once, with its larger μ*', () => {
    expect(
      mostSensitive(
        ranked([
          [A, 1],
          [B, 2],
          [A, 3],
        ]),
      ),
    ).toEqual([
      { param: A, rank: 1, muStar: 3 },
      { param: B, rank: 2, muStar: 2 },
    ]);
  });
});

describe('sensitivity marks: the file', () => {
  it('reads the format the screen writes (same version, NaN written as null) into marks per parameter', () => {
    expect(SENSITIVITY_FORMAT_VERSION).toBe(SENSITIVITY_VERSION);
    const file = resultFile({
      'myofibroblast_share.max': [effect(A, 0.3), effect(B, 0.2), effect(C, Number.NaN)],
      'collagen_i.last': [effect(B, 1), effect(A, 0.5), effect(D, 0.1)],
      'elastin.last': [effect(E, 0), effect(A, 0)],
    });
    const marks = sensitivityMarks(file);
    expect(marks.days).toBe(42);
    expect(marks.engine).toBe('test-engine');
    expect([...marks.byParam.keys()].sort()).toEqual([A, B].sort());
    // By rank, then in the file's output order.
    expect(marks.byParam.get(A)).toEqual([
      {
        output: 'myofibroblast_share.max',
        description: 'peak myofibroblast share of the lineage',
        rank: 1,
        muStar: 0.3,
      },
      { output: 'collagen_i.last', description: 'collagen I at the end (× before)', rank: 2, muStar: 0.5 },
    ]);
    expect(marks.byParam.get(B)!.map((m) => [m.output, m.rank])).toEqual([
      ['collagen_i.last', 1],
      ['myofibroblast_share.max', 2],
    ]);
  });

  it('gives no marks, and never throws, for a missing or malformed file', () => {
    const good = resultFile({ 'erythema.max': [effect(A, 1)] }) as Record<string, unknown>;
    expect(sensitivityMarks(good).byParam.size).toBe(1);
    const malformed: unknown[] = [
      undefined,
      null,
      42,
      'sensitivity',
      [],
      {},
      { ...good, version: 2 },
      { ...good, version: '1' },
      { ...good, days: undefined },
      { ...good, days: 0 },
      { ...good, metrics: null },
      { ...good, metrics: [] },
      { ...good, metrics: { 'erythema.max': null } },
      { ...good, metrics: { 'erythema.max': { description: 'x', ranking: {} } } },
      { ...good, metrics: { 'erythema.max': { description: 'x', ranking: [null] } } },
      { ...good, metrics: { 'erythema.max': { description: 'x', ranking: [{ muStar: 1 }] } } },
      { ...good, metrics: { 'erythema.max': { description: 'x', ranking: [{ param: 7, muStar: 1 }] } } },
      { ...good, metrics: { 'erythema.max': { description: 'x', ranking: [{ param: '', muStar: 1 }] } } },
    ];
    for (const data of malformed) {
      expect(() => sensitivityMarks(data)).not.toThrow();
      expect(sensitivityMarks(data), JSON.stringify(data) ?? String(data)).toBe(NO_SENSITIVITY_MARKS);
      expect(parseSensitivity(data)).toBeNull();
    }
  });

  it('is bundled from docs/validation/sensitivity.json when the screen has written it, and is no marks before', () => {
    const path = join(__dirname, '../../docs/validation/sensitivity.json');
    if (existsSync(path)) {
      expect(SENSITIVITY_MARKS).toEqual(sensitivityMarks(JSON.parse(readFileSync(path, 'utf8'))));
      expect(SENSITIVITY_MARKS.byParam.size, 'the committed screen marks some parameters').toBeGreaterThan(0);
    } else {
      expect(SENSITIVITY_MARKS).toBe(NO_SENSITIVITY_MARKS);
    }
  });

  it('reads a non-numeric μ* as not computed, and a missing description as the output key', () => {
    const marks = sensitivityMarks({
      version: 1,
      days: 42,
      metrics: {
        'erythema.max': {
          ranking: [
            { param: A, muStar: '9' },
            { param: B, muStar: 2 },
          ],
        },
      },
    });
    expect(marks.byParam.get(A)).toBeUndefined();
    expect(marks.byParam.get(B)).toEqual([{ output: 'erythema.max', description: 'erythema.max', rank: 1, muStar: 2 }]);
    expect(marks.engine).toBeNull();
  });

  it('gives no marks when no parameter moved any output', () => {
    expect(sensitivityMarks(resultFile({ 'barrier.min': [effect(A, 0), effect(B, Number.NaN)] }))).toBe(
      NO_SENSITIVITY_MARKS,
    );
  });
});

describe('sensitivity marks: words', () => {
  it('names every output of the screen in every language, falling back to the file’s English otherwise', () => {
    expect(SCREEN_OUTPUTS).toHaveLength(13);
    for (const locale of LOCALES) {
      setLocale(locale);
      const labels = SCREEN_OUTPUTS.map((o) => sensitivityOutputLabel(o.key, o.description));
      for (const [i, label] of labels.entries()) {
        expect(label.english, `${locale}: ${SCREEN_OUTPUTS[i]!.key}`).toBe(false);
        expect(label.text).not.toMatch(/sensitivity\.outputs/);
        if (locale === 'ar') expect(label.text).toMatch(/[\u0600-\u06ff]/);
      }
      expect(new Set(labels.map((l) => l.text)).size, `${locale}: distinct names`).toBe(13);
    }
    setLocale('es');
    expect(sensitivityOutputLabel('myofibroblast_share.max', 'x').text).toBe('proporción máxima de miofibroblastos');
    for (const unknown of ['myofibroblast_share.first', 'alignment_tz', 'sensitivity', 'a.b.c', '']) {
      expect(sensitivityOutputLabel(unknown, 'the English description')).toEqual({
        text: 'the English description',
        english: true,
      });
    }
  });
});

describe('sensitivity marks: the panel', () => {
  const def = (id: string): ParamDef => getParamDef(id)!;

  it('filters to the marked parameters only when asked', () => {
    const marked = new Set([A]);
    const filter = { ...NO_FILTER, sensitiveOnly: true };
    expect(isFiltering(filter)).toBe(true);
    expect(matchesFilter(def(A), undefined, filter, marked)).toBe(true);
    expect(matchesFilter(def(B), undefined, filter, marked)).toBe(false);
    expect(matchesFilter(def(B), undefined, NO_FILTER, marked)).toBe(true);
    expect(matchesFilter(def(A), undefined, filter)).toBe(false); // no marks: nothing passes the filter
  });

  it('shows the mark in words with each output and rank, translated, and nothing on an unmarked entry', () => {
    const marks = sensitivityMarks(
      resultFile({
        'myofibroblast_share.max': [effect(A, 2), effect(B, 1)],
        'alignment_tz.first': [effect(A, 1)],
      }),
    ).byParam.get(A)!;
    const render = (sensitivity: typeof marks | undefined) =>
      renderToStaticMarkup(createElement(ParamEntry, { def: def(A), value: undefined, sensitivity }));
    const html = render(marks);
    expect(html).toContain('data-sensitive="true"');
    expect(html).toContain('Results most sensitive to this');
    expect(html).toMatch(/<bdi>peak myofibroblast share<\/bdi> <span class="ev-rank">\(rank 1\)<\/span>/);
    // An output the locale files do not name: the file's description, marked as English.
    expect(html).toContain('<bdi lang="en">the alignment_tz.first</bdi>');
    const plain = render(undefined);
    expect(plain).not.toContain('data-sensitive');
    expect(plain).not.toContain('ev-sensitive');
    setLocale('ar');
    const arabic = render(marks);
    expect(arabic).toContain('النتائج أشد حساسية لهذا المعامل');
    expect(arabic).toContain('أعلى نسبة للخلايا الليفية العضلية');
    expect(arabic).toContain('(المرتبة 1)');
    expect(arabic).not.toContain('Results most sensitive');
  });
});

describe('sensitivity marks: the evidence panel with a screen result', () => {
  afterEach(() => {
    vi.doUnmock('../../src/ui/evidence/sensitivityData');
    vi.resetModules();
  });

  function client(): SimClient {
    const params = Object.fromEntries((PARAM_SCHEMA as readonly ParamDef[]).map((d) => [d.id, d.default]));
    const info = { params, rules: [] as SimInfo['rules'] };
    return { info } as unknown as SimClient;
  }

  it('offers the filter with its count and the explanation when the screen marked parameters', async () => {
    const marks = sensitivityMarks(resultFile({ 'erythema.max': [effect(A, 3), effect(B, 2), effect(C, 0.1)] }, 42));
    vi.resetModules();
    vi.doMock('../../src/ui/evidence/sensitivityData', () => ({ SENSITIVITY_MARKS: marks }));
    const { EvidencePanel } = await import('../../src/ui/evidence/EvidencePanel');
    const html = renderToStaticMarkup(createElement(EvidencePanel, { client: client() }));
    expect(html).toContain('Only the parameters the results are most sensitive to (2)');
    expect(html).toMatch(/aria-describedby="([^"]+)"[^>]*>.*?<p id="\1" class="ev-note ev-sensitive-note">/s);
    expect(html).toContain('Morris elementary-effects screen');
    expect(html).toContain('reference scenario over 42 days');
    expect(html).toContain('not a prediction');
    expect(html).toContain('docs/validation.md, section “Sensitivity (Morris screen)”');
    expect(html.match(/data-sensitive="true"/g)).toHaveLength(2);
    expect(html.match(/peak redness/g)).toHaveLength(2);
  });

  it('offers neither the filter nor the explanation without marks (no screen result committed)', async () => {
    vi.resetModules();
    vi.doMock('../../src/ui/evidence/sensitivityData', () => ({ SENSITIVITY_MARKS: NO_SENSITIVITY_MARKS }));
    const { EvidencePanel } = await import('../../src/ui/evidence/EvidencePanel');
    const html = renderToStaticMarkup(createElement(EvidencePanel, { client: client() }));
    expect(html).not.toContain('most sensitive');
    expect(html).not.toContain('data-sensitive');
  });
});
