import type { Migration } from './migration.ts';

/**
 * The index of checkouts (issue 13): what the list, search, filters, sorting, export and the
 * overview need of each company's Payson checkouts, filled in the background from Payson's own
 * list. Never identity numbers, never snippets. Times are epoch milliseconds (Payson's offset-less
 * times read in PAYSON_TIME_ZONE); `search_text` is the searchable fields folded to lower case
 * without accents, computed by the gateway (so PGlite and PostgreSQL need no `unaccent`).
 *
 * `checkout_index_state` is one row per company: the first pass's progress (so a pass resumes
 * after a restart), freshness, and a lease so only one gateway indexes a company at a time.
 */
export const checkoutIndexMigration: Migration = {
  version: 4,
  name: 'checkout-index',
  statements: [
    `create table checkout_index (
      company_id text not null,
      checkout_id text not null,
      status text not null,
      customer_first_name text,
      customer_last_name text,
      customer_email text,
      customer_type text,
      amount double precision,
      currency text,
      merchant_reference text,
      purchase_id text,
      item_count integer,
      history jsonb not null default '{}'::jsonb,
      created_at bigint,
      last_change_at bigint,
      ready_to_ship_at bigint,
      expires_at bigint,
      search_text text not null default '',
      indexed_at bigint not null,
      primary key (company_id, checkout_id)
    )`,
    `create table checkout_index_state (
      company_id text primary key,
      phase text not null,
      cursor jsonb,
      indexed_count integer not null default 0,
      expected_count integer,
      first_pass_done_at bigint,
      refreshed_at bigint,
      last_error text,
      lease_holder text,
      lease_until bigint
    )`,
  ],
};
