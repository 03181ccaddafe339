import { languageFromTag } from './i18n/language.ts';
import { currentLanguage } from './i18n/messages.ts';

/**
 * The browser's language as a first screen rendered on the server saw it (its Accept-Language), so
 * the browser formats that screen as the server did; undefined: ask the browser.
 */
let renderedBrowserLanguage: string | undefined;

/** For the server's render and the browser's hydration of it (entry-server.tsx, main.tsx). */
export function setBrowserLanguage(tag: string | undefined): void {
  renderedBrowserLanguage = tag;
}

/**
 * The locale for numbers and dates: the browser's own when it speaks the dashboard's language
 * (an English admin in Germany keeps German number formats), else the language's usual locale, so
 * Swedish text is never mixed with American dates.
 */
export function userLocale(): string {
  const browser = renderedBrowserLanguage ?? (typeof navigator !== 'undefined' ? navigator.language : undefined);
  const language = currentLanguage();
  if (browser && languageFromTag(browser) === language) return browser;
  return language === 'sv' ? 'sv-SE' : 'en-GB';
}
