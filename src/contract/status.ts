import * as z from 'zod/mini';

/**
 * One canonical spelling for checkout statuses. Payson writes them in camelCase inside resources
 * (`readyToShip`) and in PascalCase in query strings; BokaMera uses PascalCase and adds `None` and
 * `Credited`. We keep Payson's resource spelling as canonical and parse any casing.
 */
export const KNOWN_STATUSES = [
  'none',
  'created',
  'formsFilled',
  'readyToPay',
  'processingPayment',
  'readyToShip',
  'shipped',
  'paidToAccount',
  'canceled',
  'credited',
  'expired',
  'denied',
] as const;

export type KnownStatus = (typeof KNOWN_STATUSES)[number];

/** The statuses Payson itself reports; `none` and `credited` exist only in BokaMera's enum. */
export const PAYSON_STATUSES = KNOWN_STATUSES.filter(
  (status) => status !== 'none' && status !== 'credited',
) as readonly KnownStatus[];

/**
 * A status as read from upstream: a known status in canonical spelling, or the raw value when
 * upstream sent something we do not know. An unknown value is kept, never a crash.
 */
export type CheckoutStatus = KnownStatus | (string & {});

const byLowerCase = new Map<string, KnownStatus>(
  KNOWN_STATUSES.map((status) => [status.toLowerCase(), status]),
);

export function canonicalStatus(raw: string): CheckoutStatus {
  return byLowerCase.get(raw.trim().toLowerCase()) ?? raw;
}

export function isKnownStatus(status: string): status is KnownStatus {
  return (KNOWN_STATUSES as readonly string[]).includes(status);
}

/** The spelling Payson's list query and BokaMera's enum use: `ReadyToShip`. */
export function pascalCaseStatus(status: KnownStatus): string {
  return status.charAt(0).toUpperCase() + status.slice(1);
}

/** Reads any casing; keeps unknown strings as they are. */
export const statusSchema = z.pipe(z.string(), z.transform(canonicalStatus));
