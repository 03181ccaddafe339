import type { Checkout } from './payson.ts';

/**
 * Personal identity numbers are shown masked: the birth date stays (enough to tell two customers
 * apart), the last four digits, which complete the number, never do. The gateway masks every list
 * and detail answer with this; the full number leaves it only through the recorded reveal.
 *
 * Swedish personnummer and organisationsnummer come as YYMMDD-NNNN, YYMMDDNNNN, YYYYMMDD-NNNN or
 * YYYYMMDDNNNN; `+` instead of `-` marks someone over a hundred and is kept. Anything else is an
 * unknown format whose digits we cannot place, so it is masked whole. Masking a masked value gives
 * it back unchanged, so the SPA may mask what the gateway already masked.
 */
export const IDENTITY_NUMBER_MASK = '****';

const SWEDISH_IDENTITY_NUMBER = /^(\d{6}|\d{8})([-+]?)\d{4}$/;
const ALREADY_MASKED = /^(?:(?:\d{6}|\d{8})[-+])?\*{4}$/;

export function maskIdentityNumber(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const compact = value.replace(/\s+/g, '');
  if (compact === '') return undefined;
  if (ALREADY_MASKED.test(compact)) return compact;
  const match = SWEDISH_IDENTITY_NUMBER.exec(compact);
  if (!match) return IDENTITY_NUMBER_MASK;
  const [, birthDate, separator] = match;
  return `${birthDate}${separator === '+' ? '+' : '-'}${IDENTITY_NUMBER_MASK}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A Payson checkout's JSON exactly as Payson sent it (unknown fields and misspellings included), but
 * with the identity number masked: showing the raw payload is not asking to see the number. The
 * contract knows one field that carries one, `customer.identityNumber`; a value that is not a string
 * there is masked whole, since we cannot tell what it holds.
 */
export function maskIdentityNumbersInCheckoutJson(raw: unknown): unknown {
  if (!isRecord(raw) || !isRecord(raw.customer) || !('identityNumber' in raw.customer)) return raw;
  const value = raw.customer.identityNumber;
  if (value === null || value === undefined) return raw;
  const masked = typeof value === 'string' ? (maskIdentityNumber(value) ?? value) : IDENTITY_NUMBER_MASK;
  return { ...raw, customer: { ...raw.customer, identityNumber: masked } };
}

/** The checkout with its customer's identity number masked (the same object when there is none). */
export function withMaskedIdentityNumber(checkout: Checkout): Checkout {
  const identityNumber = checkout.customer?.identityNumber;
  if (!checkout.customer || identityNumber === undefined) return checkout;
  return { ...checkout, customer: { ...checkout.customer, identityNumber: maskIdentityNumber(identityNumber) } };
}
