/** The dashboard's languages. Swedish for BokaMera's Swedish companies; English for everyone else. */
export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The cookie that remembers a person's choice; readable by a later server-rendered first screen too. */
export const LANGUAGE_COOKIE = 'lang';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** A BCP 47 tag ("sv-SE", "sv", "en-US") as one of ours: any Swedish is Swedish, anything else English. */
export function languageFromTag(tag: string | undefined): Language {
  return tag?.trim().toLowerCase().split(/[-_]/)[0] === 'sv' ? 'sv' : 'en';
}

/** The chosen language in a `Cookie` header or `document.cookie`, if one was chosen. */
export function languageFromCookie(cookieHeader: string): Language | undefined {
  for (const part of cookieHeader.split(';')) {
    const [name, value] = part.split('=', 2).map((s) => s.trim());
    if (name === LANGUAGE_COOKIE && isLanguage(value)) return value;
  }
  return undefined;
}

/** The person's choice if they made one, else the browser's first language. */
export function detectLanguage(cookieHeader: string, browserLanguage: string | undefined): Language {
  return languageFromCookie(cookieHeader) ?? languageFromTag(browserLanguage);
}

/** Not HttpOnly: the SPA reads it. SameSite=Lax and a year, like any preference. */
export function languageCookie(language: Language, secure: boolean): string {
  return `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax${secure ? '; Secure' : ''}`;
}
