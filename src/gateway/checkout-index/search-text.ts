/**
 * Search is case- and accent-insensitive ("ostlund" finds "Östlund"): the index keeps the
 * searchable fields folded this way in `search_text`, and a query is folded the same way before
 * it is matched. Folding in the gateway, not SQL, keeps PGlite and PostgreSQL identical (neither
 * needs the `unaccent` extension). Letters that are not accented forms of another (ß, æ, ø, đ, ł)
 * are mapped by hand; NFD alone leaves them.
 */
const OWN_LETTERS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', ø: 'o', đ: 'd', ł: 'l', œ: 'oe', þ: 'th' };

export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæøđłœþ]/g, (letter) => OWN_LETTERS[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The folded text of a row's searchable fields, one space between them. */
export function searchTextOf(fields: ReadonlyArray<string | number | null | undefined>): string {
  return fields
    .filter((field): field is string | number => field !== null && field !== undefined && String(field).trim() !== '')
    .map((field) => foldForSearch(String(field)))
    .join(' ');
}
