import { STATUS_CODES } from 'node:http';
import type { PaysonError } from '../contract/payson.ts';

/** How Payson's API 2.0 answers errors: a message and per-property errors; a 401 has no body. */

export interface PropertyError {
  property: string;
  message: string;
}

export function paysonError(status: number, message: string, errors: PropertyError[] = []): Response {
  if (status === 401) return new Response(null, { status });
  const body: PaysonError = { message, errors };
  return Response.json(body, { status });
}

export function paysonErrorForStatus(status: number): Response {
  return paysonError(status, STATUS_CODES[status] ?? 'Error');
}
