import { randomInt, randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import { canonicalStatus, PAYSON_STATUSES } from '../contract/status.ts';
import { isoSeconds } from './clock.ts';
import type { CheckoutStore } from './store.ts';

/**
 * Changes made "in Payson directly", behind the dashboard's back, so journeys can prove the index
 * picks them up on its next refresh: a checkout's status changed, a new checkout added.
 */

const paysonStatus = z.string().check(
  z.refine((status) => (PAYSON_STATUSES as readonly string[]).includes(canonicalStatus(status)), 'must be a Payson checkout status'),
);

export const checkoutChangeSchema = z.object({ status: paysonStatus });

export const newCheckoutSchema = z.object({
  status: z.optional(paysonStatus),
  firstName: z.optional(z.string().check(z.maxLength(100))),
  lastName: z.optional(z.string().check(z.maxLength(100))),
  email: z.optional(z.string().check(z.maxLength(200))),
  reference: z.optional(z.string().check(z.maxLength(100))),
  amount: z.optional(z.number().check(z.gte(0), z.lte(1_000_000))),
});

/** Any status, stamped in the history now, as Payson would after its own change. Undefined: no such checkout. */
export function changeCheckoutStatus(store: CheckoutStore, id: string, status: string, nowMs: number): unknown {
  const found = store.find(id);
  if (!found || !isObject(found.checkout)) return undefined;
  const to = canonicalStatus(status);
  const history = isObject(found.checkout.history) ? found.checkout.history : {};
  const changed = { ...found.checkout, status: to, history: { ...history, [to]: isoSeconds(nowMs) } };
  store.replace(found.location, changed);
  return changed;
}

/** A new checkout of the company, created now: the newest of its list. Undefined: no such company. */
export function addCheckout(store: CheckoutStore, companyId: string, request: z.infer<typeof newCheckoutSchema>, nowMs: number): unknown {
  const company = store.companyById(companyId);
  if (!company) return undefined;
  const status = canonicalStatus(request.status ?? 'created');
  const created = isoSeconds(nowMs);
  const amount = request.amount ?? 450;
  const checkout = {
    id: randomUUID(),
    status,
    description: `Ny bokning hos ${company.name}`,
    purchaseId: status === 'created' ? null : randomInt(9_000_000, 9_999_999),
    expirationTime: isoSeconds(nowMs + 2 * 3_600_000),
    merchant: { reference: request.reference ?? String(randomInt(8_000_000, 8_999_999)) },
    customer: {
      type: 'person',
      firstName: request.firstName ?? 'Nina',
      lastName: request.lastName ?? 'Nyström',
      email: request.email ?? 'nina.nystrom@example.se',
      countryCode: 'SE',
    },
    order: {
      currency: 'sek',
      totalPriceIncludingTax: amount,
      totalPriceExcludingTax: amount * 0.8,
      totalTaxAmount: amount * 0.2,
      items: [{ name: 'Bokning', quantity: 1, unitPrice: amount, taxRate: 0.25, type: 'service', totalPriceIncludingTax: amount }],
    },
    history: status === 'created' ? { created } : { created, [status]: created },
  };
  store.add(company.index, checkout);
  return checkout;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
