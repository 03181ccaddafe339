import type { CheckoutSearchPage, IndexFreshness } from '../../contract/checkout-search.ts';
import { withMaskedIdentityNumber } from '../../contract/identity-number.ts';
import { ApiError } from '../api-error.ts';
import { INDEX_OFF, readIndexFreshness } from '../checkout-index/freshness.ts';
import { listRowOf } from '../checkout-index/list-row.ts';
import { searchCheckoutIndex, type CheckoutSearch } from '../checkout-index/search-query.ts';
import { COMPANY_TIME_ZONE } from '../company-time-zone.ts';
import type { GatewayDeps } from '../gateway-env.ts';
import type { PaysonCredentials } from '../upstream/payson-client.ts';
import { checkoutSearchOf, needsIndex, type CheckoutListRequest } from './checkout-list-query.ts';

/** 409: the query needs the index, and the company's is not there yet (or INDEX=off). */
export function indexNotReady(): ApiError {
  return new ApiError(409, 'conflict', 'Search, filters and sorting work once the checkouts are indexed.', {}, { reason: 'index_not_ready' });
}

/** The company's index freshness; `off` when INDEX=off. */
export async function companyFreshness(deps: GatewayDeps, companyId: string): Promise<IndexFreshness> {
  return deps.index ? readIndexFreshness(deps.db, [companyId], deps.sessions.now()) : INDEX_OFF;
}

/**
 * One company's list page: from the index once its first pass is done, else live from Payson
 * (one status or none, pages of 20, as Payson lists), or 409 when the query needs the index.
 */
export async function companyListPage(
  deps: GatewayDeps,
  companyId: string,
  credentials: PaysonCredentials,
  request: CheckoutListRequest,
): Promise<CheckoutSearchPage> {
  const freshness = await companyFreshness(deps, companyId);
  if (freshness.state === 'ready') {
    return indexListPage(deps, checkoutSearchOf(request, companyId.toLowerCase(), COMPANY_TIME_ZONE), request, freshness);
  }
  if (needsIndex(request)) throw indexNotReady();
  const [status] = request.statuses;
  const page = await deps.payson.listCheckouts(credentials, status ? { status, page: request.page } : { page: request.page });
  return {
    pageSize: page.pageSize,
    page: page.page,
    totalPages: page.totalPages,
    totalCount: page.totalCount,
    data: page.data.map(withMaskedIdentityNumber),
    source: 'live',
    index: freshness,
  };
}

/** A page from the index, shaped as the list's rows. */
export async function indexListPage(
  deps: GatewayDeps,
  search: CheckoutSearch,
  request: CheckoutListRequest,
  freshness: IndexFreshness,
  companyNames?: ReadonlyMap<string, string>,
): Promise<CheckoutSearchPage> {
  const { rows, total } = await searchCheckoutIndex(deps.db, search, request.page, request.pageSize);
  return {
    pageSize: request.pageSize,
    page: request.page,
    totalPages: Math.ceil(total.count / request.pageSize),
    totalCount: total.count,
    ...(total.estimate ? { totalIsEstimate: true } : {}),
    data: rows.map((row) => listRowOf(row, { timeZone: COMPANY_TIME_ZONE, ...(companyNames ? { companyNames } : {}) })),
    source: 'index',
    index: freshness,
  };
}
