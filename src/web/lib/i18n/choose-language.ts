import { detectLanguage, languageCookie, type Language } from './language.ts';
import { setLanguage } from './messages.ts';

/** At start-up: the remembered choice, else the browser's language. */
export async function applyInitialLanguage(): Promise<Language> {
  const language = detectLanguage(document.cookie, navigator.language);
  await setLanguage(language);
  return language;
}

/** The person's choice in the user menu: remembered for a year and applied at once. */
export async function chooseLanguage(language: Language): Promise<void> {
  document.cookie = languageCookie(language, location.protocol === 'https:');
  await setLanguage(language);
}
