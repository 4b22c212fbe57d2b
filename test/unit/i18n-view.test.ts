/**
 * The timeline's and the 3D view's words in Spanish and Arabic (namespaces `timeline`, `view`, `cells`): clock and
 * speed formatters, phase names, plural forms, milestone and axis labels, cell names, field names and units. English
 * stays exactly as before (test/unit/timelineText.test.ts); test/unit/i18n.test.ts checks that every locale file
 * has English's keys, placeholders and plural forms — repeated here for these namespaces, so this file stands alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n';
import { CELL_TYPES, cellShapeDescription, cellStateLabel, cellTypeLabel } from '../../src/look/cellLooks';
import { fieldLabel, fieldUnit } from '../../src/ui/fieldText';
import { milestonesFor } from '../../src/ui/timeline/milestones';
import { axisTicks } from '../../src/ui/timeline/timeScale';
import {
  formatClock,
  formatWhen,
  phaseLabel,
  phasesSummary,
  readoutText,
  seekingText,
  sessionLabel,
  sessionsSummary,
  sliderValueText,
  speedLabel,
} from '../../src/ui/timeline/timelineText';

afterEach(() => setLocale('en'));

type Json = { [key: string]: string | Json };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function keysOf(locale: string, ns: string): string[] {
  const json = JSON.parse(
    readFileSync(join(__dirname, '../../src/i18n/locales', locale, `${ns}.json`), 'utf8'),
  ) as Json;
  const out = new Set<string>();
  const walk = (node: Json, prefix: string) => {
    for (const [k, v] of Object.entries(node)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (typeof v === 'string') out.add(key.replace(PLURAL_SUFFIX, '#plural'));
      else walk(v, key);
    }
  };
  walk(json, '');
  return [...out].sort();
}

describe('locale files of the timeline and the view', () => {
  it.each(['timeline', 'view', 'cells'])('es and ar have the keys of English in %s', (ns) => {
    expect(keysOf('es', ns)).toEqual(keysOf('en', ns));
    expect(keysOf('ar', ns)).toEqual(keysOf('en', ns));
  });
});

describe('timeline in Spanish', () => {
  it('formats the clock, points in time and speeds with Spanish words and decimal commas', () => {
    setLocale('es');
    expect(formatClock(52)).toBe('Día 2, 4,0 h');
    expect(formatClock(23.97)).toBe('Día 1, 0,0 h');
    expect(formatWhen(6)).toBe('6 h');
    expect(formatWhen(1.5)).toBe('1,5 h');
    expect(formatWhen(672)).toBe('Día 28');
    expect(seekingText(2160)).toBe('Yendo a Día 90…');
    expect([1, 24, 72, 168, 336].map(speedLabel)).toEqual([
      '1 h/s',
      '1 día/s',
      '3 días/s',
      '1 semana/s',
      '2 semanas/s',
    ]);
    expect(readoutText(52, 'proliferation', 14043)).toBe('Día 2, 4,0 h · proliferación · 14043 células');
    expect(readoutText(52, 'proliferation', 1)).toMatch(/1 célula$/);
    expect(sliderValueText(76.4, 'proliferation')).toBe('Día 3, 4 h — fase de proliferación');
    expect(sliderValueText(5000, null)).toBe('Día 208, 8 h — aún no simulado');
    expect(sessionsSummary([0, 672])).toBe('Sesiones de microagujas en: 0 h, Día 28.');
    expect(phasesSummary([{ phase: 'hemostasis', startH: 0, endH: 1 }])).toBe(
      'Fases simuladas hasta ahora: hemostasia desde 0 h hasta 1 h.',
    );
    expect(sessionLabel(0)).toBe('Sesión 1');
    expect(milestonesFor('patient', 4320).map((m) => m.label)).toEqual(['Día 1', 'Día 3', 'Día 7', 'Día 28']);
    expect(axisTicks().map((t) => t.label)).toContain('Día 180');
  });
});

describe('timeline in Arabic', () => {
  it('uses Arabic words, Arabic punctuation and plural forms, with Latin digits', () => {
    setLocale('ar');
    expect(formatClock(52)).toBe('اليوم 2، 4.0 س');
    expect(formatWhen(672)).toBe('اليوم 28');
    expect(phaseLabel('inflammation')).toBe('الالتهاب');
    // Arabic plurals: 3–10 take the plural noun ("few"), 11–99 the singular accusative ("many").
    expect(speedLabel(72)).toBe('3 أيام/ث');
    expect(speedLabel(24 * 11)).toBe('11 يومًا/ث');
    expect(readoutText(52, 'proliferation', 5)).toBe('اليوم 2، 4.0 س · التكاثر · 5 خلايا');
    expect(readoutText(52, 'proliferation', 14043)).toBe('اليوم 2، 4.0 س · التكاثر · 14043 خلية');
    expect(sessionsSummary([0, 672])).toBe('جلسات الوخز بالإبر الدقيقة في: 0 س، اليوم 28.');
    expect(sliderValueText(76.4, 'remodeling')).toBe('اليوم 3، 4 س — مرحلة إعادة التشكيل');
  });

  it('keeps an unknown phase name as the model reports it', () => {
    setLocale('ar');
    expect(phaseLabel('no-such-phase')).toBe('no-such-phase');
  });
});

describe('the view and the cells', () => {
  it('names every cell type and state, and its shape, in each language', () => {
    for (const locale of ['en', 'es', 'ar'] as const) {
      setLocale(locale);
      const names = new Set<string>();
      for (const type of CELL_TYPES) {
        names.add(cellTypeLabel(type));
        expect(cellShapeDescription(type).length).toBeGreaterThan(20);
        for (const look of type.states) expect(cellStateLabel(type, look)).not.toMatch(/^cells:|type\./);
      }
      expect(names.size).toBe(CELL_TYPES.length);
    }
    setLocale('es');
    expect(cellTypeLabel(CELL_TYPES[2]!)).toBe('Macrófago');
    expect(cellStateLabel(CELL_TYPES[2]!, CELL_TYPES[2]!.states[1]!)).toBe('M2 (reparador)');
    setLocale('ar');
    expect(cellTypeLabel(CELL_TYPES[5]!)).toBe('صفيحة دموية');
  });

  it('names the fields and their units; the serum field after the serum applied', () => {
    expect(fieldLabel('tgf_beta', 'TGF-β1')).toBe('TGF-β1');
    expect(fieldLabel('topical', 'Hyaluronic acid', 'hyaluronic-acid')).toBe('Hyaluronic acid');
    expect(fieldUnit('oxygen', 'relative to normal tissue')).toBe('relative to normal tissue');
    setLocale('es');
    expect(fieldLabel('oxygen', 'Oxygen')).toBe('Oxígeno');
    expect(fieldLabel('topical', 'Topical serum (none applied)', 'none')).toBe('Sérum tópico (no aplicado)');
    expect(fieldUnit('oxygen', 'relative to normal tissue')).toBe('relativo al tejido normal');
    // A field the locale files do not know keeps the engine's words.
    expect(fieldLabel('new_field', 'New field')).toBe('New field');
    expect(fieldUnit('new_field', 'ng/mL')).toBe('ng/mL');
    setLocale('ar');
    expect(fieldLabel('tgf_beta', 'TGF-β1')).toBe('عامل النمو المحوّل بيتا 1 (TGF-β1)');
  });
});
