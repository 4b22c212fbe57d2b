/**
 * Colour-blind safety of the palettes that carry meaning: cell types and states in the 3D view (look/cellLooks.ts)
 * and the series of each chart (chartDefs.ts). Each colour is passed through the Machado, Oliveira & Fernandes
 * (2009) simulation of protanopia, deuteranopia and tritanopia (severity 1.0, applied in linear RGB) and the
 * pairwise CIELAB ΔE*76 distances are checked:
 *  - chart series drawn together: ΔE ≥ 15 under every vision type, and each has its own dash pattern (a second cue);
 *  - cells of different types: ΔE ≥ 10 unless their shapes differ (shape is the first cue in the 3D view);
 *  - states of one type (same shape): ΔE ≥ 10.
 * Thresholds: ΔE*76 ≈ 2.3 is a just-noticeable difference side by side; ~10 is easy to tell apart for small marks
 * at a glance, ~15 for thin lines (assumed, conservative). docs/accessibility.md lists the results.
 */
import { describe, expect, it } from 'vitest';
import { CELL_TYPES } from '../../src/look/cellLooks';
import { CHARTS } from '../../src/ui/charts/chartDefs';

type Matrix = readonly [readonly number[], readonly number[], readonly number[]];

/** Machado et al. 2009, Table 1 at severity 1.0 (linear RGB → simulated linear RGB). */
const VISION: Record<string, Matrix> = {
  typical: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const CHART_MIN_DELTA_E = 15;
const CELL_MIN_DELTA_E = 10;

function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** A #rrggbb colour as seen with the given vision, in CIELAB (D65). */
function simulatedLab(hex: string, m: Matrix): [number, number, number] {
  const v = Number.parseInt(hex.slice(1), 16);
  const rgb = [(v >> 16) & 255, (v >> 8) & 255, v & 255].map((x) => srgbToLinear(x / 255));
  const [r, g, b] = m.map((row) =>
    Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!)),
  ) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function deltaE(a: string, b: string, m: Matrix): number {
  const p = simulatedLab(a, m);
  const q = simulatedLab(b, m);
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** Spindle and stout spindle read as one outline at the size cells are drawn. */
function shapeFamily(shape: string): string {
  return shape === 'stoutSpindle' ? 'spindle' : shape;
}

const CELL_LOOKS = CELL_TYPES.flatMap((type) =>
  type.states.map((s) => ({
    id: `${type.key}.${s.key}`,
    type: type.key,
    shape: shapeFamily(type.shape),
    color: s.color,
  })),
);

describe('colour-vision simulation', () => {
  it('keeps white white and greys grey (rows sum to 1)', () => {
    for (const m of Object.values(VISION)) {
      expect(deltaE('#ffffff', '#ffffff', VISION.typical!)).toBe(0);
      const white = simulatedLab('#ffffff', m);
      expect(white[0]).toBeCloseTo(100, 0);
      expect(Math.hypot(white[1], white[2])).toBeLessThan(1);
    }
  });

  it('makes red and green hard to tell apart for red–green deficiencies, not for tritanopia', () => {
    const typical = deltaE('#d62728', '#2ca02c', VISION.typical!);
    expect(deltaE('#d62728', '#2ca02c', VISION.protanopia!)).toBeLessThan(typical / 2);
    expect(deltaE('#d62728', '#2ca02c', VISION.deuteranopia!)).toBeLessThan(typical / 2);
    expect(deltaE('#d62728', '#2ca02c', VISION.tritanopia!)).toBeGreaterThan(typical / 2);
  });
});

describe('chart series', () => {
  for (const chart of CHARTS) {
    if (chart.series.length < 2) continue;
    it(`${chart.id}: every pair of series differs by colour under every vision type, and by dash`, () => {
      const close: string[] = [];
      chart.series.forEach((a, i) =>
        chart.series.slice(i + 1).forEach((b) => {
          expect(JSON.stringify(a.dash), `${a.key} and ${b.key} share a dash pattern`).not.toBe(JSON.stringify(b.dash));
          for (const [vision, m] of Object.entries(VISION)) {
            const e = deltaE(a.color, b.color, m);
            if (e < CHART_MIN_DELTA_E) close.push(`${a.key}/${b.key} under ${vision}: ΔE ${e.toFixed(1)}`);
          }
        }),
      );
      expect(close).toEqual([]);
    });
  }
});

describe('cell palette', () => {
  it('cells of different types differ by colour under every vision type, or by shape', () => {
    const close: string[] = [];
    CELL_LOOKS.forEach((a, i) =>
      CELL_LOOKS.slice(i + 1).forEach((b) => {
        if (a.type === b.type || a.shape !== b.shape) return;
        for (const [vision, m] of Object.entries(VISION)) {
          const e = deltaE(a.color, b.color, m);
          if (e < CELL_MIN_DELTA_E) close.push(`${a.id}/${b.id} under ${vision}: ΔE ${e.toFixed(1)}`);
        }
      }),
    );
    expect(close).toEqual([]);
  });

  it('states of one cell type (same shape) differ by colour under every vision type', () => {
    const close: string[] = [];
    for (const type of CELL_TYPES) {
      type.states.forEach((a, i) =>
        type.states.slice(i + 1).forEach((b) => {
          for (const [vision, m] of Object.entries(VISION)) {
            const e = deltaE(a.color, b.color, m);
            if (e < CELL_MIN_DELTA_E) close.push(`${type.key}: ${a.key}/${b.key} under ${vision}: ΔE ${e.toFixed(1)}`);
          }
        }),
      );
    }
    expect(close).toEqual([]);
  });
});
