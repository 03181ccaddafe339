import { sql } from 'drizzle-orm';
import { checkoutIndex, checkoutIndexState } from '../../db/checkout-index-table.ts';
import type { Db } from '../../db/database.ts';
import { searchTextOf } from '../search-text.ts';

export type IndexRowInsert = typeof checkoutIndex.$inferInsert;

/** What a test says about a row; the rest has plain defaults, `search_text` is computed as the indexer does. */
export interface TestRow {
  companyId: string;
  checkoutId: string;
  status?: string;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  type?: string | null;
  amount?: number | null;
  currency?: string | null;
  reference?: string | null;
  purchaseId?: string | null;
  itemCount?: number | null;
  createdAt?: number | null;
  lastChangeAt?: number | null;
  readyToShipAt?: number | null;
  history?: Record<string, string>;
}

export function indexRow(row: TestRow): IndexRowInsert {
  const firstName = row.firstName === undefined ? 'Anna' : row.firstName;
  const lastName = row.lastName === undefined ? 'Berg' : row.lastName;
  const email = row.email === undefined ? 'anna@example.se' : row.email;
  const reference = row.reference ?? null;
  const purchaseId = row.purchaseId ?? null;
  return {
    companyId: row.companyId.toLowerCase(),
    checkoutId: row.checkoutId,
    status: row.status ?? 'shipped',
    customerFirstName: firstName,
    customerLastName: lastName,
    customerEmail: email,
    customerType: row.type === undefined ? 'person' : row.type,
    amount: row.amount === undefined ? 100 : row.amount,
    currency: row.currency === undefined ? 'SEK' : row.currency,
    merchantReference: reference,
    purchaseId,
    itemCount: row.itemCount === undefined ? 1 : row.itemCount,
    history: row.history ?? {},
    createdAt: row.createdAt === undefined ? Date.UTC(2026, 0, 1) : row.createdAt,
    lastChangeAt: row.lastChangeAt === undefined ? null : row.lastChangeAt,
    readyToShipAt: row.readyToShipAt === undefined ? null : row.readyToShipAt,
    expiresAt: null,
    searchText: searchTextOf([firstName, lastName, email, reference, purchaseId, row.checkoutId]),
    indexedAt: 0,
  };
}

/** Writes the rows (as the indexer would) and marks each company's first pass done or not. */
export async function putIndexRows(db: Db, rows: readonly TestRow[], phase: 'ready' | 'first-pass' = 'ready'): Promise<void> {
  if (rows.length > 0) await db.insert(checkoutIndex).values(rows.map(indexRow));
  for (const companyId of new Set(rows.map((row) => row.companyId.toLowerCase()))) {
    await setIndexPhase(db, companyId, phase, rows.filter((row) => row.companyId.toLowerCase() === companyId).length);
  }
}

export async function setIndexPhase(db: Db, companyId: string, phase: 'ready' | 'first-pass', count = 0): Promise<void> {
  const values = {
    companyId: companyId.toLowerCase(),
    phase,
    indexedCount: count,
    expectedCount: count,
    firstPassDoneAt: phase === 'ready' ? 1 : null,
    refreshedAt: phase === 'ready' ? 1 : null,
  };
  await db.insert(checkoutIndexState).values(values).onConflictDoUpdate({ target: checkoutIndexState.companyId, set: values });
}

/** Empties the index tables (the counts go with the rows: the delete fires the count triggers). */
export async function clearIndex(db: Db): Promise<void> {
  await db.execute(sql`delete from checkout_index`);
  await db.execute(sql`delete from checkout_index_state`);
}
