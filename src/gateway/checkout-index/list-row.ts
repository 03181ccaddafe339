import type { CheckoutListRow } from '../../contract/checkout-search.ts';
import { READY_TO_SHIP_LIFETIME_DAYS } from '../../contract/checkout-rules.ts';
import { addCalendarDays, zonedIsoString } from '../../contract/zoned-time.ts';
import type { IndexedCheckout } from './search-query.ts';

export interface ListRowContext {
  /** The company's zone: the work queue's expiry is counted in its calendar days. */
  timeZone: string;
  /** With every company: the names to put beside each row (id in lower case → name). */
  companyNames?: ReadonlyMap<string, string>;
}

/**
 * An index row as the list's row: Payson's checkout shape as far as the index keeps it (the
 * contract's checkoutListRowSchema). The index never holds an identity number, so none can leave.
 */
export function listRowOf(row: IndexedCheckout, context: ListRowContext): CheckoutListRow {
  const listRow: CheckoutListRow = {
    id: row.checkoutId,
    status: row.status,
    purchaseId: row.purchaseId ?? undefined,
    customer: {
      type: row.customerType ?? undefined,
      firstName: row.customerFirstName ?? undefined,
      lastName: row.customerLastName ?? undefined,
      email: row.customerEmail ?? undefined,
    },
    order: { currency: row.currency ?? undefined, totalPriceIncludingTax: row.amount ?? undefined, items: [] },
    merchant: { reference: row.merchantReference ?? undefined },
    history: row.history,
    itemCount: row.itemCount ?? undefined,
  };
  const expiresAt = readyToShipExpiry(row, context.timeZone);
  if (expiresAt !== undefined) listRow.expiresAt = zonedIsoString(expiresAt, context.timeZone);
  if (context.companyNames) {
    listRow.companyId = row.companyId;
    listRow.companyName = context.companyNames.get(row.companyId) ?? row.companyId;
  }
  return listRow;
}

/**
 * When Payson expires a checkout waiting in Ready to ship: READY_TO_SHIP_LIFETIME_DAYS calendar
 * days in the company's zone after it became so (the same rule as the checkout view's).
 */
export function readyToShipExpiry(row: Pick<IndexedCheckout, 'status' | 'readyToShipAt'>, timeZone: string): number | undefined {
  if (row.status !== 'readyToShip' || row.readyToShipAt === null) return undefined;
  return addCalendarDays(new Date(row.readyToShipAt), READY_TO_SHIP_LIFETIME_DAYS, timeZone).getTime();
}
