import { inArray } from 'drizzle-orm';
import type { IndexFreshness } from '../../contract/checkout-search.ts';
import type { Db } from '../db/database.ts';
import { checkoutIndexState } from '../db/checkout-index-table.ts';

/**
 * How fresh the index of these companies is, from `checkout_index_state` alone, so every gateway
 * on the database says the same. A company is `ready` once its first pass finished; `refreshing`
 * while some gateway holds its lease (the lease is held only while a pass or refresh runs). For
 * several companies (all companies): ready only when all are, counts summed, the oldest update.
 */
export async function readIndexFreshness(db: Db, companyIds: readonly string[], now: number): Promise<IndexFreshness> {
  const keys = companyIds.map((id) => id.toLowerCase());
  const rows = keys.length === 0 ? [] : await db.select().from(checkoutIndexState).where(inArray(checkoutIndexState.companyId, keys));
  const ready = rows.length === keys.length && rows.every((row) => row.phase === 'ready');
  const expected = rows.some((row) => row.expectedCount === null) || rows.length < keys.length ? null : sum(rows.map((row) => row.expectedCount ?? 0));
  const updated = rows.map((row) => row.refreshedAt);
  return {
    state: ready ? 'ready' : 'indexing',
    indexed: sum(rows.map((row) => row.indexedCount)),
    expected,
    updatedAt: ready && updated.every((at) => at !== null) ? Math.min(...(updated as number[])) : null,
    refreshing: rows.some((row) => row.leaseUntil !== null && row.leaseUntil > now),
    lastError: rows.find((row) => row.lastError !== null)?.lastError ?? null,
  };
}

/** INDEX=off: the list is Payson's own. */
export const INDEX_OFF: IndexFreshness = { state: 'off', indexed: 0, expected: null, updatedAt: null, refreshing: false, lastError: null };

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
