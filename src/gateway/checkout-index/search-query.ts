import { and, eq, inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { CheckoutSortKey, SortDirection } from '../../contract/checkout-search.ts';
import { checkoutIndex } from '../db/checkout-index-table.ts';
import { rawRows, type Db } from '../db/database.ts';
import { READY_SINCE_EXPRESSION, SORT_EXPRESSIONS } from './sort-expressions.ts';
import { indexStatusTotals } from './status-totals.ts';

/**
 * What to find in the index: the list's query once parsed (list-query.ts), in the index's own terms
 * (folded search words, epoch-ms bounds, canonical statuses, lower-case company ids).
 */
export interface CheckoutSearch {
  /** One company (lower case), or every company in the index (superadmins' "All companies"). */
  company: string | 'every';
  /** Folded words (search-text.ts); a row matches when its `search_text` contains every one. */
  words: readonly string[];
  /** Empty: every status. */
  statuses: readonly string[];
  /** Epoch ms: created at or after. */
  createdFrom?: number;
  /** Epoch ms: created before (exclusive, the start of the day after the last day). */
  createdBefore?: number;
  amountFrom?: number;
  amountTo?: number;
  /** The work queue: Ready to ship only, by when they became so (sort-expressions.ts). */
  attention: boolean;
  /** Undefined in the work queue without an explicit sort: the queue's own order. */
  sort?: { key: CheckoutSortKey; dir: SortDirection };
}

export type IndexedCheckout = typeof checkoutIndex.$inferSelect;

export interface IndexTotal {
  count: number;
  /** The count stopped at COUNT_CAP and `count` is the planner's estimate (above the cap). */
  estimate: boolean;
}

export interface IndexPage {
  rows: IndexedCheckout[];
  total: IndexTotal;
}

/**
 * Matches are counted exactly up to this many; beyond it the total is the planner's estimate.
 * Counting every one of 100,000 matches of a filter would cost more than the page itself, and a
 * person does not page 100 pages deep: they narrow the search.
 */
export const COUNT_CAP = 2000;

/** A page of the matching rows, in order, and how many match in all. */
export async function searchCheckoutIndex(db: Db, search: CheckoutSearch, page: number, pageSize: number): Promise<IndexPage> {
  const order = orderOf(search);
  // Sequential, not Promise.all: PGlite runs one query at a time anyway, and a pool connection
  // each for two small queries would only halve how many requests a gateway serves at once.
  const rows = await db
    .select()
    .from(checkoutIndex)
    .where(whereOf(search))
    .orderBy(...order.by)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows, total: await countCheckoutIndex(db, search) };
}

/**
 * How many rows match the search. Without search words or ranges it is exact from the status
 * totals the triggers keep (status-totals.ts); otherwise counted up to COUNT_CAP, then estimated.
 */
export async function countCheckoutIndex(db: Db, search: CheckoutSearch): Promise<IndexTotal> {
  const ranged = [search.createdFrom, search.createdBefore, search.amountFrom, search.amountTo].some((bound) => bound !== undefined);
  if (search.words.length === 0 && !ranged) {
    const totals = await indexStatusTotals(db, search.company);
    const statuses = search.attention ? ['readyToShip'] : search.statuses;
    const count = statuses.length === 0 ? [...totals.values()].reduce((sum, n) => sum + n, 0) : statuses.reduce((sum, status) => sum + (totals.get(status) ?? 0), 0);
    return { count, estimate: false };
  }
  const matching = db.select({ one: sql`1` }).from(checkoutIndex).where(whereOf(search));
  const [row] = await db.select({ count: sql<number>`count(*)::integer` }).from(matching.limit(COUNT_CAP + 1).as('matching'));
  const count = Number(row?.count ?? 0);
  if (count <= COUNT_CAP) return { count, estimate: false };
  return { count: Math.max(COUNT_CAP + 1, await plannedRows(db, matching)), estimate: true };
}

/** The planner's estimate of a query's rows, from its statistics: no row is read. */
async function plannedRows(db: Db, query: SQLWrapper): Promise<number> {
  const [row] = await rawRows<Record<string, unknown>>(db, sql`explain (format json) ${query}`);
  const plan = row === undefined ? undefined : Object.values(row)[0];
  const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as Array<{ Plan?: { 'Plan Rows'?: number } }> | undefined;
  return Math.round(parsed?.[0]?.Plan?.['Plan Rows'] ?? 0);
}

/**
 * Every matching row in order, `batchSize` at a time, each batch read after the previous one was
 * consumed: keyset pagination (`(sort value, id) < (last one's)`) walks the same index as a page,
 * so a batch deep in a 500,000-row export costs what the first one does, and no more than one batch
 * is ever held.
 */
export async function* walkCheckoutIndex(db: Db, search: CheckoutSearch, batchSize: number): AsyncGenerator<IndexedCheckout[]> {
  const order = orderOf(search);
  const where = whereOf(search);
  let after: SQL | undefined;
  for (;;) {
    const batch = await db
      .select({ row: checkoutIndex, sortValue: sql<string>`(${sql.raw(order.expression)})::text` })
      .from(checkoutIndex)
      .where(and(where, after))
      .orderBy(...order.by)
      .limit(batchSize);
    if (batch.length > 0) yield batch.map(({ row }) => row);
    const last = batch.at(-1);
    if (last === undefined || batch.length < batchSize) return;
    after = order.after(last.sortValue, last.row);
  }
}

function whereOf(search: CheckoutSearch): SQL | undefined {
  return and(
    search.company === 'every' ? undefined : eq(checkoutIndex.companyId, search.company),
    ...search.words.map((word) => sql`${checkoutIndex.searchText} like ${`%${escapeLike(word)}%`}`),
    // A literal, not a parameter: the work queue's partial index is only used when the planner can
    // see the query asks for exactly its `status = 'readyToShip'`.
    search.attention ? sql.raw(`status = 'readyToShip'`) : undefined,
    search.statuses.length === 1 ? eq(checkoutIndex.status, search.statuses[0] ?? '') : undefined,
    search.statuses.length > 1 ? inArray(checkoutIndex.status, [...search.statuses]) : undefined,
    // On the sort expressions, so a range is an index range of migration 006's btrees (for the
    // count and for sorting by that key). `created_at is not null` and `amount is not null` keep a
    // missing value, which sorts as 0, out of a range that reaches 0 or below.
    search.createdFrom === undefined && search.createdBefore === undefined ? undefined : sql`${checkoutIndex.createdAt} is not null`,
    search.createdFrom === undefined ? undefined : sql`${sql.raw(SORT_EXPRESSIONS.created)} >= ${search.createdFrom}`,
    search.createdBefore === undefined ? undefined : sql`${sql.raw(SORT_EXPRESSIONS.created)} < ${search.createdBefore}`,
    search.amountFrom === undefined && search.amountTo === undefined ? undefined : sql`${checkoutIndex.amount} is not null`,
    search.amountFrom === undefined ? undefined : sql`${sql.raw(SORT_EXPRESSIONS.amount)} >= ${search.amountFrom}`,
    search.amountTo === undefined ? undefined : sql`${sql.raw(SORT_EXPRESSIONS.amount)} <= ${search.amountTo}`,
  );
}

/** `%`, `_` and the escape character itself match literally in a user's search. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** The SQL type of each sort expression, to read a keyset value back from its text. */
const SORT_TYPES: Readonly<Record<CheckoutSortKey | 'readySince', string>> = {
  created: 'bigint',
  lastChange: 'bigint',
  amount: 'double precision',
  customer: 'text',
  status: 'integer',
  readySince: 'bigint',
};

interface Order {
  expression: string;
  by: SQL[];
  /** The condition for the rows after this one in this order (keyset). */
  after(sortValue: string, row: IndexedCheckout): SQL;
}

/**
 * The order of the rows, with the checkout id (and across companies the company id) as tie-breaker
 * in the same direction, so a page is stable and is exactly an index's order, scanned forwards or
 * backwards.
 */
function orderOf(search: CheckoutSearch): Order {
  const key = search.sort?.key ?? (search.attention ? 'readySince' : 'created');
  const dir = search.sort?.dir ?? (search.attention ? 'asc' : 'desc');
  const expression = key === 'readySince' ? READY_SINCE_EXPRESSION : SORT_EXPRESSIONS[key];
  const every = search.company === 'every';
  const columns = every ? ['checkout_id', 'company_id'] : ['checkout_id'];
  const direction = dir === 'asc' ? 'asc' : 'desc';
  const comparison = dir === 'asc' ? '>' : '<';
  return {
    expression,
    by: [expression, ...columns].map((column) => sql.raw(`${column} ${direction}`)),
    after(sortValue, row) {
      const values = every ? [row.checkoutId, row.companyId] : [row.checkoutId];
      return sql`(${sql.raw([expression, ...columns].join(', '))}) ${sql.raw(comparison)} (cast(${sortValue} as ${sql.raw(SORT_TYPES[key])}), ${sql.join(
        values.map((value) => sql`${value}`),
        sql`, `,
      )})`;
    },
  };
}
