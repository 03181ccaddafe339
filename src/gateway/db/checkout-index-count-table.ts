import { bigint, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * Signed changes to how many indexed checkouts a company has in a status (migration 006), written
 * by triggers on `checkout_index`; the count is the sum. No primary key: rows are only appended,
 * and folded together by readers (checkout-index/status-totals.ts).
 */
export const checkoutIndexCount = pgTable('checkout_index_count', {
  companyId: text('company_id').notNull(),
  status: text('status').notNull(),
  delta: bigint('delta', { mode: 'number' }).notNull(),
});
