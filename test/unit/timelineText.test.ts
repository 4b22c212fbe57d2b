import { describe, expect, it } from 'vitest';
import { milestonesFor } from '../../src/ui/timeline/milestones';
import { phaseAt, phaseBands, phaseColor } from '../../src/ui/timeline/phaseBands';
import {
  formatClock,
  formatWhen,
  phasesSummary,
  readoutText,
  seekingText,
  sessionsSummary,
  sliderValueText,
  speedLabel,
} from '../../src/ui/timeline/timelineText';
import { SPEEDS_H_PER_S } from '../../src/state/scenarioStore';
import { PHASE_COLORS } from '../../src/look/colors';

describe('timeline text', () => {
  it('formats the clock in days and hours', () => {
    expect(formatClock(0)).toBe('Day 0, 0.0 h');
    expect(formatClock(52)).toBe('Day 2, 4.0 h');
    expect(formatClock(23.97)).toBe('Day 1, 0.0 h');
    expect(sliderValueText(76.4, 'proliferation')).toBe('Day 3, 4 h — proliferation phase');
    expect(sliderValueText(5000, null)).toBe('Day 208, 8 h — not simulated yet');
  });

  it('formats the readout the browser tests read', () => {
    const text = readoutText(52, 'proliferation', 14043);
    expect(text).toBe('Day 2, 4.0 h · proliferation · 14043 cells');
    expect(text).toMatch(/\d{4,} cells/);
  });

  it('names points in time', () => {
    expect(formatWhen(0)).toBe('0 h');
    expect(formatWhen(6)).toBe('6 h');
    expect(formatWhen(672)).toBe('Day 28');
    expect(formatWhen(30)).toBe('Day 1, 6 h');
    expect(seekingText(2160)).toBe('Going to Day 90…');
    expect(sessionsSummary([0, 672])).toBe('Needling sessions at: 0 h, Day 28.');
    expect(sessionsSummary([])).toMatch(/No needling sessions/);
  });

  it('labels every offered speed readably', () => {
    expect(SPEEDS_H_PER_S.map(speedLabel)).toEqual(['1 h/s', '6 h/s', '1 day/s', '3 days/s', '1 week/s']);
    expect(speedLabel(12)).toBe('12 h/s');
    expect(speedLabel(336)).toBe('2 weeks/s');
  });
});

describe('phase bands', () => {
  it('merges hours of one phase and stops at the last simulated hour', () => {
    const column = ['hemostasis', 'inflammation', 'inflammation', 'proliferation', 'proliferation'];
    expect(phaseBands(column)).toEqual([
      { phase: 'hemostasis', startH: 0, endH: 1 },
      { phase: 'inflammation', startH: 1, endH: 3 },
      { phase: 'proliferation', startH: 3, endH: 4 },
    ]);
    expect(phaseBands([])).toEqual([]);
    expect(phaseBands(['baseline'])).toEqual([]);
    expect(phasesSummary(phaseBands(column))).toMatch(/^Phases simulated so far: hemostasis from 0 h to 1 h; /);
  });

  it('reads the phase at a time, null beyond what is simulated', () => {
    const column = ['hemostasis', 'inflammation'];
    expect(phaseAt(column, 0.5)).toBe('hemostasis');
    expect(phaseAt(column, 1)).toBe('inflammation');
    expect(phaseAt(column, 2)).toBeNull();
  });

  it('gives each phase its own colour', () => {
    const colours = Object.values(PHASE_COLORS);
    expect(new Set(colours).size).toBe(colours.length);
    expect(phaseColor('no-such-phase')).toBe(PHASE_COLORS.baseline);
  });
});

describe('milestones', () => {
  it('offers the teaching jumps the browser tests click, and fewer, everyday ones to patients', () => {
    expect(milestonesFor('student', 4320).map((m) => m.label)).toEqual([
      '0 h',
      '6 h',
      'Day 2',
      'Day 7',
      'Day 28',
      'Day 90',
    ]);
    expect(milestonesFor('educator', 4320)).toEqual(milestonesFor('student', 4320));
    expect(milestonesFor('patient', 4320).map((m) => m.label)).toEqual(['Day 1', 'Day 3', 'Day 7', 'Day 28']);
    expect(milestonesFor('student', 100).map((m) => m.hours)).toEqual([0, 6, 48]);
  });
});
