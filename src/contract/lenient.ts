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
export const lenientNumber = lenient(z.number().check(z.refine(Number.isFinite)));
export const lenientBoolean = lenient(z.boolean());
