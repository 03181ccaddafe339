import { PAYSON_STATUSES } from '../../contract/status.ts';
import type { CheckoutSortKey } from '../../contract/checkout-search.ts';

/**
 * The SQL each sort key orders by, written ONCE because migration 006's indexes are built on these
 * very expressions: PostgreSQL uses an expression index only for a query whose expression is the
 * same, constants included (so the constants here are literals, never bound parameters).
 *
 * Missing values (Payson sent no time, no amount) sort as the smallest value: first ascending, last
 * descending. A nullable column would need NULLS FIRST/LAST handling in every keyset comparison of
 * the export; a plain value keeps `(value, checkout_id) < (…)` one comparison.
 *
 * Migration 006 builds its indexes from these: changing one needs a new migration that rebuilds them.
 */
export const SORT_EXPRESSIONS: Readonly<Record<CheckoutSortKey, string>> = {
  created: 'coalesce(created_at, 0)',
  lastChange: 'coalesce(last_change_at, 0)',
  amount: 'coalesce(amount, 0)',
  // The name as the list shows it ("Åsa Svensson"). lower() folds what the collation knows; under
  // PostgreSQL's C collation non-ASCII letters sort after z, which is where Swedish puts Å, Ä, Ö.
  customer: "lower(coalesce(customer_first_name, '') || ' ' || coalesce(customer_last_name, ''))",
  // A checkout's lifecycle order, not the alphabet of the camelCase keys; unknown statuses last.
  status: `(case status ${PAYSON_STATUSES.map((status, rank) => `when '${status}' then ${rank}`).join(' ')} else ${PAYSON_STATUSES.length} end)`,
};

/**
 * The work queue's order: Ready to ship checkouts by when they became so, oldest first, which is
 * also soonest expiry first (the expiry is a fixed number of calendar days later, monotonic). A
 * checkout without a readable time sorts last: its expiry is unknown, not imminent.
 */
export const READY_SINCE_EXPRESSION = 'coalesce(ready_to_ship_at, 9007199254740991)';
