import type { Checkout } from '../../contract/payson.ts';
import { canonicalStatus } from '../../contract/status.ts';
import { parseUpstreamTime } from '../../contract/upstream-time.ts';
import type { checkoutIndex } from '../db/checkout-index-table.ts';
import { searchTextOf } from './search-text.ts';

export type CheckoutIndexRow = typeof checkoutIndex.$inferInsert;

/**
 * The index's row of one checkout as Payson sent it: what the list, search, filters and sorting
 * need, nothing more. Never the identity number (a personal number), never the snippet (Payson's
 * HTML, useless once the checkout is paid); of the order only its total and how many items.
 * Payson's offset-less times are read in its own zone; an unreadable time is null, not a guess.
 */
export function indexRowOf(companyId: string, checkout: Checkout, paysonTimeZone: string, indexedAt: number): CheckoutIndexRow {
  const customer = checkout.customer;
  const firstName = customer?.firstName ?? null;
  const lastName = customer?.lastName ?? null;
  const email = customer?.email ?? null;
  const reference = checkout.merchant?.reference ?? null;
  const purchaseId = checkout.purchaseId === undefined ? null : String(checkout.purchaseId);
  const history = checkout.history;
  const epochMs = (raw: string | undefined): number | null => {
    if (raw === undefined) return null;
    return parseUpstreamTime(raw, paysonTimeZone)?.getTime() ?? null;
  };
  return {
    companyId: companyId.toLowerCase(),
    checkoutId: checkout.id,
    status: canonicalStatus(checkout.status),
    customerFirstName: firstName,
    customerLastName: lastName,
    customerEmail: email,
    customerType: customer?.type ?? null,
    amount: checkout.order?.totalPriceIncludingTax ?? null,
    currency: checkout.order?.currency ?? null,
    merchantReference: reference,
    purchaseId,
    itemCount: checkout.order ? checkout.order.items.length : null,
    history,
    createdAt: epochMs(history.created),
    lastChangeAt: latestOf(Object.values(history).map(epochMs)),
    readyToShipAt: epochMs(history.readyToShip),
    expiresAt: epochMs(checkout.expirationTime),
    searchText: searchTextOf([[firstName, lastName].filter(Boolean).join(' '), email, reference, purchaseId, checkout.id]),
    indexedAt,
  };
}

/** The latest readable time in the history: when the checkout last changed. */
function latestOf(times: readonly (number | null)[]): number | null {
  const known = times.filter((time): time is number => time !== null);
  return known.length === 0 ? null : Math.max(...known);
}
