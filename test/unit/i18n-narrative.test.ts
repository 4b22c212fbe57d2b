/**
 * The narrative, aftercare and prediction text in Spanish and Arabic: complete locale files (the same keys as English,
 * every plural form, the same placeholders), sentences that come out translated with locale-formatted numbers, and
 * the same honesty and plain-words rules as in English (patient mode without numbers or jargon, the caveats, rule
 * names cited exactly as the engine's).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n';
import type { Locale } from '../../src/i18n';
import { aftercareCard } from '../../src/ui/narrative/aftercare';
import type { AftercareSample } from '../../src/ui/narrative/aftercare';
import { CELL_GROUPS, cellLooks, cellText } from '../../src/ui/narrative/cellStory';
import type { CellCounts } from '../../src/ui/narrative/cellStory';
import { formatMetric, formatSignificant } from '../../src/ui/narrative/metricText';
import { formatDuration, narrativeContent, sessionContext, whenText } from '../../src/ui/narrative/narrativeText';
import type { NarrativeInput } from '../../src/ui/narrative/narrativeText';
import type { NarrativeMode } from '../../src/ui/narrative/narrativeTypes';
import { answerInline, answerLabel, promptPlans } from '../../src/ui/narrative/predictions';
import type { PromptContext, PromptPlan } from '../../src/ui/narrative/predictions';
import { resolvePreset } from '../../workers/model/presets';
import { SYSTEMS } from '../../workers/engine/systems';

type Tree = { [key: string]: string | Tree };

const FILES = import.meta.glob<{ default: Tree }>('../../src/i18n/locales/*/*.json', { eager: true });
const NAMESPACES = ['narrative', 'aftercare', 'predict'] as const;
const PLURAL = /_(zero|one|two|few|many|other)$/;
/** Plural forms each language needs (CLDR): English and Spanish one/other, Arabic all six. */
const FORMS: Record<'en' | 'es' | 'ar', readonly string[]> = {
  en: ['one', 'other'],
  es: ['one', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
};

function file(locale: string, ns: string): Tree {
  const found = FILES[`../../src/i18n/locales/${locale}/${ns}.json`];
  if (!found) throw new Error(`missing ${locale}/${ns}.json`);
  return found.default;
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** Keys with plural suffixes folded into one entry per key (the forms differ by language). */
function baseKeys(entries: Map<string, string>): string[] {
  return [...new Set([...entries.keys()].map((k) => k.replace(PLURAL, '')))].sort();
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function counts(values: Partial<CellCounts>): CellCounts {
  const all = Object.fromEntries(CELL_GROUPS.map((g) => [g.id, 0])) as CellCounts;
  return { ...all, ...values };
}

/** One input per stage (the populations that select it). */
const STAGE_INPUTS: Pick<NarrativeInput, 'phase' | 'counts'>[] = [
  { phase: 'baseline', counts: counts({ 'fibroblast-quiescent': 5000 }) },
  { phase: 'hemostasis', counts: counts({ 'platelet-aggregating': 200, 'keratinocyte-migrating': 200 }) },
  { phase: 'inflammation', counts: counts({ 'platelet-clot': 200, 'keratinocyte-migrating': 200 }) },
  {
    phase: 'inflammation',
    counts: counts({ 'neutrophil-live': 300, 'macrophage-m1': 20, 'macrophage-monocyte': 200 }),
  },
  { phase: 'inflammation', counts: counts({ 'neutrophil-live': 100, 'macrophage-m1': 80, 'macrophage-m2': 60 }) },
  { phase: 'proliferation', counts: counts({ 'macrophage-m2': 200, 'fibroblast-activated': 4000 }) },
  { phase: 'proliferation', counts: counts({ 'myofibroblast-contracting': 300, 'fibroblast-activated': 4000 }) },
  { phase: 'remodeling', counts: counts({ 'fibroblast-quiescent': 5000, 'myofibroblast-contracting': 2 }) },
];

function contents(mode: NarrativeMode, extra: Partial<NarrativeInput> = {}) {
  return STAGE_INPUTS.map((stage) =>
    narrativeContent({
      mode,
      ...stage,
      timeH: 30,
      surface: { barrier: 0.95, patency: 0.4 },
      sessionTimesH: [0, 672],
      ...extra,
    }),
  );
}

function context(changes: Record<string, unknown> = {}): PromptContext {
  const r = resolvePreset('reference', changes);
  if (!r.ok) throw new Error('reference preset does not resolve');
  return { params: r.params, dermisBottomUm: 1327 };
}

function plan(id: string, ctx: PromptContext): PromptPlan {
  const found = promptPlans(ctx).find((p) => p.ok && p.plan.id === id);
  if (!found?.ok) throw new Error(`${id} unavailable`);
  return found.plan;
}

const RULE_CITED = /(?:rule|regla|القاعدة): ([\w-]+)/g;
const citedRules = (text: string) => [...text.matchAll(RULE_CITED)].map((m) => m[1]);

afterEach(() => setLocale('en'));

describe('narrative, aftercare and predict locale files', () => {
  for (const ns of NAMESPACES) {
    it(`${ns}: es and ar have every English key, every plural form, and the same placeholders`, () => {
      const en = flatten(file('en', ns));
      for (const locale of ['es', 'ar'] as const) {
        const other = flatten(file(locale, ns));
        expect(baseKeys(other), `${locale}/${ns}`).toEqual(baseKeys(en));
        for (const [key, text] of en) {
          const plural = PLURAL.exec(key);
          const base = key.replace(PLURAL, '');
          const keys = plural ? FORMS[locale].map((f) => `${base}_${f}`) : [key];
          for (const k of keys) {
            const translated = other.get(k);
            expect(translated, `${locale}/${ns}: ${k}`).toBeTruthy();
            // Plural one/two forms may spell the number out ("جلسة واحدة"), the others keep every placeholder.
            if (!plural || !/_(one|two)$/.test(k)) {
              expect(placeholders(translated!), `${locale}/${ns}: ${k}`).toEqual(placeholders(text));
            }
          }
        }
      }
    });
  }
});

describe('narrative in Spanish and Arabic', () => {
  it('formats time, durations and metric values in the language', () => {
    setLocale('es');
    expect(whenText('patient', 30, sessionContext(30, [0]))).toBe('Día 1, 6 h después del tratamiento');
    expect(whenText('student', 700, sessionContext(700, [0, 672]))).toBe(
      'Día 29, 4 h · 28 h después de la sesión 2 de 2',
    );
    expect(formatDuration(24 * 3)).toBe('3 días');
    expect(formatMetric('collagen_iii_tz', 1.623)).toBe('1,62 × el valor previo');
    expect(formatMetric('erythema', 0.162)).toBe('0,16 (índice 0–1)');
    expect(formatMetric('neutrophils', 774.2)).toBe('770 cells/mm²');
    expect(formatSignificant(12345)).toBe('12.000');
    expect(formatMetric('new_collagen', Number.NaN)).toBe('aún no simulado');

    setLocale('ar');
    expect(whenText('student', 30, sessionContext(30, [0]))).toBe('اليوم 1، الساعة 6');
    expect(formatDuration(2)).toBe('ساعتين');
    expect(formatDuration(5)).toBe('5 ساعات');
    expect(formatDuration(30)).toBe('30 ساعة');
    expect(formatDuration(24 * 3)).toBe('3 أيام');
    // Latin digits in Arabic (one digit set on screen), Arabic decimal separator.
    expect(formatMetric('barrier', 0.966)).toBe('97 %');
    expect(formatMetric('growth_factors', 1.48)).toMatch(/^1.5 \(وحدات نسبية\)$/);
  });

  it('translates the story, the cells and the headings, with no placeholder left', () => {
    for (const locale of ['es', 'ar'] as const) {
      setLocale(locale);
      for (const mode of ['patient', 'student'] as const) {
        const all = JSON.stringify(contents(mode));
        expect(all, `${locale} ${mode}`).not.toMatch(/\{\{?\w+\}\}?/);
      }
    }
    setLocale('es');
    const es = contents('student');
    expect(es[2]!.phaseTitle).toBe('Inflamación');
    expect(es[3]!.title).toBe('La oleada de neutrófilos');
    expect(es[3]!.dominant).toBe('Células de la herida más numerosas ahora: neutrófilos vivos.');
    expect(es[0]!.now[0]).toContain('colágeno I 0,85, III 0,15');
    expect(contents('patient')[4]!.now.join(' ')).toContain('La superficie ya se ha cerrado sobre los canales');
    setLocale('ar');
    const ar = contents('patient');
    expect(ar[1]!.phaseTitle).toBe('إغلاق القنوات');
    expect(ar[3]!.announcement).toBe('الآن: التنظيف — الخلايا الدفاعية تنظّف القنوات.');
    expect(contents('student')[0]!.now[0]).toContain('0.85');
  });

  it('keeps patient mode plain and says "normal" in every language', () => {
    const jargon = /TGF|PDGF|VEGF|M1|M2|µm|\d/;
    const normal: Record<Locale, RegExp> = { en: /normal/, es: /normal/, ar: /طبيعي/, 'en-XA': /./ };
    for (const locale of ['es', 'ar'] as const) {
      setLocale(locale);
      for (const c of contents('patient', { sessionTimesH: [0] })) {
        for (const text of [c.title, ...c.now, ...c.cells.map((l) => l.text), c.dominant, ...c.next]) {
          expect(text, `${locale}: ${text}`).not.toMatch(jargon);
        }
      }
      // Sealing, alarm and the neutrophil wave reassure that what is felt is normal.
      for (const c of contents('patient').slice(1, 4)) expect(c.now.join(' '), locale).toMatch(normal[locale]);
    }
  });

  it('cites the engine’s rules and the legend’s looks exactly as English does', () => {
    const ruleNames = new Set<string>(SYSTEMS.map((s) => s.name));
    const english = CELL_GROUPS.map((g) => citedRules(cellText(g.id, 'student')));
    const englishStories = contents('student').map((c) => citedRules(c.now.join(' ')));
    for (const locale of ['es', 'ar'] as const) {
      setLocale(locale);
      CELL_GROUPS.forEach((g, i) => {
        const text = cellText(g.id, 'student');
        expect(text, `${locale} ${g.id}`).toContain(`(${cellLooks(g.id)}`);
        expect(citedRules(text), `${locale} ${g.id}`).toEqual(english[i]);
      });
      contents('student').forEach((c, i) => {
        const rules = citedRules(c.now.join(' '));
        expect(rules, `${locale} ${c.stage}`).toEqual(englishStories[i]);
        for (const rule of rules) expect(ruleNames.has(rule!), rule).toBe(true);
      });
    }
  });

  it('keeps the caveat: a model, not a prediction for the person', () => {
    setLocale('es');
    expect(JSON.stringify(file('es', 'narrative'))).toContain('no una predicción para usted');
    setLocale('ar');
    expect(JSON.stringify(file('ar', 'narrative'))).toContain('وليست تنبؤًا بحالتك');
  });
});

describe('aftercare in Spanish and Arabic', () => {
  const open: AftercareSample = { erythema: 0.2, barrier: 0.6, patency: 0.8, pigmentRisk: 0.03 };
  const healed: AftercareSample = { erythema: 0.001, barrier: 1, patency: 0, pigmentRisk: 0.002 };

  it('translates the cards and still shows no raw number and no promise', () => {
    setLocale('es');
    const card = aftercareCard(1, open, 5, null, 24);
    expect(card.title).toBe('Día 1');
    expect(card.rows!.map((r) => r.label)).toEqual([
      'Enrojecimiento',
      'Barrera cutánea',
      'Protección solar',
      'Canales diminutos',
    ]);
    expect(card.rows!.find((r) => r.id === 'sun')!.text.join(' ')).toMatch(/hiperpigmentación posinflamatoria/);
    expect(aftercareCard(7, null, 3, null, 168).notes.join(' ')).toMatch(/Aún no simulado.*día 7/);
    expect(aftercareCard(28, healed, 3, 2, 671).notes.join(' ')).toMatch(/La sesión 2 está prevista/);

    setLocale('ar');
    const ar = aftercareCard(3, healed, 2, null, 72);
    expect(ar.title).toBe('اليوم 3');
    expect(ar.rows!.find((r) => r.id === 'sun')!.text).toEqual(['يُنصح بالاستمرار في الحماية اليومية من الشمس.']);
    expect(
      aftercareCard(1, open, 5, null, 24)
        .rows!.find((r) => r.id === 'sun')!
        .text.join(' '),
    ).toMatch(/فرط التصبّغ التالي للالتهاب/);

    for (const locale of ['es', 'ar'] as const) {
      setLocale(locale);
      for (const sample of [open, healed]) {
        for (const day of [1, 3, 7, 28]) {
          const rows = JSON.stringify(aftercareCard(day, sample, 6, null, day * 24).rows);
          expect(rows, `${locale} day ${day}`).not.toMatch(/\d|garantiz|resultado|rejuvenec|نتائج|مضمون|يضمن/i);
        }
      }
    }
  });
});

describe('predictions in Spanish and Arabic', () => {
  it('asks, labels and explains in the language, with counted nouns and locale numbers', () => {
    setLocale('es');
    expect(answerLabel('same')).toBe('Más o menos igual');
    expect(answerInline('much-more')).toBe('mucho más');
    const sessions = plan('sessions', context());
    expect(sessions.question).toBe(
      'Prediga el colágeno nuevo en la semana 12 con 3 sesiones separadas por 28 días en lugar de 1.',
    );
    expect([sessions.baselineLabel, sessions.variantLabel]).toEqual(['1 sesión', '3 sesiones']);
    const needle = plan('needle-length', context({ needle_length_mm: 0.5 }));
    expect(needle.question).toMatch(/0,5 mm → 1 mm\.$/);
    const why = plan('needle-length', context()).explain({ baseline: 42, variant: 52, ratio: 1.25 }).join(' ');
    expect(why).toMatch(/1215 µm → 2115 µm con este dispositivo tipo pen/);
    expect(plan('skin-type', context()).explain({ baseline: 1, variant: 2, ratio: 2 }).join(' ')).toMatch(
      /supuesto.*Dos tipos más oscuros.*2,25×/,
    );

    setLocale('ar');
    const ar = plan('sessions', context());
    expect([ar.baselineLabel, ar.variantLabel]).toEqual(['جلسة واحدة', '3 جلسات']);
    expect(ar.question).toContain('28 يومًا');
    expect(plan('sessions', context({ sessions: 10, interval_days: 7 })).variantLabel).toBe('12 جلسة');
    const unavailable = promptPlans(context({ interval_days: 60 })).find((p) => !p.ok && p.id === 'sessions');
    expect(unavailable && !unavailable.ok && unavailable.why).toMatch(/60 يومًا.*أسبوعًا/);
    expect(
      plan('needle-length', context({ device: 'roller' }))
        .explain({ baseline: 1, variant: 2, ratio: 2 })
        .join(' '),
    ).toContain('مع هذه الأسطوانة');
    expect(plan('smoker', context()).explain({ baseline: 1, variant: 1, ratio: 1 }).join(' ')).toMatch(
      /× 0\.8 .*Jensen 1991/,
    );
  });

  it('rebuilds every plan in the new language with the same change and hour', () => {
    const english = promptPlans(context());
    setLocale('es');
    const spanish = promptPlans(context());
    expect(spanish.map((p) => (p.ok ? [p.plan.id, p.plan.change, p.plan.untilH] : p.id))).toEqual(
      english.map((p) => (p.ok ? [p.plan.id, p.plan.change, p.plan.untilH] : p.id)),
    );
    const titles = (plans: typeof english) => plans.map((p) => (p.ok ? p.plan.title : p.title));
    expect(titles(spanish)).toEqual([
      'Duplicar la longitud de la aguja',
      'Más sesiones',
      'Tabaquismo',
      'Otro tipo de piel',
    ]);
    expect(titles(english)).toEqual(['Double the needle length', 'More sessions', 'Smoking', 'A different skin type']);
  });
});

describe('pseudo-locale', () => {
  it('brackets every narrative string (nothing hard-coded left)', () => {
    setLocale('en-XA');
    for (const mode of ['patient', 'student'] as const) {
      for (const c of contents(mode)) {
        const texts = [c.phaseTitle, c.title, c.when, ...c.now, ...c.cells.map((l) => l.text), c.dominant, ...c.next];
        if (c.student) texts.push(c.student.signals, c.student.simplified);
        for (const text of texts) expect(text, text).toMatch(/^\[.*\]$/s);
      }
    }
    expect(aftercareCard(1, null, 3, null, 24).title).toMatch(/^\[.*\]$/);
    expect(formatMetric('barrier', 0.5)).toMatch(/^\[.*\]$/);
  });
});
