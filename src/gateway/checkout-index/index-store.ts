import { and, eq, getTableColumns, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { checkoutIndex, checkoutIndexState } from '../db/checkout-index-table.ts';
import type { CheckoutIndexRow } from './index-row.ts';

export type IndexState = typeof checkoutIndexState.$inferSelect;

/** Rows per `insert … on conflict`: a list page is 20; a few pages' worth keeps statements small. */
const UPSERT_BATCH = 200;

/**
 * The index's rows and each company's indexing state in the database every gateway shares. The
 * lease is how gateways agree that only one of them indexes a company at a time: a conditional
 * update takes it only when it is free, expired, or already ours.
 */
export class CheckoutIndexStore {
  constructor(private readonly db: Db) {}

  /** Writes the rows (new or changed); answers how many were new to the index. */
  async upsert(rows: readonly CheckoutIndexRow[]): Promise<number> {
    let inserted = 0;
    for (let start = 0; start < rows.length; start += UPSERT_BATCH) {
      const batch = dedupe(rows.slice(start, start + UPSERT_BATCH));
      const written = await this.db
        .insert(checkoutIndex)
        .values(batch)
        .onConflictDoUpdate({
          target: [checkoutIndex.companyId, checkoutIndex.checkoutId],
          set: UPDATE_FROM_EXCLUDED,
        })
        // PostgreSQL's own tell of an insert (not an update) in an upsert: the new row has no xmax.
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      inserted += written.filter((row) => row.inserted).length;
    }
    return inserted;
  }

  /** The statuses' rows of a company: id and status, for telling which left a status. */
  async idsWithStatuses(companyId: string, statuses: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.db
      .select({ id: checkoutIndex.checkoutId, status: checkoutIndex.status })
      .from(checkoutIndex)
      .where(and(eq(checkoutIndex.companyId, key(companyId)), inArray(checkoutIndex.status, [...statuses])));
    return new Map(rows.map((row) => [row.id, row.status]));
  }

  /** Which of these ids the company's index already has. */
  async knownIds(companyId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db
      .select({ id: checkoutIndex.checkoutId })
      .from(checkoutIndex)
      .where(and(eq(checkoutIndex.companyId, key(companyId)), inArray(checkoutIndex.checkoutId, [...ids])));
    return new Set(rows.map((row) => row.id));
  }

  async countRows(companyId: string): Promise<number> {
    const [row] = await this.db.select({ count: sql<number>`count(*)::int` }).from(checkoutIndex).where(eq(checkoutIndex.companyId, key(companyId)));
    return row?.count ?? 0;
  }

  async state(companyId: string): Promise<IndexState | undefined> {
    const [row] = await this.db.select().from(checkoutIndexState).where(eq(checkoutIndexState.companyId, key(companyId)));
    return row;
  }

  /** Every company the index knows, for superadmins' "all companies". */
  async companyIds(): Promise<string[]> {
    const rows = await this.db.select({ id: checkoutIndexState.companyId }).from(checkoutIndexState);
    return rows.map((row) => row.id);
  }

  /** The company's state row, created in `first-pass` when it has none. */
  async ensureState(companyId: string): Promise<void> {
    await this.db
      .insert(checkoutIndexState)
      .values({ companyId: key(companyId), phase: 'first-pass', indexedCount: 0 })
      .onConflictDoNothing({ target: checkoutIndexState.companyId });
  }

  /**
   * Takes (or renews) the company's lease for `holder` until `until`, when no other gateway holds
   * an unexpired one. One conditional statement, so two gateways racing cannot both win.
   */
  async takeLease(companyId: string, holder: string, now: number, until: number): Promise<boolean> {
    await this.ensureState(companyId);
    const taken = await this.db
      .update(checkoutIndexState)
      .set({ leaseHolder: holder, leaseUntil: until })
      .where(
        and(
          eq(checkoutIndexState.companyId, key(companyId)),
          or(isNull(checkoutIndexState.leaseUntil), lte(checkoutIndexState.leaseUntil, now), eq(checkoutIndexState.leaseHolder, holder)),
        ),
      )
      .returning({ companyId: checkoutIndexState.companyId });
    return taken.length === 1;
  }

  /** Gives the lease back, if it is still ours. */
  async releaseLease(companyId: string, holder: string): Promise<void> {
    await this.db
      .update(checkoutIndexState)
      .set({ leaseHolder: null, leaseUntil: null })
      .where(and(eq(checkoutIndexState.companyId, key(companyId)), eq(checkoutIndexState.leaseHolder, holder)));
  }

  /**
   * Changes the company's state, only while `holder` holds its lease (a gateway that lost it, e.g.
   * after a long stall, must not overwrite the new holder's progress). Answers whether it did.
   */
  async updateState(companyId: string, holder: string, change: StateChange): Promise<boolean> {
    const updated = await this.db
      .update(checkoutIndexState)
      .set(change)
      .where(and(eq(checkoutIndexState.companyId, key(companyId)), eq(checkoutIndexState.leaseHolder, holder)))
      .returning({ companyId: checkoutIndexState.companyId });
    return updated.length === 1;
  }

  /** Adds to the company's count of indexed checkouts (rows new to the index). */
  async addIndexed(companyId: string, count: number): Promise<void> {
    if (count === 0) return;
    await this.db
      .update(checkoutIndexState)
      .set({ indexedCount: sql`${checkoutIndexState.indexedCount} + ${count}` })
      .where(eq(checkoutIndexState.companyId, key(companyId)));
  }
}

export type StateChange = Partial<Omit<IndexState, 'companyId' | 'leaseHolder' | 'leaseUntil'>>;

/** Every column but the key, as `excluded.<column>`: what a newer read of the checkout replaces. */
const UPDATE_FROM_EXCLUDED = Object.fromEntries(
  Object.entries(getTableColumns(checkoutIndex))
    .filter(([property]) => property !== 'companyId' && property !== 'checkoutId')
    .map(([property, column]) => [property, sql.raw(`excluded.${column.name}`)]),
);

/** One statement may not touch a row twice: a list read during changes can hold a checkout twice. */
function dedupe(rows: readonly CheckoutIndexRow[]): CheckoutIndexRow[] {
  return [...new Map(rows.map((row) => [row.checkoutId, row])).values()];
}

function key(companyId: string): string {
  return companyId.toLowerCase();
}
