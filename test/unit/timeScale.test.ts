import { describe, expect, it } from 'vitest';
import {
  arrowTarget,
  axisTicks,
  estimateLabelWidthPx,
  keyStepH,
  makeTimeScale,
  placeLabels,
  SPAN_AFTER_LAST_SESSION_H,
  timelineEndH,
} from '../../src/ui/timeline/timeScale';
import { sliderKeyTarget } from '../../src/ui/timeline/sliderKeys';

const SIX_MONTHS = 180 * 24;

describe('time scale', () => {
  const scale = makeTimeScale(SIX_MONTHS);

  it('maps the ends of the axis to 0 and 1, and clamps outside', () => {
    expect(scale.toFraction(0)).toBe(0);
    expect(scale.toFraction(SIX_MONTHS)).toBeCloseTo(1, 12);
    expect(scale.toFraction(-5)).toBe(0);
    expect(scale.toFraction(SIX_MONTHS * 2)).toBeCloseTo(1, 12);
    expect(scale.toHours(0)).toBe(0);
    expect(scale.toHours(1)).toBeCloseTo(SIX_MONTHS, 6);
    expect(scale.toHours(1.5)).toBeCloseTo(SIX_MONTHS, 6);
  });

  it('is strictly increasing', () => {
    let previous = -1;
    for (let h = 0; h <= SIX_MONTHS; h += 0.5) {
      const x = scale.toFraction(h);
      expect(x).toBeGreaterThan(previous);
      previous = x;
    }
  });

  it('round-trips hours → position → hours', () => {
    for (const h of [0, 0.1, 1, 6, 24, 48, 168, 672, 2160, SIX_MONTHS]) {
      expect(scale.toHours(scale.toFraction(h))).toBeCloseTo(h, 6);
    }
    for (const x of [0, 0.01, 0.25, 0.5, 0.99, 1]) expect(scale.toFraction(scale.toHours(x))).toBeCloseTo(x, 12);
  });

  it('gives the first hours room and still fits months', () => {
    // The first hour takes at least 2 % of the track (≈ 18 px of 900), the first day about a quarter.
    expect(scale.toFraction(1)).toBeGreaterThan(0.02);
    expect(scale.toFraction(24)).toBeGreaterThan(0.2);
    expect(scale.toFraction(24)).toBeLessThan(0.3);
    expect(scale.toFraction(90 * 24)).toBeLessThan(0.95);
  });

  it('rejects an empty axis', () => {
    expect(() => makeTimeScale(0)).toThrow();
  });

  it('ends six months after the last session', () => {
    expect(timelineEndH([])).toBe(SPAN_AFTER_LAST_SESSION_H);
    expect(timelineEndH([0, 672, 1344])).toBe(1344 + SPAN_AFTER_LAST_SESSION_H);
  });
});

describe('keyboard steps', () => {
  const scale = makeTimeScale(SIX_MONTHS);

  it('steps an hour early on and more later', () => {
    expect(keyStepH(scale, 0, 1)).toBe(1);
    expect(keyStepH(scale, 2160, 1)).toBeGreaterThanOrEqual(24);
    expect(keyStepH(scale, 4000, 1)).toBeGreaterThan(keyStepH(scale, 200, 1));
  });

  it('moves to aligned values and stays on the axis', () => {
    expect(arrowTarget(scale, 0, 1)).toBe(1);
    expect(arrowTarget(scale, 5.3, 1)).toBe(6);
    expect(arrowTarget(scale, 5.3, -1)).toBe(5);
    // A time read back from a frame as 5.9999999 counts as 6 h.
    expect(arrowTarget(scale, 5.9999999, 1)).toBe(7);
    expect(arrowTarget(scale, 0, -1)).toBe(0);
    expect(arrowTarget(scale, SIX_MONTHS, 1)).toBe(SIX_MONTHS);
  });

  it('always makes progress until the end (no key press is stuck)', () => {
    let h = 0;
    let presses = 0;
    while (h < SIX_MONTHS && presses < 1000) {
      const next = arrowTarget(scale, h, 1);
      expect(next).toBeGreaterThan(h);
      h = next;
      presses++;
    }
    expect(h).toBe(SIX_MONTHS);
    // Usable both ways: not thousands of presses, not a handful.
    expect(presses).toBeGreaterThan(30);
    expect(presses).toBeLessThan(300);
  });

  it('maps slider keys: pages, ends, arrows (the same in right-to-left pages: the axis stays left to right)', () => {
    const k = (key: string, shiftKey = false) => ({ key, shiftKey });
    expect(sliderKeyTarget(k('PageUp'), 10, scale)).toBe(34);
    expect(sliderKeyTarget(k('PageDown'), 10, scale)).toBe(0);
    expect(sliderKeyTarget(k('PageUp', true), 10, scale)).toBe(178);
    expect(sliderKeyTarget(k('Home'), 100, scale)).toBe(0);
    expect(sliderKeyTarget(k('End'), 100, scale)).toBe(SIX_MONTHS);
    expect(sliderKeyTarget(k('ArrowRight'), 3, scale)).toBe(4);
    expect(sliderKeyTarget(k('ArrowLeft'), 3, scale)).toBe(2);
    expect(sliderKeyTarget(k('ArrowUp'), 3, scale)).toBe(4);
    expect(sliderKeyTarget(k('ArrowDown'), 3, scale)).toBe(2);
    expect(sliderKeyTarget(k('a'), 3, scale)).toBeNull();
  });
});

describe('axis labels', () => {
  const scale = makeTimeScale(SIX_MONTHS);
  const AXIS_TICKS = axisTicks();
  const width = (t: { label: string }) => estimateLabelWidthPx(t.label);

  function overlaps(placed: { startPx: number; item: { label: string } }[]): boolean {
    for (let i = 1; i < placed.length; i++) {
      const a = placed[i - 1]!;
      const b = placed[i]!;
      if (a.startPx + width(a.item) > b.startPx) return true;
    }
    return false;
  }

  it('labels the ticks in hours, then days', () => {
    expect(AXIS_TICKS.map((t) => t.label)).toEqual([
      '1 h',
      '6 h',
      'Day 1',
      'Day 2',
      'Day 7',
      'Day 14',
      'Day 28',
      'Day 90',
      'Day 180',
    ]);
  });

  it('shows every label on a wide track', () => {
    const placed = placeLabels(AXIS_TICKS, scale, 900, width);
    expect(placed.map((p) => p.item.label)).toEqual(AXIS_TICKS.map((t) => t.label));
    expect(overlaps(placed)).toBe(false);
  });

  it('skips labels rather than overlapping them on a phone, keeping the important ones', () => {
    const placed = placeLabels(AXIS_TICKS, scale, 340, width);
    expect(placed.length).toBeLessThan(AXIS_TICKS.length);
    expect(overlaps(placed)).toBe(false);
    const labels = placed.map((p) => p.item.label);
    expect(labels).toContain('Day 1');
    expect(labels).toContain('Day 7');
    expect(labels).toContain('Day 180');
    for (const p of placed) {
      expect(p.startPx).toBeGreaterThanOrEqual(0);
      expect(p.startPx + width(p.item)).toBeLessThanOrEqual(340);
    }
  });

  it('leaves out ticks past the end of the axis', () => {
    const short = makeTimeScale(30 * 24);
    expect(placeLabels(AXIS_TICKS, short, 2000, width).map((p) => p.item.label)).not.toContain('Day 90');
  });
});
