/** The user's locale for numbers and dates; falls back to English when the browser does not say. */
export function userLocale(): string {
  if (typeof navigator !== 'undefined' && navigator.language) return navigator.language;
  return 'en';
}
