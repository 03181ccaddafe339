import { PAYSON_STATUSES } from '../contract/status.ts';
import type { StatusCounts } from '../contract/status-counts.ts';
import type { PaysonClient, PaysonCredentials } from './upstream/payson-client.ts';

/**
 * Payson has no count operation, but every list page carries the total for its filter; so the
 * counts are the first page of each status. A status whose page fails is left out (the SPA then
 * shows no number rather than a wrong one); if the unfiltered total fails, so does the whole answer.
 *
 * One retry budget per request (docs/decisions/006-one-retry-budget.md): the unfiltered total is
 * asked first, with the read's one retry, and only when Payson gave it are the ten statuses asked,
 * in parallel and without retries. During an outage the counts cost two Payson calls, not 22.
 */
export async function countCheckoutsByStatus(payson: PaysonClient, credentials: PaysonCredentials): Promise<StatusCounts> {
  const all = await payson.listCheckouts(credentials, { page: 1 });
  const perStatus = await Promise.allSettled(
    PAYSON_STATUSES.map((status) => payson.listCheckouts(credentials, { status, page: 1 }, { retry: false })),
  );

  const counts: Record<string, number> = {};
  perStatus.forEach((result, index) => {
    const status = PAYSON_STATUSES[index];
    if (status && result.status === 'fulfilled') counts[status] = result.value.totalCount;
  });
  return { counts, total: all.totalCount };
}
