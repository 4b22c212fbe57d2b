export {
  i18n,
  t,
  setLocale,
  currentLocale,
  applyDocumentLanguage,
  formatNumber,
  numberLocale,
  NAMESPACES,
} from './i18n';
export { LOCALES, LOCALE_INFO, DEFAULT_LOCALE, PSEUDO_LOCALE, isLocale, matchLocale } from './locales';
export type { Locale } from './locales';
