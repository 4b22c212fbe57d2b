/**
 * The cell explanation: the worker answers in codes and numbers (workers/engine/explainCell.ts), the main thread
 * words them in the active language (src/ui/cellInfoText.ts). Every situation the engine can report has its words
 * in every locale, and each agent of a real run is explained by the situation of its own kind and state.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n';
import type { Locale } from '../../src/i18n';
import { cellDoingText, cellStateText, cellWhereText, cellWhyText, formatDuration } from '../../src/ui/cellInfoText';
import { CellKind } from '../../workers/model/cellKinds';
import { CELL_SIGNAL_FIELDS, CELL_SITUATIONS, explainCell } from '../../workers/engine/explainCell';
import type { CellExplanation, CellSituation } from '../../workers/engine/explainCell';
import { resolvePreset } from '../../workers/model/presets';
import { createSimulation } from '../../workers/engine/simulation';

/** Which situations each kind may be in (the engine's switch, read back). */
const SITUATIONS_OF_KIND: Record<number, readonly CellSituation[]> = {
  [CellKind.neutrophil]: ['neutrophilApoptotic', 'neutrophilEatingDebris', 'neutrophilCrawling'],
  [CellKind.macrophage]: ['monocyteMaturing', 'macrophageM1', 'macrophageM2'],
  [CellKind.fibroblast]: ['fibroblastActivatedYoung', 'fibroblastActivatedMature', 'fibroblastResting'],
  [CellKind.myofibroblast]: ['myofibroblastContracting'],
  [CellKind.keratinocyte]: ['keratinocyteArrived', 'keratinocyteMigrating'],
  [CellKind.platelet]: ['plateletClot', 'plateletAggregating'],
  [CellKind.endothelialTip]: ['tipSprouting'],
};

function report(situation: CellSituation, extra: Partial<CellExplanation> = {}): CellExplanation {
  return {
    id: 7,
    kind: CellKind.fibroblast,
    state: 1,
    situation,
    hoursAgo: 30,
    activation: 0.42,
    damage: 0.8,
    notesDamage: true,
    positionUm: { x: 0, y: 0, z: 123.4 },
    layer: 2,
    signals: CELL_SIGNAL_FIELDS.map((id, i) => ({ id, value: 0.25 * (i + 1), unit: 'relative' })),
    ...extra,
  };
}

afterEach(() => setLocale('en'));

describe('explaining a cell (worker side)', () => {
  it('explains each agent of a run by a situation of its own kind, with finite numbers', () => {
    const resolved = resolvePreset('reference', { block_width_um: 600, quality: 'low' });
    if (!resolved.ok) throw new Error('preset did not resolve');
    const sim = createSimulation(resolved.params, 5);
    sim.advanceTo(30);
    const a = sim.agents;
    expect(a.count).toBeGreaterThan(0);
    const seen = new Set<CellSituation>();
    const stride = Math.max(1, Math.floor(a.count / 400));
    for (let i = 0; i < a.count; i += stride) {
      const r = explainCell(sim, a.id[i]!)!;
      expect(r.id).toBe(a.id[i]);
      expect(r.kind).toBe(a.kind[i]);
      expect(r.state).toBe(a.state[i]);
      expect(SITUATIONS_OF_KIND[r.kind]).toContain(r.situation);
      expect(r.signals.map((s) => s.id)).toEqual([...CELL_SIGNAL_FIELDS]);
      for (const n of [r.hoursAgo, r.activation, r.damage, r.positionUm.z, ...r.signals.map((s) => s.value)]) {
        expect(Number.isFinite(n)).toBe(true);
      }
      expect(r.layer).toBeGreaterThanOrEqual(0);
      expect(r.layer).toBeLessThanOrEqual(4);
      if (r.kind === CellKind.neutrophil) expect(r.notesDamage).toBe(false);
      seen.add(r.situation);
    }
    // Day 1 after needling: neutrophils, macrophages or monocytes, platelets and resident fibroblasts at least.
    expect(seen.size).toBeGreaterThanOrEqual(4);
    expect(explainCell(sim, -1)).toBeNull();
  });
});

describe('wording an explanation (main thread)', () => {
  it('keeps the English sentences the panel showed', () => {
    const r = report('fibroblastActivatedYoung');
    expect(cellStateText(r)).toBe('activated');
    expect(cellDoingText(r)).toMatch(/^It is dividing, migrating along the fibres/);
    expect(cellWhyText(r)).toBe(
      'PDGF (0.75) and TGF-β (0.50) from platelets and M2 macrophages activated it 30 h ago (activation 42 %). ' +
        'Where the tissue is still sparse, dividing cells make mostly collagen III; as division fills it, they switch to collagen I. The tissue here is 80 % damaged.',
    );
    expect(cellWhereText(r)).toBe('In the papillary dermis, 123 µm below the skin surface.');
    expect(cellWhyText(report('tipSprouting', { notesDamage: false }))).toBe(
      'VEGF here (1.00) makes vessels sprout; oxygen here is 1.25 of normal.',
    );
    expect(formatDuration(5)).toBe('5.0 h');
    expect(formatDuration(30)).toBe('30 h');
    expect(formatDuration(60)).toBe('2.5 days');
  });

  it.each(['en', 'es', 'ar', 'en-XA'] as Locale[])('words every situation in %s, with its numbers', (locale) => {
    setLocale(locale);
    for (const situation of CELL_SITUATIONS) {
      const r = report(situation);
      for (const text of [cellStateText(r), cellDoingText(r), cellWhyText(r), cellWhereText(r)]) {
        expect(text, `${locale} ${situation}`).not.toMatch(/situation\.|\{\{|cells:/);
        expect(text.length).toBeGreaterThan(2);
      }
    }
    // Numbers quoted in the sentence: the levels of the signals and the damage.
    expect(cellWhyText(report('fibroblastResting'))).toMatch(/0[.,]75/);
    expect(cellWhyText(report('fibroblastResting'))).toMatch(/80/);
  });

  it('says it in Spanish and Arabic', () => {
    setLocale('es');
    const r = report('macrophageM2', { notesDamage: false });
    expect(cellStateText(r)).toBe('M2 (reparador)');
    expect(cellWhyText(r)).toBe('Tras limpiar la herida, los macrófagos pasan al estado M2 y dirigen la reparación.');
    expect(cellWhyText(report('fibroblastResting'))).toContain('PDGF 0,75');
    expect(cellWhereText(r)).toBe('En la dermis papilar, a 123 µm bajo la superficie de la piel.');
    expect(formatDuration(60)).toBe('2,5 días');
    setLocale('ar');
    expect(cellStateText(r)).toBe('M2 (إصلاحي)');
    expect(cellWhereText(r)).toBe('في الأدمة الحليمية، على عمق 123 µm تحت سطح الجلد.');
    // Latin digits in Arabic too (the app's choice: one digit set per screen).
    expect(cellWhyText(report('fibroblastResting'))).toContain('PDGF 0.75');
  });
});
