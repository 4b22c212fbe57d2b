/**
 * The app's one i18next instance (i18next + react-i18next: the most used and best kept i18n stack for React; plural
 * rules from Intl.PluralRules cover Arabic's six forms). Every locale ships inside the bundle — no HTTP backend,
 * nothing fetched at run time — as one JSON file per namespace in ./locales/<locale>/<namespace>.json. English is
 * the fallback for any key a translation lacks; the unit test test/unit/i18n.test.ts keeps es and ar complete.
 *
 * Components read text with `useTranslation(namespace)` (they re-render on a language switch); plain functions
 * that build text (formatters, narrative) call `t` from this module at the time they run.
 */
import i18next from 'i18next';
import type { TOptions } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALE_INFO, LOCALES, PSEUDO_LOCALE, isLocale } from './locales';
import type { Locale } from './locales';
import { pseudoResources } from './pseudo';

type Resource = Record<string, unknown>;

/** All locale files, bundled (Vite inlines the JSON; works the same in Vitest). */
const FILES = import.meta.glob<{ default: Resource }>('./locales/*/*.json', { eager: true });

function loadResources(): Record<string, Record<string, Resource>> {
  const resources: Record<string, Record<string, Resource>> = {};
  for (const [path, module] of Object.entries(FILES)) {
    const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const locale = match[1]!;
    const namespace = match[2]!;
    (resources[locale] ??= {})[namespace] = module.default;
  }
  resources[PSEUDO_LOCALE] = pseudoResources(resources[DEFAULT_LOCALE] ?? {});
  return resources;
}

const RESOURCES = loadResources();
/** Every namespace English has (each area of the app owns one). */
export const NAMESPACES: readonly string[] = Object.keys(RESOURCES[DEFAULT_LOCALE] ?? {}).sort();

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: RESOURCES,
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  ns: [...NAMESPACES],
  defaultNS: 'common',
  // React escapes text itself; the app never renders translations as HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** The active locale. */
export function currentLocale(): Locale {
  const lng = i18n.language;
  return isLocale(lng) ? lng : DEFAULT_LOCALE;
}

/** Switches the language everywhere at once (components re-render; <html lang dir> follow). */
export function setLocale(locale: Locale): void {
  void i18n.changeLanguage(locale);
  applyDocumentLanguage(locale);
}

/** <html lang> for screen readers and hyphenation; <html dir> mirrors the layout for right-to-left languages. */
export function applyDocumentLanguage(locale: Locale): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = locale === PSEUDO_LOCALE ? 'en' : locale;
  document.documentElement.dir = LOCALE_INFO[locale].dir;
}

/**
 * Text from plain functions: `t('timeline:play')` or `t('play', { ns: 'timeline' })`. Call it when the text is
 * needed (not at module load), so a language switch takes effect on the next render.
 */
export function t(key: string, options?: TOptions): string {
  return i18n.t(key, options ?? {}) as string;
}

/**
 * The locale for Intl number and date formats. Arabic uses Latin digits here (as in the charts and the 3D view's
 * numbers, which are drawn by libraries that do not localise digits) so one screen never mixes two digit sets.
 */
export function numberLocale(): string {
  const locale = currentLocale();
  if (locale === 'ar') return 'ar-u-nu-latn';
  if (locale === PSEUDO_LOCALE) return 'en';
  return locale;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** Formats a number in the active locale (formats cached per locale and options: no allocation per call). */
export function formatNumber(value: number, maximumFractionDigits = 1, minimumFractionDigits = 0): string {
  const key = `${numberLocale()}|${maximumFractionDigits}|${minimumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale(), { maximumFractionDigits, minimumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}
