import { PAYSON_STATUSES } from '../contract/status.ts';
import type { StatusCounts } from '../contract/status-counts.ts';
import type { PaysonClient, PaysonCredentials } from './upstream/payson-client.ts';

/**
 * Payson has no count operation, but every list page carries the total for its filter; so the
 * counts are the first page of each status, asked in parallel. A status whose page fails is left
 * out (the SPA then shows no number rather than a wrong one); if the unfiltered total fails, so
 * does the whole answer.
 */
export async function countCheckoutsByStatus(payson: PaysonClient, credentials: PaysonCredentials): Promise<StatusCounts> {
  const [all, ...perStatus] = await Promise.allSettled([
    payson.listCheckouts(credentials, { page: 1 }),
    ...PAYSON_STATUSES.map((status) => payson.listCheckouts(credentials, { status, page: 1 })),
  ]);
  if (all?.status !== 'fulfilled') throw all?.reason;

  const counts: Record<string, number> = {};
  perStatus.forEach((result, index) => {
    const status = PAYSON_STATUSES[index];
    if (status && result.status === 'fulfilled') counts[status] = result.value.totalCount;
  });
  return { counts, total: all.value.totalCount };
}
