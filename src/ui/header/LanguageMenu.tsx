/**
 * The language menu: every shipped language by its own name (so anyone can find theirs), switching at once —
 * no reload, the model keeps running. The pseudo-locale is listed only when the page was opened with it.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { launch } from '../../scenario/launchOptions';
import { currentLocale, isLocale, LOCALE_INFO, LOCALES, PSEUDO_LOCALE, setLocale } from '../../i18n';
import type { Locale } from '../../i18n';
import { rememberLocale } from '../../i18n/localePreference';

/** Keeps an explicit ?locale= in the address bar in step with the menu (a reload keeps the choice). */
function updateLinkLocale(locale: Locale): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('locale')) return;
  url.searchParams.set('locale', locale);
  window.history.replaceState(window.history.state, '', url);
}

export function LanguageMenu() {
  const { t } = useTranslation('app');
  const id = useId();
  const active = currentLocale();
  const shown = LOCALES.filter((l) => l !== PSEUDO_LOCALE || active === PSEUDO_LOCALE);
  return (
    <div className="language-menu">
      <label htmlFor={id} className="visually-hidden">
        {t('language.label')}
      </label>
      <select
        id={id}
        value={active}
        onChange={(e) => {
          const next = e.currentTarget.value;
          if (!isLocale(next)) return;
          setLocale(next);
          // A kiosk is shared by many patients: one patient's choice is not remembered for the next.
          if (!launch.state.kiosk) rememberLocale(next);
          updateLinkLocale(next);
        }}
      >
        {shown.map((l) => (
          <option key={l} value={l} lang={l === PSEUDO_LOCALE ? 'en' : l} dir={LOCALE_INFO[l].dir}>
            {LOCALE_INFO[l].nativeName}
          </option>
        ))}
      </select>
    </div>
  );
}
