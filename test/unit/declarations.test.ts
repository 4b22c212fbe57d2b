/**
 * Every declared concept (workers/model: cell kinds and states, metrics, phases, fields, rules; the app's camera
 * presets and tiers) has its look and its words in every shipped language, and nothing is worded that is not declared.
 * Looks keyed by the declarations are checked by the compiler (`satisfies Record<…>`); this test checks the rest: the
 * locale files, which the compiler cannot see, and the lists whose order is chosen by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n';
import { LOCALES, PSEUDO_LOCALE } from '../../src/i18n/locales';
import { CELL_TYPES, cellStateLabel, cellTypeLabel, LEGEND_ORDER, lookOf } from '../../src/look/cellLooks';
import { PHASE_COLORS } from '../../src/look/colors';
import { CAMERA_PRESETS, RENDER_TIERS } from '../../src/state/viewStore';
import { CELL_GROUPS } from '../../src/ui/narrative/cellStory';
import { SYSTEMS } from '../../workers/engine/systems';
import { CELL_KINDS, CellKind, CellState, MAX_CELL_STATES } from '../../workers/model/cellKinds';
import { FIELDS } from '../../workers/model/fields';
import { METRICS } from '../../workers/model/metrics';
import { PHASES } from '../../workers/model/phases';
import { RULES } from '../../workers/model/rules';

type Json = { [key: string]: Json } & Record<string, unknown>;

function localeFile(locale: string, namespace: string): Json {
  return JSON.parse(
    readFileSync(join(__dirname, '../../src/i18n/locales', locale, `${namespace}.json`), 'utf8'),
  ) as Json;
}

/** The string at a dotted path (keys may contain '-' but not '.'), or undefined. */
function text(file: Json, path: readonly string[]): string | undefined {
  let node: unknown = file;
  for (const key of path) node = (node as Record<string, unknown> | undefined)?.[key];
  return typeof node === 'string' && node.trim() !== '' ? node : undefined;
}

function expectWorded(locale: string, namespace: string, path: readonly string[]): void {
  expect(text(localeFile(locale, namespace), path), `${locale} ${namespace}:${path.join('.')}`).toBeDefined();
}

const SHIPPED = LOCALES.filter((l) => l !== PSEUDO_LOCALE);

describe('declared cell kinds and states', () => {
  it('are coded by position, with the state codes the engine stores', () => {
    CELL_KINDS.forEach((kind, code) => {
      expect(CellKind[kind.id], kind.id).toBe(code);
      const states: Readonly<Record<string, number>> = CellState[kind.id];
      kind.states.forEach((state, stateCode) => expect(states[state], `${kind.id}.${state}`).toBe(stateCode));
      expect(kind.states.length).toBeLessThanOrEqual(MAX_CELL_STATES);
    });
  });

  it('each have a look, in code order, and a row in the legend', () => {
    expect([...LEGEND_ORDER].sort()).toEqual(CELL_KINDS.map((_, code) => code).sort());
    expect(CELL_TYPES.map((t) => t.key)).toEqual(CELL_KINDS.map((k) => k.id));
    CELL_TYPES.forEach((type, code) => {
      expect(type.kind).toBe(code);
      expect(type.states.map((s) => s.key)).toEqual([...CELL_KINDS[code]!.states]);
      for (const look of type.states) expect(look.color, `${type.key}.${look.key}`).toMatch(/^#[0-9A-Fa-f]{6}$/);
    });
  });

  it('are each a population of the narrative, exactly once', () => {
    const declared = CELL_KINDS.flatMap((k) => k.states.map((s) => `${k.id}-${s}`)).sort();
    expect(CELL_GROUPS.map((g) => g.id).sort()).toEqual(declared);
    for (const group of CELL_GROUPS) {
      const [kindId, stateId] = group.id.split('-') as [string, string];
      const kind = CELL_KINDS.findIndex((k) => k.id === kindId);
      expect(group.kind, group.id).toBe(kind);
      expect(group.state, group.id).toBe((CELL_KINDS[kind]!.states as readonly string[]).indexOf(stateId));
    }
  });

  it('are named, shaped and described in every language, and nothing else is', () => {
    for (const locale of SHIPPED) {
      const types = localeFile(locale, 'cells').type!;
      expect(Object.keys(types).sort(), locale).toEqual(CELL_KINDS.map((k) => k.id).sort());
      for (const kind of CELL_KINDS) {
        expectWorded(locale, 'cells', ['type', kind.id, 'label']);
        expectWorded(locale, 'cells', ['type', kind.id, 'shape']);
        expect(Object.keys(types[kind.id]!.state!).sort(), `${locale} ${kind.id}`).toEqual([...kind.states].sort());
        for (const state of kind.states) expectWorded(locale, 'cells', ['type', kind.id, 'state', state]);
      }
      const labels = CELL_KINDS.map((k) => text(localeFile(locale, 'cells'), ['type', k.id, 'label']));
      expect(new Set(labels).size, `${locale}: each type its own name`).toBe(CELL_KINDS.length);
      const populations = localeFile(locale, 'narrative').cells!;
      expect(Object.keys(populations).sort(), locale).toEqual(CELL_GROUPS.map((g) => g.id).sort());
      for (const group of CELL_GROUPS) {
        for (const path of [
          ['looks'],
          ['name', 'patient'],
          ['name', 'student'],
          ['text', 'patient'],
          ['text', 'student'],
        ]) {
          expectWorded(locale, 'narrative', ['cells', group.id, ...path]);
        }
      }
    }
  });
});

describe('cell names', () => {
  afterEach(() => setLocale('en'));

  it('are read in the active language when asked', () => {
    const m2 = lookOf(CellKind.macrophage, CellState.macrophage.m2)!;
    expect(cellTypeLabel(m2.type)).toBe('Macrophage');
    expect(cellStateLabel(m2.type, m2.look)).toBe('M2 (repairing)');
    setLocale('es');
    expect(cellTypeLabel(m2.type)).toBe('Macrófago');
    setLocale('ar');
    expect(cellStateLabel(m2.type, m2.look)).toBe('M2 (إصلاحي)');
  });
});

describe('declared metrics', () => {
  it('are described and labelled in every language, and nothing else is', () => {
    const keys = METRICS.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const locale of SHIPPED) {
      expect(Object.keys(localeFile(locale, 'metrics')).sort(), locale).toEqual([...keys].sort());
      for (const key of keys) {
        expectWorded(locale, 'metrics', [key, 'description']);
        expectWorded(locale, 'narrative', ['metric', 'label', key]);
      }
      for (const key of Object.keys(localeFile(locale, 'charts').series!)) {
        expect(keys as readonly string[], `${locale} charts:series.${key} names no metric`).toContain(key);
      }
    }
  });
});

describe('declared phases', () => {
  it('each have a colour and are named for the timeline and both narrative registers in every language', () => {
    expect(Object.keys(PHASE_COLORS).sort()).toEqual([...PHASES].sort());
    for (const locale of SHIPPED) {
      for (const phase of PHASES) {
        expectWorded(locale, 'timeline', ['phase', phase]);
        expectWorded(locale, 'narrative', ['phase', 'patient', phase]);
        expectWorded(locale, 'narrative', ['phase', 'student', phase]);
      }
    }
  });
});

describe('declared fields', () => {
  it('each have an overlay scale, a name and a unit in every language', () => {
    for (const field of FIELDS) {
      expect(field.overlay.max, field.id).toBeGreaterThan(field.overlay.min);
      if (field.overlay.log) expect(field.overlay.min, field.id).toBeGreaterThan(0);
    }
    for (const locale of SHIPPED) {
      const view = localeFile(locale, 'view');
      for (const field of FIELDS) {
        // The serum's name depends on the serum chosen: one per serum.
        expect(view.field![field.id], `${locale} view:field.${field.id}`).toBeDefined();
        expectWorded(locale, 'view', ['fieldUnit', field.id]);
      }
    }
  });
});

describe('declared rules', () => {
  it('are the engine’s systems, in the order they run, each explained in every language', () => {
    expect(SYSTEMS.map((s) => s.name)).toEqual([...RULES]);
    for (const locale of SHIPPED) {
      for (const rule of RULES) {
        expectWorded(locale, 'evidence', ['rule', rule, 'name']);
        expectWorded(locale, 'evidence', ['rule', rule, 'description']);
      }
    }
  });
});

describe('declared view options', () => {
  it('name every camera preset and render tier in every language', () => {
    for (const locale of SHIPPED) {
      for (const preset of CAMERA_PRESETS) expectWorded(locale, 'view', ['preset', preset]);
      for (const tier of RENDER_TIERS) expectWorded(locale, 'view', ['tier', tier]);
    }
  });
});
