import { describe, expect, it } from 'vitest';
import { detectLanguage, languageCookie, languageFromCookie, languageFromTag } from './language.ts';

describe('language', () => {
  it('is Swedish for any Swedish browser, English for anything else', () => {
    expect(languageFromTag('sv-SE')).toBe('sv');
    expect(languageFromTag('sv')).toBe('sv');
    expect(languageFromTag('SV-fi')).toBe('sv');
    expect(languageFromTag('en-US')).toBe('en');
    expect(languageFromTag('nb-NO')).toBe('en');
    expect(languageFromTag('svx')).toBe('en');
    expect(languageFromTag(undefined)).toBe('en');
  });

  it('prefers the remembered choice over the browser', () => {
    expect(detectLanguage('a=1; lang=en; b=2', 'sv-SE')).toBe('en');
    expect(detectLanguage('lang=sv', 'en-US')).toBe('sv');
    expect(detectLanguage('lang=de', 'sv-SE')).toBe('sv');
    expect(detectLanguage('', 'en-US')).toBe('en');
    expect(languageFromCookie('xlang=sv')).toBeUndefined();
  });

  it('remembers the choice for a year, readable by the page, sent on top-level navigations', () => {
    expect(languageCookie('sv', false)).toBe('lang=sv; Path=/; Max-Age=31536000; SameSite=Lax');
    expect(languageCookie('en', true)).toBe('lang=en; Path=/; Max-Age=31536000; SameSite=Lax; Secure');
  });
});
