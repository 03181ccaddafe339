/**
 * Payson checkout ids are GUIDs. Kept here rather than shared so the snippet check depends on
 * nothing that changes for other reasons.
 */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** GUIDs are case-insensitive; anything that is not a GUID equals nothing. */
export function sameGuid(a: string, b: string): boolean {
  return isGuid(a) && isGuid(b) && a.toLowerCase() === b.toLowerCase();
}
