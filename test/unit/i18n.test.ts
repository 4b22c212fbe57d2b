/**
 * The locale files as a whole: every language has every key English has (and no stray ones), keeps every
 * {{placeholder}}, has the plural forms its language needs; the model's English text matches the schema; the
 * pseudo-locale really lengthens and marks every string.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatNumber, i18n, matchLocale, setLocale, t } from '../../src/i18n';
import { pseudoLocalize } from '../../src/i18n/pseudo';
import { modelTextResources } from '../../src/i18n/modelText';

const LOCALE_DIR = join(__dirname, '../../src/i18n/locales');
const TRANSLATED = ['es', 'ar'] as const;
/** Plural suffixes i18next (Intl.PluralRules) asks for, per language. */
const PLURALS: Record<string, readonly string[]> = {
  en: ['one', 'other'],
  es: ['one', 'many', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
};
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Json = { [key: string]: string | Json };

function load(locale: string, ns: string): Json | null {
  try {
    return JSON.parse(readFileSync(join(LOCALE_DIR, locale, `${ns}.json`), 'utf8')) as Json;
  } catch {
    return null;
  }
}

/** Flattened keys → strings. */
function flatten(json: Json, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(json)) {
    const key = prefix === '' ? k : `${prefix}.${k}`;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** Keys with plural suffixes collapsed to their base ("cells_one" → "cells#plural"). */
function baseKeys(flat: Map<string, string>): Set<string> {
  return new Set([...flat.keys()].map((k) => (PLURAL_SUFFIX.test(k) ? k.replace(PLURAL_SUFFIX, '#plural') : k)));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!).sort();
}

const NAMESPACES = readdirSync(join(LOCALE_DIR, 'en')).map((f) => f.replace(/\.json$/, ''));

describe('locale files', () => {
  it.each(NAMESPACES.flatMap((ns) => TRANSLATED.map((locale) => [locale, ns] as const)))(
    '%s/%s has exactly the keys of English, with their placeholders and plural forms',
    (locale, ns) => {
      const en = flatten(load('en', ns)!);
      const other = load(locale, ns);
      expect(other, `src/i18n/locales/${locale}/${ns}.json is missing`).not.toBeNull();
      const tr = flatten(other!);
      expect([...baseKeys(tr)].sort()).toEqual([...baseKeys(en)].sort());
      for (const [key, text] of tr) {
        expect(text.trim(), `${locale}/${ns}:${key} is empty`).not.toBe('');
        const base = key.replace(PLURAL_SUFFIX, '');
        const enText = en.get(key) ?? en.get(`${base}_other`) ?? '';
        // Plural forms may drop {{count}} (Arabic "one" and "two" often say the number in words).
        const need = placeholders(enText).filter((p) => !(PLURAL_SUFFIX.test(key) && p === 'count'));
        for (const p of need) expect(placeholders(text), `${locale}/${ns}:${key} lost {{${p}}}`).toContain(p);
      }
      const pluralBases = new Set(
        [...tr.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')),
      );
      for (const base of pluralBases) {
        for (const form of PLURALS[locale]!.filter((f) => f !== 'many' || locale === 'ar')) {
          expect(tr.has(`${base}_${form}`), `${locale}/${ns}:${base}_${form}`).toBe(true);
        }
      }
    },
  );

  it('keeps the model text in English equal to the schema (run npx tsx scripts/i18n-model-text.ts)', () => {
    for (const [ns, resource] of Object.entries(modelTextResources())) expect(load('en', ns)).toEqual(resource);
  });
});

describe('i18n runtime', () => {
  afterEach(() => setLocale('en'));

  it('switches language at run time, falling back to English for nothing', () => {
    expect(t('app:mode.patient')).toBe('Patient');
    setLocale('es');
    expect(i18n.language).toBe('es');
    expect(t('app:mode.patient')).not.toBe('Patient');
    setLocale('ar');
    expect(t('app:mode.patient')).toMatch(/[\u0600-\u06ff]/);
  });

  it('formats numbers for the language, with Latin digits in Arabic', () => {
    expect(formatNumber(1234.5)).toBe('1,234.5');
    setLocale('es');
    expect(formatNumber(1.5)).toBe('1,5');
    setLocale('ar');
    expect(formatNumber(1.5)).toMatch(/^1.5$/);
    expect(formatNumber(1.5)).not.toMatch(/[\u0660-\u0669]/);
  });

  it('picks the browser language it has, never the pseudo-locale', () => {
    expect(matchLocale(['es-MX', 'en'])).toBe('es');
    expect(matchLocale(['fr-FR', 'ar-EG'])).toBe('ar');
    expect(matchLocale(['fr'])).toBe('en');
    expect(matchLocale(['en-XA'])).toBe('en');
  });

  it('pseudo-localises: bracketed, accented, about 40 % longer, placeholders intact', () => {
    const text = 'Day {{day}}, {{hours}} h after the first needling session — open <1>details</1>';
    const pseudo = pseudoLocalize(text);
    expect(pseudo.startsWith('[') && pseudo.endsWith(']')).toBe(true);
    expect(pseudo).toContain('{{day}}');
    expect(pseudo).toContain('{{hours}}');
    expect(pseudo).toContain('<1>');
    expect(pseudo).toMatch(/Đáý/);
    expect(pseudo.length).toBeGreaterThan(text.length * 1.3);
    setLocale('en-XA');
    expect(t('app:mode.patient')).toMatch(/^\[Ƥáţíéñţ ~+\]$/);
  });
});
