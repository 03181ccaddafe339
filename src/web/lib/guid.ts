/** Payson checkout ids (and BokaMera company ids) are GUIDs. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Exactly a GUID, in either letter case: no braces, no space around it. */
export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** GUIDs are case-insensitive; anything that is not a GUID equals nothing. */
export function sameGuid(a: string, b: string): boolean {
  return isGuid(a) && isGuid(b) && a.toLowerCase() === b.toLowerCase();
}

/**
 * Reads a checkout id typed or pasted by a person: surrounding space and braces are dropped and
 * the GUID is lower-cased. Returns undefined when it is not a GUID.
 */
export function parseGuid(input: string): string | undefined {
  const trimmed = input.trim().replace(/^\{(.*)\}$/, '$1').trim();
  return isGuid(trimmed) ? trimmed.toLowerCase() : undefined;
}
