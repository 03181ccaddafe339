const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads a checkout id typed or pasted by a person: surrounding space and braces are dropped and
 * the GUID is lower-cased. Returns undefined when it is not a GUID.
 */
export function parseGuid(input: string): string | undefined {
  const trimmed = input.trim().replace(/^\{(.*)\}$/, '$1').trim();
  return guidPattern.test(trimmed) ? trimmed.toLowerCase() : undefined;
}
