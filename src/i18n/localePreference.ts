/**
 * Which language the app opens in: the link's `locale` option when it names one, else the language the user
 * chose last time on this device (localStorage; nothing leaves the device), else the browser's languages, else
 * English. Choosing a language in the menu remembers it.
 */
import { isLocale, matchLocale } from './locales';
import type { Locale } from './locales';

const STORAGE_KEY = 'healsim.locale';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can throw in sandboxed iframes and with cookies blocked: then nothing is remembered.
    return null;
  }
}

export function initialLocale(fromLink: Locale | 'auto'): Locale {
  if (fromLink !== 'auto') return fromLink;
  const saved = storage()?.getItem(STORAGE_KEY) ?? null;
  if (saved !== null && isLocale(saved)) return saved;
  return matchLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
}

export function rememberLocale(locale: Locale): void {
  try {
    storage()?.setItem(STORAGE_KEY, locale);
  } catch {
    // Quota or privacy mode: the choice holds for this visit only.
  }
}
