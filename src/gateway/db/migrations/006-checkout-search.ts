import { READY_SINCE_EXPRESSION, SORT_EXPRESSIONS } from '../../checkout-index/sort-expressions.ts';
import type { Migration } from './migration.ts';

/**
 * The indexes behind the list's search, filters and sorting at a million checkouts (issue 13):
 *
 * - `pg_trgm`'s GIN index on `search_text`, so "contains" (`like '%ostlund%'`) is answered from
 *   trigrams instead of reading every row. Debian's PostgreSQL ships the extension; PGlite loads it
 *   from its contrib bundle (database.ts).
 * - One btree per sort key, per company `(company_id, <key>, checkout_id)` and across companies
 *   (`<key>, checkout_id, company_id`) for superadmins' "All companies": a page is the first rows
 *   of an index scan in either direction, and the export walks the same order by keyset. The
 *   expressions are the ones the queries use (sort-expressions.ts), or the planner ignores them.
 * - A partial index of Ready to ship checkouts by when they became so: the work queue.
 */
export const INDEX_STATEMENTS: readonly string[] = [
  `create index checkout_index_search_trgm on checkout_index using gin (search_text gin_trgm_ops)`,
  `create index checkout_index_company_status on checkout_index (company_id, status)`,
  ...Object.entries(SORT_EXPRESSIONS).flatMap(([key, expression]) => [
    `create index checkout_index_by_${snake(key)} on checkout_index (company_id, ${expression}, checkout_id)`,
    `create index checkout_index_all_by_${snake(key)} on checkout_index (${expression}, checkout_id, company_id)`,
  ]),
  `create index checkout_index_ready_to_ship on checkout_index (company_id, ${READY_SINCE_EXPRESSION}, checkout_id) where status = 'readyToShip'`,
  `create index checkout_index_all_ready_to_ship on checkout_index (${READY_SINCE_EXPRESSION}, checkout_id, company_id) where status = 'readyToShip'`,
];

/**
 * How many checkouts each company has in each status, kept by triggers as the index is written, so
 * the status counts and the totals of the plain list (all, or some statuses) are exact without
 * counting 500,000 rows per request (a count of that many index entries takes hundreds of
 * milliseconds on PGlite).
 *
 * Append-only: each statement on `checkout_index` adds one signed delta per company and status it
 * changed (statement triggers over transition tables), never updates a shared row, so writers on
 * several gateways neither wait for each other nor deadlock. Readers sum the deltas and now and
 * then fold them into one row per status (checkout-index/status-totals.ts). A TRUNCATE of
 * `checkout_index` bypasses the triggers: truncate this table with it.
 */
const COUNT_STATEMENTS: readonly string[] = [
  `create table checkout_index_count (
    company_id text not null,
    status text not null,
    delta bigint not null
  )`,
  `create index checkout_index_count_company on checkout_index_count (company_id)`,
  `create function checkout_index_count_added() returns trigger language plpgsql as $$
  begin
    insert into checkout_index_count (company_id, status, delta)
      select company_id, status, count(*) from added group by company_id, status;
    return null;
  end $$`,
  `create function checkout_index_count_removed() returns trigger language plpgsql as $$
  begin
    insert into checkout_index_count (company_id, status, delta)
      select company_id, status, -count(*) from removed group by company_id, status;
    return null;
  end $$`,
  `create function checkout_index_count_changed() returns trigger language plpgsql as $$
  begin
    insert into checkout_index_count (company_id, status, delta)
      select company_id, status, sum(delta) from (
        select company_id, status, 1 as delta from added
        union all
        select company_id, status, -1 as delta from removed
      ) as changes
      group by company_id, status
      having sum(delta) <> 0;
    return null;
  end $$`,
  `create trigger checkout_index_count_insert after insert on checkout_index
    referencing new table as added for each statement execute function checkout_index_count_added()`,
  `create trigger checkout_index_count_delete after delete on checkout_index
    referencing old table as removed for each statement execute function checkout_index_count_removed()`,
  `create trigger checkout_index_count_update after update on checkout_index
    referencing old table as removed new table as added for each statement execute function checkout_index_count_changed()`,
  `insert into checkout_index_count (company_id, status, delta)
    select company_id, status, count(*) from checkout_index group by company_id, status`,
];

export const checkoutSearchMigration: Migration = {
  version: 6,
  name: 'checkout-search',
  statements: [`create extension if not exists pg_trgm`, ...INDEX_STATEMENTS, ...COUNT_STATEMENTS],
};

function snake(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
