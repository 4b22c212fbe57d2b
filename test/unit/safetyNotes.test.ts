import { describe, expect, it } from 'vitest';
import { resolvePreset } from '../../workers/protocol';
import type { Params } from '../../workers/protocol';
import { EVALUATED_NEEDLE_MAX_MM, SHORTEST_TRIAL_INTERVAL_DAYS, safetyNotes } from '../../src/ui/panels/safetyNotes';

function params(overrides: Record<string, unknown> = {}, preset = 'reference'): Params {
  const r = resolvePreset(preset, overrides);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.params;
}

const ids = (p: Params) => safetyNotes(p).map((n) => n.id);

describe('safetyNotes', () => {
  it('gives no note for the reference scenario (nothing is rendered)', () => {
    expect(safetyNotes(params())).toEqual([]);
  });

  it.each(['active_acne_or_infection', 'keloid_tendency', 'diabetes', 'isotretinoin', 'eczema'] as const)(
    '%s gives one contraindication note with a heading, a reason, the model’s reach, who decides and a source',
    (id) => {
      const notes = safetyNotes(params({ [id]: true }));
      expect(notes).toHaveLength(1);
      const note = notes[0]!;
      expect(note.id).toBe(id);
      expect(note.severity).toBe('contraindication');
      for (const text of [note.heading, note.why, note.model, note.decision, note.source])
        expect(text.length).toBeGreaterThan(5);
      expect(note.decision).toMatch(/clinician/);
      expect(note.source).toMatch(/EVIDENCE §2f/);
    },
  );

  it('says that the biology of keloid tendency and diabetes is modelled, with the factors in effect', () => {
    const [keloid] = safetyNotes(params({ keloid_tendency: true, keloid_collagen_factor: 3 }));
    expect(keloid!.model).toMatch(/includes/);
    expect(keloid!.model).toContain('3×');
    expect(keloid!.model).toMatch(/cannot tell/);
    const [diabetes] = safetyNotes(params({ diabetes: true }));
    expect(diabetes!.model).toMatch(/includes/);
    expect(diabetes!.model).toContain('4×');
  });

  it('separates uncontrolled from controlled diabetes', () => {
    const [note] = safetyNotes(params({ diabetes: true }));
    expect(note!.why).toContain('Uncontrolled diabetes is a contraindication');
    expect(note!.why).toContain('controlled diabetes needs medical advice');
  });

  it.each(['active_acne_or_infection', 'isotretinoin', 'eczema'] as const)(
    '%s says the simulation does not model it and cannot show the risk',
    (id) => {
      const [note] = safetyNotes(params({ [id]: true }));
      expect(note!.model).toMatch(/(has no|does not include)/);
      expect(note!.model).toMatch(/cannot show/);
    },
  );

  it('lists every applicable note, contraindications first, in a stable order', () => {
    const p = params({
      eczema: true,
      diabetes: true,
      active_acne_or_infection: true,
      needle_length_mm: 2,
      isotretinoin: true,
      keloid_tendency: true,
    });
    expect(ids(p)).toEqual([
      'active_acne_or_infection',
      'keloid_tendency',
      'diabetes',
      'isotretinoin',
      'eczema',
      'needle_over_1_5_mm',
    ]);
  });

  it('cautions above the FDA-evaluated needle length, not at it', () => {
    expect(ids(params({ needle_length_mm: EVALUATED_NEEDLE_MAX_MM }))).toEqual([]);
    const notes = safetyNotes(params({ needle_length_mm: 1.75 }));
    expect(notes.map((n) => [n.id, n.severity])).toEqual([['needle_over_1_5_mm', 'caution']]);
    expect(notes[0]!.heading).toContain('1.75 mm');
    expect(notes[0]!.source).toContain('DEN160029');
  });

  it('cautions when sessions are closer than any trial, only when there is more than one session', () => {
    expect(ids(params({ sessions: 1, interval_days: 3 }))).toEqual([]);
    expect(ids(params({ sessions: 3, interval_days: SHORTEST_TRIAL_INTERVAL_DAYS }))).toEqual([]);
    expect(ids(params({ sessions: 3, interval_days: 3 }))).toEqual(['interval_under_7_days']);
    expect(ids(params({}, 'home-roller'))).toEqual(['interval_under_7_days']);
  });

  it('quotes no percentage figures (no marketing-style claims)', () => {
    const all = safetyNotes(
      params({
        active_acne_or_infection: true,
        keloid_tendency: true,
        diabetes: true,
        isotretinoin: true,
        eczema: true,
        needle_length_mm: 2.5,
        sessions: 4,
        interval_days: 2,
      }),
    );
    expect(all).toHaveLength(7);
    for (const n of all) expect(`${n.why} ${n.model}`).not.toMatch(/\d+\s?%/);
  });
});
