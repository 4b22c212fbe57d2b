/**
 * "What is happening now": the stage follows the populations, the text follows the stage and thresholds, every
 * rule and metric the text names exists in the engine, and patient mode stays plain (no numbers, no jargon).
 */
import { describe, expect, it } from 'vitest';
import { CELL_GROUPS, cellText } from '../../src/ui/narrative/cellStory';
import type { CellCounts } from '../../src/ui/narrative/cellStory';
import { formatMetric, metricLabel } from '../../src/ui/narrative/metricText';
import {
  formatDuration,
  narrativeContent,
  sessionContext,
  STAGE_NUMBERS,
  STAGE_RULES,
  stageOf,
  surfaceSentence,
  whenText,
} from '../../src/ui/narrative/narrativeText';
import type { NarrativeInput, StageId } from '../../src/ui/narrative/narrativeText';
import type { NarrativeMode } from '../../src/ui/narrative/narrativeTypes';
import { METRICS } from '../../workers/model/metrics';
import { SYSTEMS } from '../../workers/engine/systems';
import type { Phase } from '../../workers/model/phases';

function counts(values: Partial<CellCounts>): CellCounts {
  const all = Object.fromEntries(CELL_GROUPS.map((g) => [g.id, 0])) as CellCounts;
  return { ...all, ...values };
}

const NEUTROPHIL_WAVE = counts({ 'neutrophil-live': 300, 'macrophage-m1': 20, 'macrophage-monocyte': 200 });
const MACROPHAGE_WAVE = counts({ 'neutrophil-live': 100, 'macrophage-m1': 80, 'macrophage-m2': 60 });

/** One input per stage (the populations that select it). */
const STAGE_INPUTS: Record<StageId, { phase: Phase; counts: CellCounts }> = {
  untreated: { phase: 'baseline', counts: counts({ 'fibroblast-quiescent': 5000 }) },
  sealing: { phase: 'hemostasis', counts: counts({ 'platelet-aggregating': 200, 'keratinocyte-migrating': 200 }) },
  alarm: { phase: 'inflammation', counts: counts({ 'platelet-clot': 200, 'keratinocyte-migrating': 200 }) },
  'neutrophil-wave': { phase: 'inflammation', counts: NEUTROPHIL_WAVE },
  'macrophage-wave': { phase: 'inflammation', counts: MACROPHAGE_WAVE },
  rebuilding: { phase: 'proliferation', counts: counts({ 'macrophage-m2': 200, 'fibroblast-activated': 4000 }) },
  consolidating: {
    phase: 'proliferation',
    counts: counts({ 'myofibroblast-contracting': 300, 'fibroblast-activated': 4000 }),
  },
  maturing: { phase: 'remodeling', counts: counts({ 'fibroblast-quiescent': 5000, 'myofibroblast-contracting': 2 }) },
};

function input(stage: StageId, mode: NarrativeMode, extra: Partial<NarrativeInput> = {}): NarrativeInput {
  return {
    mode,
    ...STAGE_INPUTS[stage],
    timeH: 30,
    surface: { barrier: 1, patency: 0 },
    sessionTimesH: [0],
    ...extra,
  };
}

const STAGES = Object.keys(STAGE_INPUTS) as StageId[];

describe('narrative stage', () => {
  it('is chosen from the populations', () => {
    for (const stage of STAGES) expect(stageOf(STAGE_INPUTS[stage].phase, STAGE_INPUTS[stage].counts)).toBe(stage);
    // Monocytes do not count as macrophages (as in the metrics): neutrophils still lead here.
    expect(
      stageOf('inflammation', counts({ 'neutrophil-live': 100, 'macrophage-monocyte': 500, 'macrophage-m1': 50 })),
    ).toBe('neutrophil-wave');
    // ...but a monocyte alone means leukocytes have arrived.
    expect(stageOf('inflammation', counts({ 'macrophage-monocyte': 1 }))).toBe('neutrophil-wave');
  });
});

describe('narrative content', () => {
  it('has a title, 2–4 sentences now, cells and what comes next for every stage and mode, no placeholder left', () => {
    for (const stage of STAGES) {
      for (const mode of ['patient', 'student'] as const) {
        const c = narrativeContent(input(stage, mode));
        expect(c.stage).toBe(stage);
        const sentences = c.now[0]!.split(/(?<=[.!?])\s+(?=[A-Z])/);
        expect(sentences.length, `${mode} ${stage}: ${c.now[0]}`).toBeGreaterThanOrEqual(2);
        expect(sentences.length, `${mode} ${stage}`).toBeLessThanOrEqual(4);
        expect(c.next.length).toBeGreaterThan(0);
        const all = JSON.stringify(c);
        expect(all, `${mode} ${stage}`).not.toMatch(/\{\w+\}/);
        expect(c.announcement).toContain(c.phaseTitle);
      }
    }
  });

  it('keeps patient mode plain: no numbers, no signal or rule names, and it says "normal" where it matters', () => {
    const jargon = /TGF|PDGF|VEGF|chemokine|M1|M2|rule:|µm|\d/;
    for (const stage of STAGES) {
      const c = narrativeContent(input(stage, 'patient'));
      expect(c.student).toBeNull();
      for (const text of [c.title, ...c.now, ...c.cells.map((l) => l.text), c.dominant, ...c.next]) {
        expect(text, `${stage}: ${text}`).not.toMatch(jargon);
      }
    }
    for (const stage of ['sealing', 'alarm', 'neutrophil-wave'] as const) {
      expect(narrativeContent(input(stage, 'patient')).now.join(' ')).toMatch(/normal/);
    }
  });

  it('adds signals, numbers, rules and a simplification in student mode', () => {
    const ruleNames = new Set<string>(SYSTEMS.map((s) => s.name));
    const metricKeys = new Set<string>(METRICS.map((m) => m.key));
    for (const stage of STAGES) {
      const c = narrativeContent(input(stage, 'student'));
      expect(c.student).not.toBeNull();
      expect(c.student!.signals.length).toBeGreaterThan(20);
      expect(c.student!.simplified.length).toBeGreaterThan(20);
      for (const rule of STAGE_RULES[stage]) expect(ruleNames.has(rule), `${stage}: rule ${rule}`).toBe(true);
      for (const key of STAGE_NUMBERS[stage]) {
        expect(metricKeys.has(key), `${stage}: metric ${key}`).toBe(true);
        expect(metricLabel(key), `${stage}: label for ${key}`).not.toBe(key);
      }
    }
    // Every "(rule: x)" the text cites is one of the engine's systems.
    const texts = STAGES.flatMap((s) => {
      const c = narrativeContent(input(s, 'student'));
      return [...c.now, ...c.cells.map((l) => l.text)];
    }).concat(CELL_GROUPS.map((g) => cellText(g.id, 'student')));
    for (const text of texts) {
      for (const m of text.matchAll(/rule: ([\w-]+)/g)) expect(ruleNames.has(m[1]!), m[0]).toBe(true);
    }
  });

  it('names the most numerous wound cells', () => {
    expect(narrativeContent(input('neutrophil-wave', 'student')).dominant).toMatch(/live neutrophils/);
    expect(narrativeContent(input('neutrophil-wave', 'patient')).dominant).toMatch(/neutrophils/);
    expect(narrativeContent(input('alarm', 'patient', { counts: counts({}) })).dominant).toMatch(/No cells/);
  });
});

describe('surface sentence', () => {
  it('follows the barrier and patency thresholds, after the alarm only', () => {
    expect(surfaceSentence('patient', 'neutrophil-wave', { barrier: 0.5, patency: 0.9 })).toMatch(/still open/);
    expect(surfaceSentence('patient', 'neutrophil-wave', { barrier: 0.95, patency: 0.4 })).toMatch(/sealed/);
    expect(surfaceSentence('student', 'rebuilding', { barrier: 1, patency: 0.2 })).toMatch(/rule: lumen/);
    expect(surfaceSentence('patient', 'rebuilding', { barrier: 1, patency: 0.05 })).toBeNull();
    expect(surfaceSentence('patient', 'alarm', { barrier: 0.3, patency: 1 })).toBeNull();
  });

  it('is part of the content when it applies', () => {
    const c = narrativeContent(input('neutrophil-wave', 'patient', { surface: { barrier: 0.6, patency: 0.8 } }));
    expect(c.now).toHaveLength(2);
  });
});

describe('sessions and time', () => {
  it('knows the latest session done and the next one', () => {
    const times = [0, 672, 1344];
    expect(sessionContext(0, times)).toEqual({ done: 1, total: 3, sinceH: 0, nextAtH: 672 });
    expect(sessionContext(700, times)).toEqual({ done: 2, total: 3, sinceH: 28, nextAtH: 1344 });
    expect(sessionContext(2000, times)).toEqual({ done: 3, total: 3, sinceH: 656, nextAtH: null });
    expect(sessionContext(5, [])).toEqual({ done: 0, total: 0, sinceH: null, nextAtH: null });
  });

  it('formats the time like the timeline, with the session when there are several', () => {
    expect(whenText('student', 30, sessionContext(30, [0]))).toBe('Day 1, 6 h');
    expect(whenText('patient', 30, sessionContext(30, [0]))).toBe('Day 1, 6 h after the treatment');
    expect(whenText('student', 700, sessionContext(700, [0, 672]))).toBe('Day 29, 4 h · 28 h after session 2 of 2');
    expect(formatDuration(47.9)).toBe('47 h');
    expect(formatDuration(72)).toBe('3 days');
  });

  it('mentions the next session in what comes next', () => {
    const c = narrativeContent(input('maturing', 'student', { timeH: 400, sessionTimesH: [0, 672] }));
    expect(c.next.join(' ')).toMatch(/Session 2 is on day 28/);
    const last = narrativeContent(input('maturing', 'student', { timeH: 800, sessionTimesH: [0, 672] }));
    expect(last.next).toHaveLength(1);
  });
});

describe('metric readouts', () => {
  it('always carry a unit', () => {
    expect(formatMetric('neutrophils', 774.2)).toBe('770 cells/mm²');
    expect(formatMetric('barrier', 0.966)).toBe('97 %');
    expect(formatMetric('collagen_iii_tz', 1.623)).toBe('1.62 × before');
    expect(formatMetric('growth_factors', 1.48)).toBe('1.5 (relative units)');
    expect(formatMetric('erythema', 0.162)).toBe('0.16 (index 0–1)');
    expect(formatMetric('new_collagen', 42.3)).toBe('42 µg/mm²');
    expect(formatMetric('new_collagen', -0.0002)).toBe('0 µg/mm²');
    expect(formatMetric('new_collagen', Number.NaN)).toBe('not simulated yet');
  });
});
