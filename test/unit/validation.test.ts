/**
 * The validation harness without simulations: series helpers, target checks on synthetic series, run planning
 * and sharing, the SVG charts, the terminal table and the CLI's flag errors. Real runs: `npm run -s validate`.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Target } from '../../scripts/validation/check';
import { evaluateTarget, judge, TARGET_BASES } from '../../scripts/validation/check';
import { cell } from '../../scripts/validation/markdown';
import type { RunSpec, SeedSeries } from '../../scripts/validation/results';
import { RunResults, runSpec, specKey } from '../../scripts/validation/results';
import { firstHours, planSimulations, resolveRun } from '../../scripts/validation/runner';
import { simulateSeries } from '../../scripts/validation/simulateRun';
import {
  addSeries,
  areaAbove,
  crossingTime,
  peakOf,
  pointwiseStats,
  recoveryTime,
  valueAt,
} from '../../scripts/validation/series';
import { escapeXml, niceTicks, pointChartSvg, timeSeriesSvg } from '../../scripts/validation/svg';
import { formatResultsTable, wrap } from '../../scripts/validation/table';
import { TARGET_IDS, TARGETS } from '../../scripts/validation/targets';

// ───────────────────────────── synthetic data ─────────────────────────────

type Curve = (tH: number) => number;

/** One seed's hourly series over [0, hours] from functions of time. */
function hourly(hours: number, metrics: Record<string, Curve>): SeedSeries {
  const t = Array.from({ length: hours + 1 }, (_, i) => i);
  return { t_h: t, ...Object.fromEntries(Object.entries(metrics).map(([key, f]) => [key, t.map(f)])) };
}

function target(id: string): Target {
  const found = TARGETS.find((t) => t.id === id);
  if (!found) throw new Error(`no target ${id}`);
  return found;
}

/** Results where every run of `t` gets the same seeds, built by `seedsFor(spec)`. */
function resultsFor(t: Target, seedsFor: (spec: RunSpec) => SeedSeries[]): RunResults {
  return new RunResults(t.runs.map((spec) => [spec, seedsFor(spec)] as const));
}

/** A gamma-like pulse a·t·e^(−t/τ), peaking at τ hours. */
const pulse =
  (peakH: number, scale = 100): Curve =>
  (tH) =>
    scale * tH * Math.exp(-tH / peakH);

const lengthOf = (spec: RunSpec) => Number(spec.overrides.needle_length_mm ?? 1.5);

// ───────────────────────────── series helpers ─────────────────────────────

describe('series helpers', () => {
  it('pointwise mean, min and max across seeds, cut to the shortest run', () => {
    const stats = pointwiseStats([
      [1, 2, 3],
      [3, 4],
      [2, 0, 9],
    ]);
    expect(stats.mean).toEqual([2, 2]);
    expect(stats.min).toEqual([1, 0]);
    expect(stats.max).toEqual([3, 4]);
    expect(pointwiseStats([])).toEqual({ mean: [], min: [], max: [] });
    expect(addSeries([1, 2, 3], [10, 20])).toEqual([11, 22]);
  });

  it('reads values at a time by linear interpolation and refuses times outside the run', () => {
    const t = [0, 1, 2];
    const y = [0, 10, 30];
    expect(valueAt(t, y, 1)).toBe(10);
    expect(valueAt(t, y, 1.5)).toBe(20);
    expect(() => valueAt(t, y, 3)).toThrow(RangeError);
  });

  it('finds the peak within a window', () => {
    const t = [0, 1, 2, 3, 4];
    const y = [0, 5, 2, 7, 1];
    expect(peakOf(t, y)).toEqual({ timeH: 3, value: 7 });
    expect(peakOf(t, y, 0, 2)).toEqual({ timeH: 1, value: 5 });
  });

  it('interpolates threshold crossings and reports never as undefined', () => {
    const t = [0, 1, 2, 3];
    const y = [1, 0.8, 0.4, 0.2];
    expect(crossingTime(t, y, 0.6, 'fall')).toBeCloseTo(1.5, 12);
    expect(crossingTime(t, y, 0.1, 'fall')).toBeUndefined();
    expect(crossingTime(t, [0, 2, 4, 6], 3, 'rise', 1)).toBeCloseTo(1.5, 12);
    expect(crossingTime(t, [0, 2, 4, 6], 1, 'rise', 2)).toBe(2);
  });

  it('times recovery after the injury: 0 if it never dips, undefined if it never recovers', () => {
    const t = [0, 1, 2, 3, 4];
    expect(recoveryTime(t, [1, 0.2, 0.5, 0.8, 1], 0.9)).toBeCloseTo(3 + 1 / 2, 12);
    expect(recoveryTime(t, [1, 0.95, 0.97, 1, 1], 0.9)).toBe(0);
    expect(recoveryTime(t, [1, 0.2, 0.3, 0.4, 0.5], 0.9)).toBeUndefined();
  });

  it('integrates the excess above a baseline by the trapezoid rule', () => {
    expect(areaAbove([0, 1, 2], [1, 3, 1], 1, 0, 2)).toBe(2);
    expect(areaAbove([0, 1, 2], [1, 3, 1], 1, 0, 1)).toBe(1);
  });
});

// ───────────────────────────── checks ─────────────────────────────

describe('target checks on synthetic series', () => {
  const neutrophilRun = (peakH: number) => resultsFor(target('T1'), () => [hourly(168, { neutrophils: pulse(peakH) })]);

  it('T1 passes a neutrophil curve peaking at 24 h that falls to 20 % by 96 h', () => {
    const outcome = evaluateTarget(target('T1'), neutrophilRun(24));
    expect(outcome.pass).toBe(true);
    expect(outcome.measured).toMatch(/at 24 h/);
    expect(outcome.detail).toBeUndefined();
  });

  it('T1 fails a curve that peaks at 60 h', () => {
    const outcome = evaluateTarget(target('T1'), neutrophilRun(60));
    expect(outcome.pass).toBe(false);
    expect(outcome.measured).toMatch(/at 60 h/);
  });

  it('T1 judges the mean across seeds and shows the per-seed spread of the peak', () => {
    const results = resultsFor(target('T1'), () => [
      hourly(168, { neutrophils: pulse(20) }),
      hourly(168, { neutrophils: pulse(28) }),
    ]);
    const outcome = evaluateTarget(target('T1'), results);
    expect(outcome.pass).toBe(true);
    expect(outcome.measured).toMatch(/seeds 20 h–28 h/);
  });

  it('a missing metric fails with the reason, never passes and never throws', () => {
    const results = resultsFor(target('T1'), () => [hourly(168, { fibroblasts: () => 1 })]);
    const outcome = evaluateTarget(target('T1'), results);
    expect(outcome.pass).toBe(false);
    expect(outcome.detail).toBe('metric neutrophils not modelled yet');
    expect(outcome.expected).toBe(target('T1').expected);
  });

  it('every target fails with "not modelled yet" when its runs recorded only t_h', () => {
    for (const t of TARGETS) {
      const outcome = evaluateTarget(
        t,
        resultsFor(t, (spec) => [hourly(spec.days * 24, {})]),
      );
      expect(outcome.pass, t.id).toBe(false);
      expect(outcome.detail, t.id).toMatch(/^metric \w+ not modelled yet/);
    }
  });

  it('T5 reports the clauses it could measure next to the metric that is missing', () => {
    const results = resultsFor(target('T5'), () => [
      hourly(168, { channel_patency: (h) => (h === 0 ? 0 : 2 ** (-h / 20)) }),
    ]);
    const outcome = evaluateTarget(target('T5'), results);
    expect(outcome.pass).toBe(false);
    expect(outcome.measured).toMatch(/patency 0\.5 at 20 h; 72 h: 0\.0825/);
    expect(outcome.detail).toBe('metric barrier not modelled yet');
  });

  it('T5 passes when the lumen closes after the barrier has half-recovered', () => {
    const results = resultsFor(target('T5'), () => [
      hourly(168, {
        channel_patency: (h) => (h === 0 ? 0 : 2 ** (-h / 20)),
        barrier: (h) => (h === 0 ? 1 : 1 - 0.6 * 2 ** (-h / 6)),
      }),
    ]);
    expect(evaluateTarget(target('T5'), results).pass).toBe(true);
  });

  it('T4 asks for recovery within 72 h at every length, slower at 1.5 mm than at 0.5 mm', () => {
    const barrier = (recoveryH: (mm: number) => number) => (spec: RunSpec) => [
      hourly(168, { barrier: (h) => (h === 0 ? 1 : Math.min(1, 0.5 + (0.4 * h) / recoveryH(lengthOf(spec)))) }),
    ];
    expect(
      evaluateTarget(
        target('T4'),
        resultsFor(
          target('T4'),
          barrier((mm) => 10 + 20 * mm),
        ),
      ).pass,
    ).toBe(true);
    const inverted = evaluateTarget(
      target('T4'),
      resultsFor(
        target('T4'),
        barrier((mm) => 70 - 20 * mm),
      ),
    );
    expect(inverted.pass).toBe(false);
    expect(inverted.measured).toMatch(/1\.5 mm 40 h vs 0\.5 mm 60 h/);
  });

  it('T11 needs new collagen strictly increasing with needle length', () => {
    const collagen = (perMm: (mm: number) => number) => (spec: RunSpec) => [
      hourly(42 * 24, { new_collagen: (h) => (h / 1008) * perMm(lengthOf(spec)) }),
    ];
    expect(
      evaluateTarget(
        target('T11'),
        resultsFor(
          target('T11'),
          collagen((mm) => mm),
        ),
      ).pass,
    ).toBe(true);
    const plateau = evaluateTarget(
      target('T11'),
      resultsFor(
        target('T11'),
        collagen((mm) => Math.min(mm, 1)),
      ),
    );
    expect(plateau.pass).toBe(false);
  });

  it('T10 weighs collagen I and III by their normal shares and bounds the epidermis', () => {
    const run = (c1: number, c3: number, epidermis: number) =>
      resultsFor(target('T10'), (spec) => [
        hourly(spec.days * 24, {
          collagen_i: (h) => (h === 0 ? 1 : c1),
          collagen_iii: (h) => (h === 0 ? 1 : c3),
          epidermal_thickness: (h) => (h === 0 ? 1 : epidermis),
        }),
      ]);
    expect(evaluateTarget(target('T10'), run(1.2, 1.5, 1.2)).pass).toBe(true);
    expect(evaluateTarget(target('T10'), run(4, 4, 1.2)).pass).toBe(false); // the "400 %" claim
    expect(evaluateTarget(target('T10'), run(1.2, 1.5, 1.6)).pass).toBe(false);
  });

  it('D1 requires exactly zero delivery without a serum', () => {
    const delivered = (none: number) => (spec: RunSpec) => {
      const applied = spec.overrides.topical !== undefined;
      const late = spec.overrides.topical_time_h === 24;
      const amount = applied ? (late ? 0.5 : 1) : none;
      return [hourly(72, { topical_delivered: (h) => (h === 0 ? 0 : amount) })];
    };
    expect(evaluateTarget(target('D1'), resultsFor(target('D1'), delivered(0))).pass).toBe(true);
    expect(evaluateTarget(target('D1'), resultsFor(target('D1'), delivered(0.01))).pass).toBe(false);
  });

  it('an unexpected error in a check becomes a FAIL naming it', () => {
    const broken: Target = {
      ...target('T1'),
      check: () => {
        throw new Error('boom');
      },
    };
    const outcome = evaluateTarget(broken, new RunResults([]));
    expect(outcome).toMatchObject({ pass: false, detail: 'check failed: boom' });
  });

  it('judge fails an empty clause list and joins measurements', () => {
    expect(judge('x', []).pass).toBe(false);
    const outcome = judge('x', [() => ({ pass: true, measured: 'a' }), () => ({ pass: true, measured: 'b' })]);
    expect(outcome).toEqual({ pass: true, measured: 'a; b', expected: 'x' });
  });
});

// ───────────────────────────── targets as data, planning ─────────────────────────────

describe('targets and run planning', () => {
  it('has T1–T13 plus patient and topical targets, each with a source, tolerance and runs', () => {
    for (let k = 1; k <= 13; k++) expect(TARGET_IDS).toContain(`T${k}`);
    expect(TARGET_IDS).toEqual(expect.arrayContaining(['P1', 'P2', 'P3', 'P4', 'P5', 'D1', 'D2']));
    expect(new Set(TARGET_IDS).size).toBe(TARGET_IDS.length);
    for (const t of TARGETS) {
      expect(t.source.length, t.id).toBeGreaterThan(20);
      expect(t.tolerance.length, t.id).toBeGreaterThan(5);
      expect(t.runs.length, t.id).toBeGreaterThan(0);
      expect(TARGET_BASES, t.id).toContain(t.basis.kind);
      expect(t.basis.how.length, t.id).toBeGreaterThan(20);
    }
  });

  it('every run a target asks for is a valid parameter set at the validation tier', () => {
    for (const spec of TARGETS.flatMap((t) => t.runs)) {
      const params = resolveRun(spec, 'low');
      expect(params.quality).toBe('low');
      expect(params.block_width_um).toBe(1000);
    }
  });

  it('shares one simulation between specs with the same parameters, run for the longest', () => {
    const specs = [
      runSpec('reference', {}, 7),
      runSpec('reference', { needle_length_mm: 1.5 }, 42),
      runSpec('reference', {}, 180),
      runSpec('reference', { needle_length_mm: 0.5 }, 7),
    ];
    const plan = planSimulations(specs, [1, 2], 'low');
    expect(plan.jobs).toHaveLength(4);
    expect(plan.jobs.map((j) => j.hours).sort((a, b) => a - b)).toEqual([168, 168, 4320, 4320]);
    expect(plan.entries).toHaveLength(8);
  });

  it('runs an untreated control as its own simulation, never needled, named as such', () => {
    const treated = runSpec('reference', {}, 7);
    const control = runSpec('reference', {}, 7, { untreated: true });
    expect(runSpec('reference', {}, 7, { untreated: false })).toEqual(treated);
    expect(specKey(control)).toBe('reference untreated · 7 d');
    const plan = planSimulations([treated, control, runSpec('reference', {}, 14, { untreated: true })], [1], 'low');
    expect(plan.jobs.map((j) => [j.untreated, j.hours])).toEqual([
      [false, 168],
      [true, 336],
    ]);
    const params = resolveRun(control, 'low');
    const series = simulateSeries({ ...params, block_width_um: 600 }, 1, 3, undefined, { untreated: true });
    expect(series.sessions_done).toEqual([0, 0, 0, 0]);
    expect(series.channels_per_mm2).toEqual([0, 0, 0, 0]);
  });

  it('reads a shorter spec as the first part of a longer run', () => {
    const series = hourly(10, { x: (h) => h * 2 });
    expect(firstHours(series, 3)).toEqual({ t_h: [0, 1, 2, 3], x: [0, 2, 4, 6] });
  });

  it('names runs readably and independent of override order', () => {
    const a = runSpec('reference', { smoker: true, age_years: 80 }, 42);
    const b = runSpec('reference', { age_years: 80, smoker: true }, 42);
    expect(specKey(a)).toBe('reference age_years=80 smoker=true · 42 d');
    expect(specKey(b)).toBe(specKey(a));
  });
});

// ───────────────────────────── charts and tables ─────────────────────────────

/** Every element opened is closed, in order (self-closing tags count as both). */
function tagsBalance(svg: string): boolean {
  const stack: string[] = [];
  for (const [, closing, name, selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (!closing) stack.push(name!);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

describe('SVG charts', () => {
  const curve = { label: 'neutrophils', x: [0, 1, 2, 3], mean: [0, 5, 3, 1], min: [0, 4, 2, 0], max: [0, 6, 4, 2] };

  it('draws a well-formed time-series plot with axis labels, band, windows and legend', () => {
    const svg = timeSeriesSvg({
      title: 'Cells & <signals>',
      xLabel: 'time after the session (h)',
      yLabel: 'cells per mm²',
      curves: [curve],
      windows: [{ label: 'T1: peak 1–2 h', x0: 1, x1: 2 }],
      lines: [{ label: 'at 3 h', axis: 'x', value: 3 }],
    });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(tagsBalance(svg)).toBe(true);
    expect(svg).toContain('time after the session (h)');
    expect(svg).toContain('cells per mm²');
    expect(svg).toContain('Cells &amp; &lt;signals&gt;');
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
    expect(svg).toContain('<polygon');
    expect(svg).toContain('<polyline');
    expect(svg).toContain('T1: peak 1–2 h');
    expect(svg).not.toContain('NaN');
  });

  it('says "not modelled yet" for metrics it cannot draw', () => {
    const svg = timeSeriesSvg({ title: 't', xLabel: 'x', yLabel: 'y', curves: [], missing: ['erythema'] });
    expect(tagsBalance(svg)).toBe(true);
    expect(svg).toContain('not modelled yet: erythema');
    expect(svg).not.toContain('NaN');
  });

  it('draws a point chart with error bars and category labels', () => {
    const svg = pointChartSvg({
      title: 'dose',
      xLabel: 'nominal needle length',
      yLabel: 'new collagen (µg per mm²)',
      points: [
        { label: '0.5 mm', value: 1, min: 0.8, max: 1.2 },
        { label: '1.5 mm', value: 2, min: 1.5, max: 2.5 },
      ],
    });
    expect(tagsBalance(svg)).toBe(true);
    expect(svg).toContain('nominal needle length');
    expect(svg).toContain('0.5 mm');
    expect(svg.match(/<circle/g)).toHaveLength(2);
  });

  it('picks round tick values', () => {
    expect(niceTicks(0, 168, 8)).toEqual([0, 20, 40, 60, 80, 100, 120, 140, 160]);
    expect(niceTicks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(escapeXml('a<b & "c"')).toBe('a&lt;b &amp; &quot;c&quot;');
  });
});

describe('tables', () => {
  it('wraps words to a width and cuts words that are too long', () => {
    expect(wrap('peak at 24 h of 1200 cells', 10)).toEqual(['peak at 24', 'h of 1200', 'cells']);
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('prints PASS/FAIL per target, the reason, and a summary', () => {
    const base = { title: 't', source: 's', tolerance: 'x', expected: 'e' };
    const emergent = { kind: 'emergent', how: 'follows from mechanisms' } as const;
    const prescribed = { kind: 'prescribed', how: 'a rule restates it' } as const;
    const out = formatResultsTable([
      { id: 'T1', pass: true, measured: 'ok', basis: emergent, ...base },
      {
        id: 'T2',
        pass: false,
        measured: '—',
        detail: 'metric macrophages_m1 not modelled yet',
        basis: prescribed,
        ...base,
      },
    ]);
    expect(out).toMatch(/T1 .* PASS/);
    expect(out).toMatch(/T2 .* FAIL/);
    expect(out).toContain('↳ metric macrophages_m1 not modelled yet');
    expect(out).toContain('1 of 2 targets pass; 1 emergent, 0 calibrated, 1 prescribed');
    expect(out).toMatch(/T2 .* prescribed +FAIL/);
  });

  it('escapes markdown table cells', () => {
    expect(cell('|a| ≤ 0.1\nnext')).toBe('\\|a\\| ≤ 0.1 next');
  });
});

// ───────────────────────────── CLI flags (no simulation) ─────────────────────────────

function validate(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run validate flags', () => {
  it.each([
    [['--seeds', '0'], /--seeds 0 is out of range: allowed an integer in 1–20/],
    [['--only', 'T99'], /--only 'T99' names unknown targets: allowed T1, /],
    [['--quality', 'ultra'], /--quality 'ultra' is unknown: allowed low, medium, high/],
    [['--frobnicate'], /unknown flag --frobnicate/],
  ])(
    'rejects %j with exit code 2 and one line',
    (args, message) => {
      const r = validate(...args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    },
    30_000,
  );

  it('--plan lists the shared simulations without running them', () => {
    const r = validate('--plan', '--only', 'T1,T5', '--seeds', '2');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 simulations, 336 model hours (quality low)');
  }, 30_000);
});
