import type { StatusCounts } from '../../contract/status-counts.ts';
import { PAYSON_STATUSES } from '../../contract/status.ts';
import type { Db } from '../db/database.ts';
import { indexStatusTotals } from './status-totals.ts';

/**
 * The status counts from the index, in one query whatever the company's size: every status Payson
 * reports (0 when none), any other status the index holds, and the total.
 */
export async function indexStatusCounts(db: Db, company: string | 'every'): Promise<StatusCounts> {
  const totals = await indexStatusTotals(db, company);
  const counts: Record<string, number> = Object.fromEntries(PAYSON_STATUSES.map((status) => [status, 0]));
  let total = 0;
  for (const [status, count] of totals) {
    counts[status] = count;
    total += count;
  }
  return { counts, total };
}
