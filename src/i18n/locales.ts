/**
 * The languages HealSim ships. Each is a folder of JSON files under ./locales (one file per namespace, i.e. per
 * area of the app); the pseudo-locale is generated from English at load (see pseudo.ts) to show where text would
 * overflow or was left hard-coded.
 */
export const LOCALES = ['en', 'es', 'ar', 'en-XA'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';
/** The generated long-string locale (for layout tests; offered in the language menu only with ?locale=en-XA). */
export const PSEUDO_LOCALE: Locale = 'en-XA';

export interface LocaleInfo {
  /** The language's own name (shown in the language menu in every language). */
  readonly nativeName: string;
  readonly dir: 'ltr' | 'rtl';
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  en: { nativeName: 'English', dir: 'ltr' },
  es: { nativeName: 'Español', dir: 'ltr' },
  ar: { nativeName: 'العربية', dir: 'rtl' },
  'en-XA': { nativeName: '[Ƥşéûđô ļôñĝ]', dir: 'ltr' },
};

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * The best shipped locale for a list of browser languages ('es-MX' → 'es'); the default when none matches. The
 * pseudo-locale is never picked automatically.
 */
export function matchLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const hit = LOCALES.find((l) => l !== PSEUDO_LOCALE && l === base);
    if (hit) return hit;
  }
  return DEFAULT_LOCALE;
}
