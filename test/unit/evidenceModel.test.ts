import { describe, expect, it } from 'vitest';
import { EVIDENCE_LEVELS, getParamDef, PARAM_SCHEMA } from '../../workers/protocol';
import type { ParamDef } from '../../workers/protocol';
import {
  countByLevel,
  formatCadence,
  groupBySection,
  isChanged,
  isFiltering,
  matchesFilter,
  mentionsClaim,
  NO_FILTER,
} from '../../src/ui/evidence/evidenceModel';
import { levelMeaning } from '../../src/ui/evidence/evidenceText';
import { unitNote, valueText } from '../../src/ui/evidence/paramText';
import { sectionLabel } from '../../src/ui/evidence/sectionText';

const SCHEMA: readonly ParamDef[] = PARAM_SCHEMA;
const def = (id: string) => getParamDef(id)!;

describe('evidence panel: grouping', () => {
  it('lists every parameter exactly once, by section (first appearance), each section in schema order', () => {
    const sections = groupBySection(SCHEMA);
    const ids = sections.flatMap((s) => s.defs.map((d) => d.id));
    expect([...ids].sort()).toEqual(SCHEMA.map((d) => d.id).sort());
    expect(new Set(ids).size).toBe(ids.length);
    const order = new Map(SCHEMA.map((d, i) => [d.id, i]));
    for (const s of sections) {
      const at = s.defs.map((d) => order.get(d.id)!);
      expect(at).toEqual([...at].sort((x, y) => x - y));
      expect(s.defs.every((d) => d.section === s.section && d.group === s.group)).toBe(true);
    }
    const keys = sections.map((s) => `${s.group}/${s.section}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of sections) expect(sectionLabel(s.section)).not.toMatch(/^(evidence:)?sections\./);
  });

  it('counts every level, and explains each one', () => {
    const counts = countByLevel(SCHEMA);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(SCHEMA.length);
    for (const level of EVIDENCE_LEVELS) expect(levelMeaning(level).length).toBeGreaterThan(20);
  });
});

describe('evidence panel: search and filters', () => {
  it('matches all words, in any order, in label, id, description or source', () => {
    const needle = def('needle_length_mm');
    expect(matchesFilter(needle, 1.5, { ...NO_FILTER, query: 'LENGTH needle' })).toBe(true);
    expect(matchesFilter(needle, 1.5, { ...NO_FILTER, query: 'needle_length_mm' })).toBe(true);
    expect(matchesFilter(needle, 1.5, { ...NO_FILTER, query: 'needle neutrophil' })).toBe(false);
    const found = SCHEMA.filter((d) => matchesFilter(d, undefined, { ...NO_FILTER, query: 'Rouillard' }));
    expect(found.map((d) => d.id)).toContain('collagen_synthesis_rate_per_h');
  });

  it('filters by evidence level and by changed values', () => {
    const calibrated = SCHEMA.filter((d) => matchesFilter(d, undefined, { ...NO_FILTER, level: 'calibrated' }));
    expect(calibrated.length).toBe(countByLevel(SCHEMA).calibrated);
    expect(calibrated.every((d) => d.evidence === 'calibrated')).toBe(true);
    const needle = def('needle_length_mm');
    expect(matchesFilter(needle, 2, { ...NO_FILTER, changedOnly: true })).toBe(true);
    expect(matchesFilter(needle, needle.default as number, { ...NO_FILTER, changedOnly: true })).toBe(false);
  });

  it('knows when a filter is active', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, query: '  ' })).toBe(false);
    expect(isFiltering({ ...NO_FILTER, query: 'x' })).toBe(true);
    expect(isFiltering({ ...NO_FILTER, level: 'assumed' })).toBe(true);
  });

  it('marks a value changed only when it differs from the default', () => {
    expect(isChanged(def('smoker'), true)).toBe(true);
    expect(isChanged(def('smoker'), false)).toBe(false);
    expect(isChanged(def('smoker'), undefined)).toBe(false);
  });
});

describe('evidence panel: marketing claims', () => {
  it('spots the schema texts that mention a claim, e.g. "400 % more collagen"', () => {
    const collagen = def('collagen_synthesis_rate_per_h');
    expect(collagen.description).toContain('400 %');
    expect(mentionsClaim(collagen.description)).toBe(true);
    expect(mentionsClaim('measured in 20 patients')).toBe(false);
    expect(mentionsClaim('a reclaimed value')).toBe(false);
  });

  it('every schema text quoting a percentage "more" figure labels it a claim', () => {
    for (const d of SCHEMA) {
      const text = `${d.description} ${d.source}`;
      if (/\d+\s?% more/i.test(text)) expect(mentionsClaim(text), d.id).toBe(true);
    }
  });
});

describe('parameter values in words', () => {
  it('numbers with units, enums by label, booleans as yes/no', () => {
    expect(valueText(def('needle_length_mm'), 1.5)).toBe('1.5 mm');
    expect(valueText(def('device'), 'roller')).toBe('Roller');
    expect(valueText(def('smoker'), true)).toBe('yes');
  });

  it('adds the spelling a link uses when exact', () => {
    expect(valueText(def('device'), 'roller', true)).toBe('Roller · roller');
    expect(valueText(def('smoker'), false, true)).toBe('no · false');
    expect(valueText(def('needle_length_mm'), 2, true)).toBe('2 mm');
  });

  it('says so when a number has no unit', () => {
    const unitless = SCHEMA.find((d) => (d.kind === 'number' || d.kind === 'integer') && d.unit === '')!;
    expect(unitNote(unitless)).toMatch(/no unit/);
    expect(unitNote(def('sessions'))).toMatch(/count/);
    expect(unitNote(def('needle_length_mm'))).toBeNull();
    expect(unitNote(def('device'))).toBeNull();
  });
});

describe('rule cadences', () => {
  it('reads whole model steps as minutes or hours', () => {
    expect(formatCadence(0.1)).toBe('every 6 min');
    expect(formatCadence(3 * 0.1)).toBe('every 18 min');
    expect(formatCadence(5 * 0.1)).toBe('every 30 min');
    expect(formatCadence(10 * 0.1)).toBe('hourly');
    expect(formatCadence(20 * 0.1)).toBe('every 2 h');
    expect(formatCadence(50 * 0.1)).toBe('every 5 h');
  });
});
