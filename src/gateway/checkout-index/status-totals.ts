import { eq, sql } from 'drizzle-orm';
import { checkoutIndexCount } from '../db/checkout-index-count-table.ts';
import type { Db } from '../db/database.ts';

/** Beyond this many delta rows for a company, a read folds them into one per status. */
const FOLD_AFTER_ROWS = 64;

/**
 * How many indexed checkouts one company (or every company) has per status, exact, from the deltas
 * the triggers of migration 006 append: one query, a few dozen rows, whatever the company's size.
 */
export async function indexStatusTotals(db: Db, company: string | 'every'): Promise<Map<string, number>> {
  const rows = await db
    .select({ status: checkoutIndexCount.status, count: sql<string>`sum(${checkoutIndexCount.delta})`, entries: sql<number>`count(*)::integer` })
    .from(checkoutIndexCount)
    .where(company === 'every' ? undefined : eq(checkoutIndexCount.companyId, company))
    .groupBy(checkoutIndexCount.status);
  const totals = new Map<string, number>();
  for (const row of rows) {
    const count = Number(row.count);
    if (count > 0) totals.set(row.status, count);
  }
  if (company !== 'every' && rows.reduce((entries, row) => entries + Number(row.entries), 0) > FOLD_AFTER_ROWS) {
    await foldStatusTotals(db, company);
  }
  return totals;
}

/**
 * Replaces a company's deltas by their sums, in one statement. A concurrent writer's new deltas are
 * not in the statement's snapshot and stay; a concurrent fold deletes only rows still there, so
 * every delta is summed exactly once.
 */
export async function foldStatusTotals(db: Db, company: string): Promise<void> {
  await db.execute(sql`
    with folded as (delete from checkout_index_count where company_id = ${company} returning status, delta)
    insert into checkout_index_count (company_id, status, delta)
      select ${company}, status, sum(delta) from folded group by status having sum(delta) <> 0`);
}
