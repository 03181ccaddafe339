import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { badRequest } from '../api-error.ts';

/** The request body, parsed by its contract schema; anything else is a 400. */
export async function readJsonBody<T>(c: Context, schema: z.ZodMiniType<T>): Promise<T> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw badRequest('The request body must be JSON.');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw badRequest('The request body is not valid.');
  return parsed.data;
}

/**
 * An id from the path, before it goes into an upstream URL. Ids are GUIDs upstream; this accepts any
 * plain token (letters, digits, `-`, `_`) so an odd upstream id still opens, and nothing that could
 * change the upstream path (`/`, `.`, `%`).
 */
export function pathId(c: Context, name: string): string {
  const value = c.req.param(name);
  if (value === undefined || !/^[A-Za-z0-9_-]{1,100}$/.test(value)) throw badRequest(`Invalid ${name}.`);
  return value;
}
