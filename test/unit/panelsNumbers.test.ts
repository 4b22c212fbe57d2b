import { describe, expect, it } from 'vitest';
import { PARAM_BY_ID, resolvePreset } from '../../workers/protocol';
import {
  LOG_SLIDER_POSITIONS,
  fromSliderPosition,
  gridDecimals,
  sliderAttributes,
  snapToStep,
  stepDecimals,
  stepFrom,
  toSliderPosition,
} from '../../src/ui/panels/numberScale';
import type { NumberRange } from '../../src/ui/panels/numberScale';
import { formatDensity, puncturesPerCm2PerPass } from '../../src/ui/panels/punctureDensity';
import { formatNumber, valueNote, valueText } from '../../src/ui/panels/valueText';

const needle: NumberRange = { min: 0.25, max: 2.5, step: 0.25, scale: 'linear' };
const logRange: NumberRange = { min: 0.01, max: 100, step: 0.01, scale: 'log' };

describe('numberScale', () => {
  it('counts step decimals, including a min finer than the step', () => {
    expect(stepDecimals(0.25)).toBe(2);
    expect(stepDecimals(1)).toBe(0);
    expect(stepDecimals(1e-7)).toBe(7);
    expect(gridDecimals({ min: 0.25, max: 3, step: 1, scale: 'linear' })).toBe(2);
  });

  it('steps on the grid, from off-grid values to the neighbouring grid point, within the range', () => {
    expect(stepFrom(1.5, 1, needle)).toBe(1.75);
    expect(stepFrom(1.5, -1, needle)).toBe(1.25);
    expect(stepFrom(1.3, 1, needle)).toBe(1.5);
    expect(stepFrom(1.3, -1, needle)).toBe(1.25);
    expect(stepFrom(2.5, 1, needle)).toBe(2.5);
    expect(stepFrom(0.25, -1, needle)).toBe(0.25);
    const tenths: NumberRange = { min: 0, max: 1, step: 0.1, scale: 'linear' };
    expect(stepFrom(0.2, 1, tenths)).toBe(0.3); // not 0.30000000000000004
    expect(stepFrom(0.30000000000000004, 1, tenths)).toBe(0.4);
  });

  it('snaps to the grid without float noise', () => {
    expect(snapToStep(1.37, needle)).toBe(1.25);
    expect(snapToStep(1.38, needle)).toBe(1.5);
    expect(snapToStep(9, needle)).toBe(2.5);
  });

  it('passes linear parameters straight to the slider', () => {
    expect(sliderAttributes(needle)).toEqual({ min: 0.25, max: 2.5, step: 0.25 });
    expect(toSliderPosition(1.5, needle)).toBe(1.5);
    expect(fromSliderPosition(1.5, needle)).toBe(1.5);
  });

  it('maps a log parameter onto evenly spaced decades and back', () => {
    expect(sliderAttributes(logRange)).toEqual({ min: 0, max: LOG_SLIDER_POSITIONS, step: 1 });
    expect(toSliderPosition(0.01, logRange)).toBe(0);
    expect(toSliderPosition(1, logRange)).toBe(LOG_SLIDER_POSITIONS / 2);
    expect(toSliderPosition(100, logRange)).toBe(LOG_SLIDER_POSITIONS);
    expect(fromSliderPosition(LOG_SLIDER_POSITIONS / 2, logRange)).toBe(1);
    expect(fromSliderPosition(LOG_SLIDER_POSITIONS, logRange)).toBe(100);
    for (const v of [0.05, 0.3, 7, 42]) {
      const back = fromSliderPosition(toSliderPosition(v, logRange), logRange);
      expect(Math.abs(Math.log(back / v))).toBeLessThan(0.05);
    }
  });
});

describe('needle density', () => {
  it('gives the documented defaults: roller ≈ 15, stamp ≈ 70, pen 3,000 per cm² per pass', () => {
    const r = resolvePreset('reference');
    if (!r.ok) throw new Error('preset');
    expect(formatDensity(puncturesPerCm2PerPass({ ...r.params, device: 'roller' }))).toBe('15');
    expect(formatDensity(puncturesPerCm2PerPass({ ...r.params, device: 'stamp' }))).toBe('70');
    expect(formatDensity(puncturesPerCm2PerPass({ ...r.params, device: 'pen' }))).toBe('3,000');
  });
});

describe('valueText', () => {
  it('writes values with their unit and step precision', () => {
    expect(valueText(PARAM_BY_ID.needle_length_mm, 1.5)).toBe('1.5 mm');
    expect(valueText(PARAM_BY_ID.interval_days, 28)).toBe('28 days');
    expect(valueText(PARAM_BY_ID.passes, 3)).toBe('3');
    expect(formatNumber(0.30000000000000004, PARAM_BY_ID.topical_time_h)).toBe('0.3');
  });

  it('names enum options, booleans and skin types as people say them', () => {
    expect(valueText(PARAM_BY_ID.device, 'pen')).toBe('Pen (motorised)');
    expect(valueText(PARAM_BY_ID.smoker, true)).toBe('Yes');
    expect(valueText(PARAM_BY_ID.fitzpatrick, 4)).toBe('Type IV');
    expect(valueNote(PARAM_BY_ID.fitzpatrick, 6)).toBe('Type VI');
    expect(valueNote(PARAM_BY_ID.needle_length_mm, 1)).toBeNull();
  });
});
