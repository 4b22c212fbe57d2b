/**
 * The charts' and the share menu's text in Spanish and Arabic (namespaces `charts`, `share`): formatters, plural
 * forms, sentences built from whole templates; and what must NOT change with the language: the CSV's keys and
 * numbers. (test/unit/i18n.test.ts checks that every locale file has English's keys, placeholders and plurals.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n';
import type { EnsembleSnapshot } from '../../src/sim/ensemble';
import type { MetricsSnapshot } from '../../src/sim/metricsFeed';
import { CHARTS } from '../../src/ui/charts/chartDefs';
import { formatAxisValue, formatValue, withUnit } from '../../src/ui/charts/chartData';
import {
  chartTitle,
  formatDay,
  formatHours,
  seriesLabel,
  seriesShort,
  unitInWords,
} from '../../src/ui/charts/chartStrings';
import { ensembleText } from '../../src/ui/charts/EnsembleNote';
import { summaries } from '../../src/ui/charts/chartSummary';
import { formatTick } from '../../src/ui/charts/timeAxis';
import { metricsCsv, metricsExport } from '../../src/ui/share/exportMetrics';
import type { MetricSeries } from '../../src/ui/share/exportMetrics';
import { formatModelTime } from '../../src/ui/share/modelTime';
import { scenarioSummary } from '../../src/ui/share/scenarioSummary';
import { defaultParams, METRICS } from '../../workers/protocol';
import { parseShareState } from '../../src/scenario/shareState';

const ensemble = (seeds: number, state: EnsembleSnapshot['state'] = 'done'): EnsembleSnapshot => ({
  state,
  seeds: Array.from({ length: seeds }, (_, i) => i + 1),
  runs: [],
  horizonH: 672,
  rows: 169,
  completed: 0,
  error: null,
  version: 1,
});

const cells = CHARTS.find((c) => c.id === 'cells')!;
const snapshot: MetricsSnapshot = {
  length: 3,
  columns: new Map([['neutrophils', [0, 420.4, 24573.6]]]),
  phase: [],
  version: 1,
};
const scenario = {
  preset: 'reference',
  overrides: { needle_length_mm: 2 },
  overridesB: {},
  compare: 'untreated' as const,
  seed: 3,
};

afterEach(() => setLocale('en'));

describe('charts text', () => {
  it('reads as before in English', () => {
    expect(chartTitle(cells)).toBe('Cells');
    expect(seriesLabel({ key: 'macrophages_m1' })).toBe('Macrophages M1 (inflammatory)');
    expect(seriesShort({ key: 'neutrophils' })).toBe('Neutro\u00ADphils');
    // No shorter form: the label.
    expect(seriesShort({ key: 'barrier' })).toBe('Barrier function');
    expect(formatDay(48)).toBe('day 2');
    expect(ensembleText(ensemble(4))).toBe('Shaded: range over 4 seeds (computed to day 7).');
    expect(summaries(cells, 'cells/mm²', snapshot, null)[0]).toBe(
      'Neutrophils: 24,574 cells/mm² at 2 h; highest 24,574 cells/mm² at 2 h.',
    );
    expect(formatTick(2160, 4320)).toBe('90 d');
  });

  it('in Spanish: words, decimal commas and grouping of the locale; units as written', () => {
    setLocale('es');
    expect(chartTitle(cells)).toBe('Células');
    expect(seriesLabel({ key: 'collagen_iii_tz' })).toBe('Colágeno III');
    expect(formatHours(53)).toBe('día 2, 5 h');
    expect(formatDay(168)).toBe('día 7');
    expect(formatValue(24573.6)).toBe('24.574');
    expect(formatValue(0.43812)).toBe('0,438');
    expect(formatAxisValue(25000)).toBe('25\u00a0mil');
    expect(formatTick(36, 168)).toBe('1,5 d');
    expect(withUnit('1,6', 'relative')).toBe('1,6 × el valor inicial');
    expect(withUnit('420', 'cells/mm²')).toBe('420 cells/mm²');
    expect(unitInWords('0–1')).toBe('escala 0–1');
    expect(ensembleText(ensemble(4))).toBe('Sombreado: rango sobre 4 semillas (calculado hasta día 7).');
    expect(summaries(cells, 'cells/mm²', snapshot, null)[0]).toBe(
      'Neutrófilos: 24.574 cells/mm² en 2 h; máximo de 24.574 cells/mm² en 2 h.',
    );
  });

  it('in Arabic: its plural forms, Latin digits, day and hour words', () => {
    setLocale('ar');
    expect(chartTitle(cells)).toBe('الخلايا');
    expect(formatHours(53)).toBe('اليوم 2، 5 س');
    expect(ensembleText(ensemble(2))).toBe('المنطقة المظلّلة: النطاق عبر بذرتين (حُسب حتى اليوم 7).');
    expect(ensembleText(ensemble(4))).toContain('4 بذور');
    expect(ensembleText(ensemble(12))).toContain('12 بذرة');
    expect(ensembleText(ensemble(4, 'waiting'))).toContain('يبدأ الحساب خلال ثوانٍ');
    expect(formatValue(24573.6)).toBe('24,574');
    expect(formatValue(0.43812)).not.toMatch(/[\u0660-\u0669]/);
    // Axis ticks keep the unit symbols (the plot reads left to right in every language).
    expect(formatTick(12, 24)).toBe('12 h');
  });
});

describe('share text', () => {
  it('model time and the scenario line read as before in English', () => {
    expect(formatModelTime(52)).toBe('52 h (2 d 4 h)');
    expect(scenarioSummary(scenario, true)).toBe(
      'Scenario: Reference: cheek, pen 1.5 mm · changed: Needle length 2 mm · seed 3 · B: the same skin untreated',
    );
  });

  it('in Spanish and Arabic', () => {
    setLocale('es');
    expect(formatModelTime(6.5)).toBe('6,5 h');
    expect(formatModelTime(52)).toBe('52 h (2 d 4 h)');
    expect(scenarioSummary(scenario, true)).toMatch(
      /^Escenario: Referencia: mejilla, pen 1.5 mm · cambios: Longitud de aguja: 2 mm · semilla 3 · B: la misma piel/,
    );
    setLocale('ar');
    expect(formatModelTime(52)).toBe('52 س (اليوم 2، 4 س)');
    expect(scenarioSummary(scenario, false)).toMatch(/^السيناريو: .* · التغييرات: طول الإبرة: 2 mm · البذرة 3$/);
  });

  const series: MetricSeries = {
    t_h: [0, 1],
    neutrophils: [1 / 3, 2.5e-7],
    phase: ['hemostasis', 'inflammation'],
  };

  it('the CSV is the same machine contract in every language', () => {
    const english = metricsCsv([{ series }]);
    for (const locale of ['es', 'ar', 'en-XA'] as const) {
      setLocale(locale);
      expect(metricsCsv([{ series }])).toBe(english);
    }
    expect(english.split('\r\n')[0]).toBe('t_h,neutrophils,phase');
    expect(english).toContain('0.3333333333333333');
  });

  it('the JSON names the language of its texts; keys, units and numbers stay', () => {
    const input = {
      appVersion: '1',
      link: '',
      scenario: parseShareState('?seed=3').state,
      a: { seed: 3, untreated: false, params: defaultParams(), series },
    };
    const english = metricsExport(input);
    expect(english.healsim.locale).toBe('en');
    expect(english.descriptions.neutrophils).toBe(METRICS.find((m) => m.key === 'neutrophils')!.description);
    setLocale('es');
    const spanish = metricsExport(input);
    expect(spanish.healsim.locale).toBe('es');
    expect(spanish.healsim.notice).toBe('Simulación educativa: no es una predicción para ninguna persona.');
    expect(spanish.descriptions.neutrophils).toBe('neutrófilos vivos bajo 1 mm² de superficie cutánea');
    expect(spanish.units).toEqual(english.units);
    expect(spanish.metrics).toEqual(english.metrics);
    setLocale('ar');
    expect(metricsExport(input).healsim.localeNote).toMatch(/العربية/);
  });
});
