import { languageFromTag } from './i18n/language.ts';
import { currentLanguage } from './i18n/messages.ts';

/**
 * The locale for numbers and dates: the browser's own when it speaks the dashboard's language
 * (an English admin in Germany keeps German number formats), else the language's usual locale, so
 * Swedish text is never mixed with American dates.
 */
export function userLocale(): string {
  const browser = typeof navigator !== 'undefined' ? navigator.language : undefined;
  const language = currentLanguage();
  if (browser && languageFromTag(browser) === language) return browser;
  return language === 'sv' ? 'sv-SE' : 'en-GB';
}
