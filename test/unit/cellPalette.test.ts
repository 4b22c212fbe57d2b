/**
 * The scene's cell palette mirrors the engine's kind and state codes (the main thread may not import engine
 * runtime code). If a code changes or a state is added on one side only, this fails. Every type and state it lists
 * is named in every shipped language (the names live in the `cells` locale files, keyed by the palette's keys).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n';
import {
  CELL_KIND,
  CELL_KIND_COUNT,
  CELL_TYPES,
  cellStateLabel,
  cellTypeLabel,
  lookOf,
  MAX_STATES,
} from '../../src/scene/cells/cellPalette';
import { CellKind } from '../../workers/engine/cellKinds';
import { FibroblastState } from '../../workers/engine/cells/fibroblasts';
import { KeratinocyteState } from '../../workers/engine/cells/keratinocytes';
import { MacrophageState } from '../../workers/engine/cells/macrophages';
import { NeutrophilState } from '../../workers/engine/cells/neutrophils';
import { PlateletState } from '../../workers/engine/cells/platelets';

describe('cell palette', () => {
  it('uses the engine’s kind codes, one look per kind, in code order', () => {
    expect(CELL_KIND).toEqual(CellKind);
    expect(CELL_KIND_COUNT).toBe(Object.keys(CellKind).length);
    CELL_TYPES.forEach((t, code) => expect(t.kind).toBe(code));
  });

  it('has a look for every state the engine uses, with the same codes', () => {
    const engineStates: Record<number, Record<string, number>> = {
      [CellKind.fibroblast]: FibroblastState,
      [CellKind.neutrophil]: NeutrophilState,
      [CellKind.macrophage]: MacrophageState,
      [CellKind.keratinocyte]: KeratinocyteState,
      [CellKind.platelet]: PlateletState,
    };
    for (const [kind, states] of Object.entries(engineStates)) {
      const drawn = CELL_TYPES[Number(kind)]!.states.map((s) => s.state).sort();
      expect(drawn).toEqual(Object.values(states).sort());
      expect(drawn.length).toBeLessThanOrEqual(MAX_STATES);
    }
  });

  it('names every type and state in every language, each type once', () => {
    type TypeText = { label: string; shape: string; state: Record<string, string> };
    for (const locale of ['en', 'es', 'ar']) {
      const file = join(__dirname, '../../src/i18n/locales', locale, 'cells.json');
      const text = (JSON.parse(readFileSync(file, 'utf8')) as { type: Record<string, TypeText> }).type;
      expect(Object.keys(text).sort()).toEqual(CELL_TYPES.map((t) => t.key).sort());
      for (const type of CELL_TYPES) {
        const words = text[type.key]!;
        expect(words.label.trim(), `${locale} ${type.key}`).not.toBe('');
        expect(words.shape.trim(), `${locale} ${type.key}`).not.toBe('');
        expect(Object.keys(words.state).sort()).toEqual(type.states.map((s) => s.key).sort());
      }
      expect(new Set(Object.values(text).map((w) => w.label)).size).toBe(CELL_TYPES.length);
    }
  });
});

describe('cell names', () => {
  afterEach(() => setLocale('en'));

  it('reads names in the active language when asked', () => {
    const m2 = lookOf(CELL_KIND.macrophage, 1)!;
    expect(cellTypeLabel(m2.type)).toBe('Macrophage');
    expect(cellStateLabel(m2.type, m2.look)).toBe('M2 (repairing)');
    setLocale('es');
    expect(cellTypeLabel(m2.type)).toBe('Macrófago');
    setLocale('ar');
    expect(cellStateLabel(m2.type, m2.look)).toBe('M2 (إصلاحي)');
  });
});
