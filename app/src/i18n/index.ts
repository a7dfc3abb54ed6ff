import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enUS } from './en-US';
import { koKR } from './ko-KR';

export const supportedLocales = ['en-US', 'ko-KR'] as const;
export type SupportedLocale = (typeof supportedLocales)[number];

/** The browser's preferred language, narrowed to a locale the sandbox ships. */
export function pickLocale(preferred: readonly string[]): SupportedLocale {
  for (const tag of preferred) {
    const match = supportedLocales.find(
      (l) => l.toLowerCase() === tag.toLowerCase() || l.split('-')[0] === tag.split('-')[0],
    );
    if (match) return match;
  }
  return 'en-US';
}

export const locale = pickLocale(navigator.languages);

void i18next.use(initReactI18next).init({
  lng: locale,
  fallbackLng: false,
  resources: { 'en-US': { translation: enUS }, 'ko-KR': { translation: koKR } },
  interpolation: { escapeValue: false },
  returnObjects: true,
});
document.documentElement.lang = locale;

export { i18next };
