/**
 * The scene's cell palette mirrors the engine's kind and state codes (the main thread may not import engine
 * runtime code). If a code changes or a state is added on one side only, this fails.
 */
import { describe, expect, it } from 'vitest';
import { CELL_KIND, CELL_KIND_COUNT, CELL_TYPES, MAX_STATES } from '../../src/scene/cells/cellPalette';
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
});
