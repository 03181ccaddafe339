import { detectLanguage, languageCookie, type Language } from './language.ts';
import { setLanguage } from './messages.ts';

/** At start-up: the remembered choice, else the browser's language. */
export function applyInitialLanguage(): Language {
  const language = detectLanguage(document.cookie, navigator.language);
  setLanguage(language);
  return language;
}

/** The person's choice in the user menu: remembered for a year and applied at once. */
export function chooseLanguage(language: Language): void {
  document.cookie = languageCookie(language, location.protocol === 'https:');
  setLanguage(language);
}
