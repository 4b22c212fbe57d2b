/**
 * The narrative's cell sentences agree with what the scene draws: one description per look in the palette
 * (src/look/cellLooks.ts), and the census grouped by the declared codes.
 */
import { describe, expect, it } from 'vitest';
import { CELL_TYPES } from '../../src/look/cellLooks';
import {
  CELL_GROUPS,
  MAX_CELL_LINES,
  cellLines,
  cellLooks,
  cellText,
  countCells,
} from '../../src/ui/narrative/cellStory';
import type { CellCounts } from '../../src/ui/narrative/cellStory';
import { CellKind } from '../../workers/model/cellKinds';
import { MacrophageState } from '../../workers/engine/cells/macrophages';
import { NeutrophilState } from '../../workers/engine/cells/neutrophils';
import { CENSUS_KINDS, CENSUS_STATES } from '../../workers/model/sceneLayout';

function counts(values: Partial<CellCounts>): CellCounts {
  const all = Object.fromEntries(CELL_GROUPS.map((g) => [g.id, 0])) as CellCounts;
  return { ...all, ...values };
}

describe('narrative cell groups', () => {
  it('describe every look the palette draws, exactly once, quoting their look in both modes', () => {
    const drawn = CELL_TYPES.flatMap((t) => t.states.map((s) => `${t.kind}:${s.state}`)).sort();
    const described = CELL_GROUPS.map((g) => `${g.kind}:${g.state}`).sort();
    expect(described).toEqual(drawn);
    for (const group of CELL_GROUPS) {
      // The student sentence names the look in brackets; the patient sentence describes it in words.
      const looks = cellLooks(group.id);
      expect(cellText(group.id, 'student'), group.id).toContain(`(${looks}`);
      const looksWords = looks.split(/[ ,]+/).filter((w) => w.length > 3);
      const patient = cellText(group.id, 'patient').toLowerCase();
      for (const word of looksWords) expect(patient, group.id).toContain(word.toLowerCase());
    }
  });

  it('name colours that match the palette’s hue family', () => {
    // A palette change that recolours a type must also change the words: the hue of each look, coarsely.
    const hueWord = (hex: string): string => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
      const max = Math.max(r, g, b);
      const min = Math.min(r, g, b);
      if (max - min < 0.12) return 'grey';
      const h =
        max === r ? ((g - b) / (max - min) + 6) % 6 : max === g ? (b - r) / (max - min) + 2 : (r - g) / (max - min) + 4;
      const deg = h * 60;
      if (deg < 15 || deg >= 330) return 'red';
      if (deg < 50) return 'orange';
      if (deg < 70) return 'yellow';
      if (deg < 170) return 'green';
      if (deg < 250) return 'blue';
      return 'purple';
    };
    const expected: Record<string, string[]> = {
      red: ['red'],
      orange: ['orange', 'khaki'],
      yellow: ['yellow', 'khaki'],
      green: ['green'],
      blue: ['blue'],
      purple: ['purple', 'lilac'],
      grey: ['grey'],
    };
    for (const group of CELL_GROUPS) {
      const look = CELL_TYPES[group.kind]!.states.find((s) => s.state === group.state)!;
      const family = hueWord(look.color);
      expect(
        expected[family]!.some((w) => cellLooks(group.id).includes(w)),
        `${group.id}: ${look.color} is ${family}, described as "${cellLooks(group.id)}"`,
      ).toBe(true);
    }
  });

  it('count the census by kind × state', () => {
    const census = new Uint32Array(CENSUS_KINDS * CENSUS_STATES);
    census[CellKind.neutrophil * CENSUS_STATES + NeutrophilState.live] = 7;
    census[CellKind.neutrophil * CENSUS_STATES + NeutrophilState.apoptotic] = 3;
    census[CellKind.macrophage * CENSUS_STATES + MacrophageState.monocyte] = 5;
    census[CellKind.myofibroblast * CENSUS_STATES] = 2;
    const c = countCells(census);
    expect(c['neutrophil-live']).toBe(7);
    expect(c['neutrophil-apoptotic']).toBe(3);
    expect(c['macrophage-monocyte']).toBe(5);
    expect(c['myofibroblast-contracting']).toBe(2);
    expect(c['macrophage-m1']).toBe(0);
  });

  it('describe the most numerous wound cells, in teaching order, with resting fibroblasts filling a free slot', () => {
    const many = counts({
      'fibroblast-quiescent': 9000,
      'fibroblast-activated': 50,
      'neutrophil-live': 400,
      'platelet-clot': 300,
      'macrophage-m1': 10,
      'macrophage-monocyte': 20,
      'keratinocyte-arrived': 200,
    });
    const { lines, dominant } = cellLines(many, 'student');
    expect(dominant).toBe('neutrophil-live');
    expect(lines).toHaveLength(MAX_CELL_LINES);
    // Top four by count (neutrophils, clot, keratinocytes, activated fibroblasts), shown in teaching order.
    expect(lines.map((l) => l.id)).toEqual([
      'platelet-clot',
      'neutrophil-live',
      'fibroblast-activated',
      'keratinocyte-arrived',
    ]);

    const few = cellLines(counts({ 'fibroblast-quiescent': 9000, 'macrophage-m2': 3 }), 'patient');
    expect(few.lines.map((l) => l.id)).toEqual(['macrophage-m2', 'fibroblast-quiescent']);
    expect(few.dominant).toBe('macrophage-m2');

    expect(cellLines(counts({}), 'patient')).toEqual({ lines: [], dominant: null });
  });
});
