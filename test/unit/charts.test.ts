import { describe, expect, it, vi } from 'vitest';
import { CELL_TYPES } from '../../src/look/cellLooks';
import { CellKind } from '../../workers/model/cellKinds';
import type { EnsembleSnapshot } from '../../src/sim/ensemble';
import { CHARTED_SERIES, CHARTS, metricUnit } from '../../src/ui/charts/chartDefs';
import {
  bandAt,
  bandOf,
  differenceData,
  formatValue,
  largestMagnitude,
  metricChartData,
  summarize,
  tableHours,
  withUnit,
} from '../../src/ui/charts/chartData';
import type { BandSource, Columns } from '../../src/ui/charts/chartData';
import { withAlpha } from '../../src/ui/charts/chartOptions';
import { formatHours, unitInWords } from '../../src/ui/charts/chartStrings';
import { ensembleText } from '../../src/ui/charts/EnsembleNote';
import { formatTick, tickStepH, timeTicks, windowEndH } from '../../src/ui/charts/timeAxis';
import { TimeCursorHub } from '../../src/ui/charts/timeCursor';
import { METRICS } from '../../workers/protocol';

function run(columns: Record<string, number[]>): Columns {
  const length = Math.max(0, ...Object.values(columns).map((c) => c.length));
  return { length, columns: new Map(Object.entries(columns)) };
}

describe('chart definitions', () => {
  it('chart only metrics the engine records, each chart in one unit', () => {
    const keys = new Set<string>(METRICS.map((m) => m.key));
    for (const chart of CHARTS) {
      const units = new Set(chart.series.map((s) => metricUnit(s.key)));
      expect(units.size, chart.id).toBe(1);
      for (const s of chart.series) expect(keys.has(s.key), s.key).toBe(true);
      // Within a chart no two series share a dash pattern: colour is never the only cue.
      const dashes = new Set(chart.series.map((s) => s.dash.join(',')));
      expect(dashes.size, chart.id).toBe(chart.series.length);
    }
    expect(new Set(CHARTED_SERIES.map((s) => s.key)).size).toBe(CHARTED_SERIES.length);
  });

  it('colour cells as the scene and legend do', () => {
    const color = (key: string) => CHARTED_SERIES.find((s) => s.key === key)?.color;
    const look = (kind: number, state: number) => CELL_TYPES[kind]!.states.find((s) => s.state === state)!.color;
    expect(color('neutrophils')).toBe(look(CellKind.neutrophil, 0));
    expect(color('macrophages_m1')).toBe(look(CellKind.macrophage, 0));
    expect(color('macrophages_m2')).toBe(look(CellKind.macrophage, 1));
    expect(color('myofibroblasts')).toBe(look(CellKind.myofibroblast, 0));
  });

  it('only the serum chart depends on a serum', () => {
    expect(CHARTS.filter((c) => c.needsSerum).map((c) => c.series[0]!.key)).toEqual(['topical_delivered']);
  });
});

describe('time axis', () => {
  it('windows: the first day, the first week, or all rows (at least a day)', () => {
    expect(windowEndH('day', 500)).toBe(24);
    expect(windowEndH('week', 5)).toBe(168);
    expect(windowEndH('all', 0)).toBe(24);
    expect(windowEndH('all', 49)).toBe(48);
    expect(windowEndH('all', 2161)).toBe(2160);
  });

  it('ticks in hours up to two days, in whole days beyond, never closer than the minimum spacing', () => {
    expect(timeTicks(0, 24, 300)).toEqual([0, 6, 12, 18, 24]);
    expect(timeTicks(0, 48, 260)).toEqual([0, 12, 24, 36, 48]);
    expect(timeTicks(0, 168, 300)).toEqual([0, 48, 96, 144]);
    expect(timeTicks(0, 168, 1000)).toEqual([0, 24, 48, 72, 96, 120, 144, 168]);
    for (const [span, width] of [
      [49, 300],
      [2160, 260],
      [4320, 320],
    ] as const) {
      const step = tickStepH(span, width);
      expect(step % 24).toBe(0);
      expect(span / step).toBeLessThanOrEqual(width / 44);
    }
    expect(formatTick(12, 24)).toBe('12 h');
    expect(formatTick(48, 168)).toBe('2 d');
    expect(formatTick(36, 168)).toBe('1.5 d');
  });
});

describe('chart data', () => {
  const main = run({ x: [1, 5, 3, 8], y: [0, 0, 0, 0] });
  const band: BandSource = {
    rows: 3,
    runs: [{ columns: { x: [2, 4, 9, 9] } }, { columns: { x: [0, 6, 1, 9] } }],
  };

  it('bands span min–max over the main run and every extra run, only where all have rows', () => {
    const { lo, hi } = bandOf('x', main, band, 4);
    expect(lo).toEqual([0, 4, 1, null]);
    expect(hi).toEqual([2, 6, 9, null]);
    // No band source, or a metric an extra run lacks: no band.
    expect(bandOf('x', main, null, 4).lo).toEqual([null, null, null, null]);
    expect(bandOf('y', main, band, 4).hi).toEqual([null, null, null, null]);
    expect(bandAt('x', main, band, 1)).toEqual({ lo: 4, hi: 6 });
    expect(bandAt('x', main, band, 3)).toBeNull();
  });

  it('lays out uPlot columns as hours, band edges, then lines, cut to the window', () => {
    const data = metricChartData(['x', 'y'], main, band, 2);
    expect(data).toHaveLength(1 + 2 * 2 + 2);
    expect(data[0]).toEqual([0, 1, 2]);
    expect(data[1]).toEqual([0, 4, 1]); // lo of x
    expect(data[2]).toEqual([2, 6, 9]); // hi of x
    expect(data[5]).toEqual([1, 5, 3]); // line x
    expect(data[6]).toEqual([0, 0, 0]); // line y
    // Missing or non-finite values become gaps.
    const gappy = metricChartData(['x', 'z'], run({ x: [1, Number.NaN] }), null, 24);
    expect(gappy[5]).toEqual([1, null]);
    expect(gappy[6]).toEqual([null, null]);
  });

  it('differences: A, B and A − B over the rows both runs have', () => {
    const a = run({ k: [1, 2, 3, 4] });
    const b = run({ k: [1, 1, 1] });
    expect(differenceData('k', a, b, 100)).toEqual([
      [0, 1, 2],
      [1, 2, 3],
      [1, 1, 1],
      [0, 1, 2],
    ]);
    expect(largestMagnitude([0, -3, 2, null])).toEqual({ value: -3, hour: 1 });
    expect(largestMagnitude([null])).toBeNull();
  });

  it('summaries: the latest value and the first time of the peak', () => {
    expect(summarize([0, 3, 7, 7, 2])).toEqual({ now: 2, nowH: 4, peak: 7, peakH: 2 });
    expect(summarize([0, 3, 7], 2)).toEqual({ now: 3, nowH: 1, peak: 3, peakH: 1 });
    expect(summarize([null, Number.NaN])).toBeNull();
  });

  it('table rows every 3 h in a day, daily to 60 days, weekly beyond; never past the rows held', () => {
    expect(tableHours(24, 100)).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24]);
    expect(tableHours(168, 50)).toEqual([0, 24, 48]);
    expect(tableHours(90 * 24, 5000)[1]).toBe(168);
    expect(tableHours(24, 0)).toEqual([]);
  });

  it('formats values with units, tiny values as 0', () => {
    expect(formatValue(24573.6)).toBe('24,574');
    expect(formatValue(0.43812)).toBe('0.438');
    expect(formatValue(1.78e-8)).toBe('0');
    expect(formatValue(Number.NaN)).toBe('–');
    expect(withUnit('420', 'cells/mm²')).toBe('420 cells/mm²');
    expect(withUnit('1.6', 'relative')).toBe('1.6 × before');
    expect(withUnit('0.97', '0–1')).toBe('0.97 (scale 0–1)');
    expect(unitInWords('relative')).toBe('× before; 1 = before');
    expect(formatHours(5)).toBe('5 h');
    expect(formatHours(53)).toBe('day 2, 5 h');
    expect(withAlpha('#56B4E9', 0.2)).toBe('rgba(86, 180, 233, 0.2)');
  });
});

describe('ensemble note', () => {
  const base: EnsembleSnapshot = {
    state: 'running',
    seeds: [1, 2, 3, 4],
    runs: [2, 3, 4].map((seed) => ({ seed, rows: 169, columns: {} })),
    horizonH: 672,
    rows: 169,
    completed: 1,
    error: null,
    version: 1,
  };
  it('says how far the range is computed and what it is computing', () => {
    expect(ensembleText(base)).toContain(
      'range over 4 seeds (computed to day 7; computing to day 28: 1 of 3 runs done)',
    );
    expect(ensembleText({ ...base, rows: 0 })).not.toContain('computed to');
    expect(ensembleText({ ...base, state: 'done' })).toBe('Shaded: range over 4 seeds (computed to day 7).');
    expect(ensembleText({ ...base, state: 'paused' })).toContain('paused while the page is hidden');
    expect(ensembleText({ ...base, state: 'failed', error: 'boom' })).toContain('boom');
  });
});

describe('time cursor hub', () => {
  it('tells its charts the time only when a new frame arrived', () => {
    const frames = { latest: null as { timeH: number } | null, received: 0 };
    const hub = new TimeCursorHub(frames);
    const listener = vi.fn();
    const remove = hub.add(listener);
    expect(hub.poll()).toBe(false);
    frames.latest = { timeH: 12 };
    frames.received = 1;
    expect(hub.poll()).toBe(true);
    expect(hub.poll()).toBe(false);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith(12);
    // A chart added later hears the current time at once.
    const late = vi.fn();
    hub.add(late);
    expect(late).toHaveBeenCalledWith(12);
    remove();
    frames.received = 2;
    hub.poll();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(late).toHaveBeenCalledTimes(2);
  });
});
