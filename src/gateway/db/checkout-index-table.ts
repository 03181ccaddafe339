import { bigint, doublePrecision, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * One row per indexed checkout (migration 004): the fields the list, search, filters, sorting,
 * export and overview need, and nothing personal beyond name and e-mail (never identity numbers,
 * never snippets). Times are epoch milliseconds; null when Payson sent none or an unreadable one.
 */
export const checkoutIndex = pgTable(
  'checkout_index',
  {
    companyId: text('company_id').notNull(),
    checkoutId: text('checkout_id').notNull(),
    /** Canonical (`readyToShip`), or as Payson spelled an unknown one. */
    status: text('status').notNull(),
    customerFirstName: text('customer_first_name'),
    customerLastName: text('customer_last_name'),
    customerEmail: text('customer_email'),
    customerType: text('customer_type'),
    /** `order.totalPriceIncludingTax`. */
    amount: doublePrecision('amount'),
    currency: text('currency'),
    merchantReference: text('merchant_reference'),
    purchaseId: text('purchase_id'),
    itemCount: integer('item_count'),
    /** Payson's history timestamps as sent (status → time), for the list's cells. */
    history: jsonb('history').$type<Record<string, string>>().notNull(),
    createdAt: bigint('created_at', { mode: 'number' }),
    lastChangeAt: bigint('last_change_at', { mode: 'number' }),
    readyToShipAt: bigint('ready_to_ship_at', { mode: 'number' }),
    /** Payson's `expirationTime`. */
    expiresAt: bigint('expires_at', { mode: 'number' }),
    /** Name, e-mail, reference, purchase id and checkout id, lower case and without accents. */
    searchText: text('search_text').notNull(),
    /** When the gateway last wrote the row (gateway clock). */
    indexedAt: bigint('indexed_at', { mode: 'number' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.companyId, table.checkoutId] })],
);

/** The indexing of one company: progress of the first pass, freshness, and who holds the lease. */
export const checkoutIndexState = pgTable('checkout_index_state', {
  companyId: text('company_id').primaryKey(),
  /** `first-pass` until every list page was read once, then `ready`. */
  phase: text('phase').$type<'first-pass' | 'ready'>().notNull(),
  /** Where the first pass (or a refresh) goes on from after a restart; the indexer's own shape. */
  cursor: jsonb('cursor').$type<unknown>(),
  indexedCount: integer('indexed_count').notNull(),
  /** Payson's `totalCount` of the unfiltered list when last read; null before the first read. */
  expectedCount: integer('expected_count'),
  firstPassDoneAt: bigint('first_pass_done_at', { mode: 'number' }),
  /** When a pass or refresh last finished: "Updated 2 minutes ago". */
  refreshedAt: bigint('refreshed_at', { mode: 'number' }),
  lastError: text('last_error'),
  /** The gateway that indexes the company now, until `leaseUntil` (epoch ms); others wait. */
  leaseHolder: text('lease_holder'),
  leaseUntil: bigint('lease_until', { mode: 'number' }),
});
