import { checkoutIndex, checkoutIndexState } from '../../db/checkout-index-table.ts';
import type { Db } from '../../db/database.ts';

type IndexRow = typeof checkoutIndex.$inferInsert;

let sequence = 0;

/** An index row as the indexer would write it, with only what a test says about it. */
export function indexRow(companyId: string, fields: Partial<IndexRow> = {}): IndexRow {
  sequence += 1;
  return {
    companyId,
    checkoutId: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    status: 'created',
    amount: 100,
    currency: 'SEK',
    history: {},
    searchText: '',
    indexedAt: 0,
    ...fields,
  };
}

export async function insertIndexRows(db: Db, rows: IndexRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(checkoutIndex).values(rows);
}

/** The company's first pass as done (`ready`) or still running. */
export async function setIndexPhase(db: Db, companyId: string, phase: 'first-pass' | 'ready', at = 0): Promise<void> {
  const values = { companyId, phase, indexedCount: 0, expectedCount: 0, firstPassDoneAt: phase === 'ready' ? at : null, refreshedAt: phase === 'ready' ? at : null };
  await db.insert(checkoutIndexState).values(values).onConflictDoUpdate({ target: checkoutIndexState.companyId, set: values });
}
