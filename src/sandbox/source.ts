/**
 * Where the sandbox's data comes from: the deterministic generator or a fixture file. Both answer
 * the same few questions, cheaply enough that a million checkouts never have to be held in memory.
 */

export interface PaysonMerchant {
  agentId: string;
  apiKey: string;
  merchantId: number;
  accountEmail: string;
}

export interface SandboxCompany {
  index: number;
  id: string;
  name: string;
  city: string | undefined;
  organisationNumber: string | undefined;
  /** The receiver named in the company's Payson settings at BokaMera. */
  receiver: { email: string; firstName: string; lastName: string };
  payson: PaysonMerchant;
}

export interface CheckoutLocation {
  company: number;
  index: number;
}

/** A checkout as upstream holds it: generated, or a fixture's raw JSON (which may break the schema). */
export type RawCheckout = unknown;

export interface CheckoutSource {
  readonly companies: readonly SandboxCompany[];
  checkoutCount(company: number): number;
  /** The lower-cased raw `status` of a checkout as first served ('' when it has none). Must be cheap. */
  statusKeyAt(company: number, index: number): string;
  checkoutAt(company: number, index: number): RawCheckout;
  locate(id: string): CheckoutLocation | undefined;
}

/** The lower-cased `status` string of a raw checkout, '' when it has none. */
export function statusKeyOf(checkout: RawCheckout): string {
  if (typeof checkout !== 'object' || checkout === null) return '';
  const status: unknown = (checkout as { status?: unknown }).status;
  return typeof status === 'string' ? status.toLowerCase() : '';
}
