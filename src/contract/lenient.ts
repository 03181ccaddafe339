import * as z from 'zod/mini';

/**
 * Upstream data is untrusted and loosely documented. A leaf field that is missing, null or of the
 * wrong type becomes `undefined` (shown as unknown) instead of failing the whole payload; only the
 * fields a view cannot do without (a checkout's id) are strict.
 */
export function lenient<T extends z.ZodMiniType>(schema: T) {
  return z.catch(z.optional(schema), undefined);
}

export const lenientString = lenient(z.string());
/** An identifier Payson documents as a number in one place and a string in another: kept as text. */
export const lenientIdentifier = lenient(z.pipe(z.union([z.string(), z.number()]), z.transform((value) => String(value))));
export const lenientNumber = lenient(z.number().check(z.refine(Number.isFinite)));
export const lenientBoolean = lenient(z.boolean());
