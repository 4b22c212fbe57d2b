/**
 * The control panels, safety notes and evidence panel in Spanish and Arabic: number entry with the locale's decimal
 * separator, values and ranges in the locale's notation, translated notes, cadences and search. (The locale files'
 * key sets are checked for every namespace by i18n.test.ts.)
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { getParamDef, resolvePreset } from '../../workers/protocol';
import type { Params } from '../../workers/protocol';
import { setLocale } from '../../src/i18n';
import { EvidenceLegend } from '../../src/ui/evidence/EvidenceLegend';
import { formatCadence, matchesFilter, NO_FILTER } from '../../src/ui/evidence/evidenceModel';
import { claims, levelLabel, ruleDescription, ruleName } from '../../src/ui/evidence/evidenceText';
import { valueText as evidenceValueText } from '../../src/ui/evidence/paramText';
import { sectionLabel } from '../../src/ui/evidence/sectionText';
import { allowedText } from '../../src/i18n/allowedText';
import { exactNumberText, normalizeNumberText, parseNumberEntry } from '../../src/i18n/numberText';
import { formatDensity } from '../../src/ui/panels/punctureDensity';
import { safetyNotes } from '../../src/ui/panels/safetyNotes';
import { sectionTitle } from '../../src/ui/panels/SectionTitles';
import { valueText } from '../../src/ui/panels/valueText';

const def = (id: string) => getParamDef(id)!;
const ARABIC = /[\u0600-\u06ff]/;

function params(overrides: Record<string, unknown> = {}): Params {
  const r = resolvePreset('reference', overrides);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.params;
}

afterEach(() => setLocale('en'));

describe('number entry in the active language', () => {
  it('accepts the Spanish decimal comma as well as the point', () => {
    setLocale('es');
    expect(normalizeNumberText(' 1,5 ')).toBe('1.5');
    expect(parseNumberEntry('needle_length_mm', '1,5')).toEqual({ ok: true, value: 1.5 });
    expect(parseNumberEntry('needle_length_mm', '1.5')).toEqual({ ok: true, value: 1.5 });
    expect(parseNumberEntry('needle_length_mm', '0,25')).toEqual({ ok: true, value: 0.25 });
    expect(parseNumberEntry('interval_days', '28')).toEqual({ ok: true, value: 28 });
  });

  it('refuses what is not one number, quoting the text as typed', () => {
    setLocale('es');
    for (const text of ['1,5,0', '1.000,5', '1,5 mm', '']) {
      const parsed = parseNumberEntry('needle_length_mm', text);
      expect(parsed.ok, text).toBe(false);
      if (!parsed.ok) expect(parsed.error.value).toBe(text);
    }
    const outOfRange = parseNumberEntry('needle_length_mm', '3,5');
    expect(outOfRange.ok).toBe(false);
    if (!outOfRange.ok) expect(outOfRange.error.code).toBe('out_of_range');
  });

  it('keeps the comma invalid in English (there it groups thousands)', () => {
    const parsed = parseNumberEntry('needle_length_mm', '1,5');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatchObject({ code: 'not_a_number', value: '1,5' });
  });

  it('reads Arabic-Indic digits and the Arabic decimal separator', () => {
    setLocale('ar');
    expect(parseNumberEntry('needle_length_mm', '١٫٥')).toEqual({ ok: true, value: 1.5 });
    expect(parseNumberEntry('needle_length_mm', '1.5')).toEqual({ ok: true, value: 1.5 });
  });

  it('writes the field and the allowed range in the locale’s notation, exactly', () => {
    expect(exactNumberText(0.000727)).toBe('0.000727');
    setLocale('es');
    expect(exactNumberText(1.5)).toBe('1,5');
    expect(exactNumberText(0.000727)).toBe('0,000727');
    expect(allowedText(def('needle_length_mm'))).toBe('0,25–2,5 mm');
    expect(allowedText(def('sessions'))).toBe('enteros 1–12');
  });
});

describe('panel text in Spanish and Arabic', () => {
  it('values, units and section titles', () => {
    setLocale('es');
    expect(valueText(def('needle_length_mm'), 1.5)).toBe('1,5 mm');
    expect(valueText(def('interval_days'), 28)).toBe('28 días');
    expect(valueText(def('smoker'), true)).toBe('Sí');
    expect(valueText(def('fitzpatrick'), 4)).toBe('Tipo IV');
    expect(formatDensity(3000)).toBe('3000');
    expect(sectionTitle('your-skin')).toBe('Su piel');
    setLocale('ar');
    expect(valueText(def('smoker'), false)).toBe('لا');
    expect(valueText(def('fitzpatrick'), 2)).toBe('النوع II');
    expect(sectionTitle('health')).toMatch(ARABIC);
  });

  it('safety notes, with the values they quote in the locale’s notation', () => {
    setLocale('es');
    const [needle] = safetyNotes(params({ needle_length_mm: 1.75 }));
    expect(needle!.heading).toBe('Aguja de 1,75 mm: más allá de la profundidad evaluada');
    expect(needle!.why).toContain('1,5 mm');
    expect(needle!.decision).toMatch(/profesional clínico/);
    const [interval] = safetyNotes(params({ sessions: 3, interval_days: 3 }));
    expect(interval!.heading).toMatch(/^Sesiones separadas por 3 días/);
    setLocale('ar');
    const [keloid] = safetyNotes(params({ keloid_tendency: true, keloid_collagen_factor: 3 }));
    expect(keloid!.heading).toMatch(ARABIC);
    expect(keloid!.model).toContain('3×');
    const [close] = safetyNotes(params({ sessions: 3, interval_days: 3 }));
    expect(close!.heading).toContain('3 أيام');
  });
});

describe('evidence panel in Spanish and Arabic', () => {
  it('levels, sections, claims, rules and cadences', () => {
    setLocale('es');
    expect(levelLabel('measured')).toBe('medido');
    expect(sectionLabel('skin-response')).toBe('Respuesta cutánea (enrojecimiento, pigmento)');
    expect(claims()[0]!.claim).toContain('400 %');
    expect(formatCadence(0.1)).toBe('cada 6 min');
    expect(formatCadence(1)).toBe('cada hora');
    const rule = { name: 'angiogenesis', description: 'English', everyHours: 2 };
    expect(ruleName(rule)).toBe('angiogénesis');
    expect(ruleDescription({ ...rule, name: 'a-rule-not-translated' })).toBe('English');
    expect(evidenceValueText(def('needle_length_mm'), 1.5, true)).toBe('1,5 mm · 1.5');
    expect(evidenceValueText(def('smoker'), true, true)).toBe('sí · true');
    setLocale('ar');
    expect(formatCadence(2)).toBe('كل ساعتين');
    expect(formatCadence(0.5)).toBe('كل 30 دقيقة');
    expect(levelLabel('assumed')).toMatch(ARABIC);
  });

  it('searches the translated labels and descriptions, ignoring accents, and still the ids', () => {
    const collagen = def('collagen_synthesis_rate_per_h');
    const finds = (query: string) => matchesFilter(collagen, undefined, { ...NO_FILTER, query });
    setLocale('es');
    expect(finds('síntesis colágeno')).toBe(true);
    expect(finds('sintesis COLAGENO')).toBe(true);
    expect(finds('collagen_synthesis_rate_per_h')).toBe(true);
    expect(finds('neutrófilo')).toBe(false);
    setLocale('ar');
    expect(finds('الكولاجين')).toBe(true);
    expect(finds('collagen_synthesis')).toBe(true);
  });

  it('renders the legend in the active language', () => {
    setLocale('ar');
    const html = renderToStaticMarkup(
      createElement(EvidenceLegend, { counts: { measured: 40, derived: 12, assumed: 50, calibrated: 9 } }),
    );
    expect(html).toContain('مستويات الأدلة');
    expect(html).toContain('(40)');
    expect(html).not.toContain('Evidence levels');
  });
});
