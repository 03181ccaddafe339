import * as z from 'zod/mini';
import { mutationOptions, queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { paysonCheckoutV2ResponseSchema } from '../../contract/bokamera.ts';
import {
  DEFAULT_PAGE_SIZE,
  checkoutSearchPageSchema,
  indexFreshnessSchema,
  type CheckoutSearchPage,
  type PageSize,
} from '../../contract/checkout-search.ts';
import { checkoutSchema, type Checkout } from '../../contract/payson.ts';
import type { CheckoutStatus } from '../../contract/status.ts';
import { statusCountsSchema } from '../../contract/status-counts.ts';
import type { CheckoutsSearch } from '../lib/checkouts-search.ts';
import { ApiError } from './api-error.ts';
import { http } from './http.ts';

/**
 * One list page's question: the URL's search, with the page size the person chose before
 * (`rememberedPageSize`, from the cookie) when the URL names none.
 */
export interface CheckoutListParams extends CheckoutsSearch {
  companyId: string;
  rememberedPageSize?: PageSize | undefined;
}

/** 409 index_not_ready: the question needs the company's index, whose first pass is not done. */
export function isIndexNotReady(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.reason === 'index_not_ready';
}

function listQuery(params: CheckoutListParams, pageSize: PageSize | undefined) {
  return {
    q: params.q,
    status: params.status,
    createdFrom: params.createdFrom,
    createdTo: params.createdTo,
    amountFrom: params.amountFrom,
    amountTo: params.amountTo,
    sort: params.sort,
    dir: params.dir,
    view: params.view,
    page: params.page,
    pageSize: pageSize === DEFAULT_PAGE_SIZE && params.pageSize === undefined ? undefined : pageSize,
  };
}

async function fetchList(params: CheckoutListParams, signal: AbortSignal): Promise<CheckoutSearchPage> {
  const path = companyPath(params.companyId);
  const pageSize = params.pageSize ?? params.rememberedPageSize;
  try {
    return await http(path, { schema: checkoutSearchPageSchema, query: listQuery(params, pageSize), signal });
  } catch (error) {
    // A page size remembered from an indexed list is a preference, not part of the question: while
    // the index is not ready the live list answers with Payson's own page size instead.
    if (!isIndexNotReady(error) || params.pageSize !== undefined || pageSize === undefined || pageSize === DEFAULT_PAGE_SIZE) throw error;
    return http(path, { schema: checkoutSearchPageSchema, query: listQuery(params, undefined), signal });
  }
}

function companyPath(companyId: string): string {
  return `/api/companies/${encodeURIComponent(companyId)}/checkouts`;
}

function checkoutPath(companyId: string, checkoutId: string): string {
  return `${companyPath(companyId)}/${encodeURIComponent(checkoutId)}`;
}

export const checkoutQueries = {
  all: () => ['checkouts'] as const,
  lists: () => [...checkoutQueries.all(), 'list'] as const,
  list: (params: CheckoutListParams) =>
    queryOptions({
      queryKey: [...checkoutQueries.lists(), params] as const,
      queryFn: ({ signal }) => fetchList(params, signal),
      staleTime: 30_000,
    }),
  /** How fresh the company's index is (its list pages carry the same). */
  freshness: (companyId: string) =>
    queryOptions({
      queryKey: [...checkoutQueries.all(), 'index', { companyId }] as const,
      queryFn: ({ signal }) => http(`${companyPath(companyId)}/index`, { schema: indexFreshnessSchema, signal }),
      staleTime: 5_000,
    }),
  statusCounts: (companyId: string) =>
    queryOptions({
      queryKey: [...checkoutQueries.all(), 'status-counts', { companyId }] as const,
      queryFn: ({ signal }) =>
        http(`${companyPath(companyId)}/status-counts`, { schema: statusCountsSchema, signal }),
      staleTime: 30_000,
      // Failed counts show no numbers; they are asked again now and then, never at once (decision 006).
      refetchInterval: (query) => (query.state.status === 'error' ? 30_000 : false),
    }),
  details: () => [...checkoutQueries.all(), 'detail'] as const,
  detail: (companyId: string, checkoutId: string) =>
    queryOptions({
      queryKey: [...checkoutQueries.details(), { companyId, checkoutId }] as const,
      queryFn: ({ signal }) =>
        http(checkoutPath(companyId, checkoutId), {
          schema: checkoutSchema,
          signal,
        }),
    }),
  /**
   * The checkout as Payson sent it, identity number masked by the gateway: shown, never read, so
   * it is not parsed into a checkout (that would drop the unknown fields it is there to show).
   */
  asSent: (companyId: string, checkoutId: string) =>
    queryOptions({
      queryKey: [...checkoutQueries.all(), 'as-sent', { companyId, checkoutId }] as const,
      queryFn: ({ signal }) => http(`${checkoutPath(companyId, checkoutId)}/as-sent`, { schema: z.unknown(), signal }),
    }),
};

/**
 * A checkout as the freshest cached live list page of its company shows it, and when that page was
 * read. Live rows are the same resource as the detail (Payson's checkout), so opening a checkout
 * from the list can show it at once. Rows from the index are summaries (no order items, no
 * identity number): the detail is never seeded from them, it loads.
 */
function checkoutFromLists(
  queryClient: QueryClient,
  companyId: string,
  checkoutId: string,
): { checkout: Checkout; updatedAt: number } | undefined {
  let found: { checkout: Checkout; updatedAt: number } | undefined;
  for (const query of queryClient.getQueryCache().findAll({ queryKey: checkoutQueries.lists() })) {
    const params = query.queryKey[2] as CheckoutListParams | undefined;
    const page = query.state.data as CheckoutSearchPage | undefined;
    if (params?.companyId !== companyId || !page || page.source !== 'live') continue;
    const updatedAt = query.state.dataUpdatedAt;
    if (found && found.updatedAt >= updatedAt) continue;
    const checkout = page.data.find((row) => row.id === checkoutId);
    if (checkout) found = { checkout, updatedAt };
  }
  return found;
}

/**
 * The detail query, seeded with the checkout's list row when a cached list page has it: the
 * detail renders at once, as fresh as that page, and is read again once it is stale (staleTime),
 * like any query. Without such a row it is the plain detail query.
 */
export function checkoutDetailQuery(queryClient: QueryClient, companyId: string, checkoutId: string) {
  let seed: ReturnType<typeof checkoutFromLists> | null = null;
  const seeded = () => (seed ??= checkoutFromLists(queryClient, companyId, checkoutId));
  return queryOptions({
    ...checkoutQueries.detail(companyId, checkoutId),
    initialData: () => seeded()?.checkout,
    initialDataUpdatedAt: () => seeded()?.updatedAt,
  });
}

/**
 * "Refresh now": the gateway starts a refresh of the company's index and answers at once with the
 * freshness (`refreshing`); the freshness is then asked again until the refresh is done, and the
 * lists are read again (useIndexFreshness).
 */
export function useRefreshIndex(companyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...checkoutQueries.all(), 'index-refresh', { companyId }] as const,
    mutationFn: () =>
      http(`${companyPath(companyId)}/index/refresh`, { schema: indexFreshnessSchema, method: 'POST', body: {} }),
    retry: 0,
    onSuccess: (freshness) => queryClient.setQueryData(checkoutQueries.freshness(companyId).queryKey, freshness),
  });
}

export const checkoutMutations = {
  /** One key per checkout, so every component can tell that this checkout's request is on its way. */
  sendPaymentRequest: (companyId: string, checkoutId: string) =>
    ['checkouts', 'send-payment-request', { companyId, checkoutId }] as const,
};

/**
 * BokaMera's SendCheckoutPaymentRequest through the gateway. It reaches the payer and has no
 * idempotency key, so it is never retried (not here, not by the gateway): a failure whose outcome
 * is unknown is answered by re-reading the checkout, never by sending again. Whatever happened,
 * the checkout, the lists and the counts are read afresh; on success the detail and any cached
 * list row take the status the server reported at once.
 */
export function sendPaymentRequestOptions(queryClient: QueryClient, companyId: string, checkoutId: string) {
  return mutationOptions({
    mutationKey: checkoutMutations.sendPaymentRequest(companyId, checkoutId),
    mutationFn: () =>
      http(`${checkoutPath(companyId, checkoutId)}/payment-request`, {
        schema: paysonCheckoutV2ResponseSchema,
        method: 'POST',
        body: {},
      }),
    retry: 0,
    onSuccess: (answer) => {
      if (answer.Status) seedStatus(queryClient, companyId, checkoutId, answer.Status);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: checkoutQueries.detail(companyId, checkoutId).queryKey });
      invalidateCheckoutLists(queryClient, companyId);
    },
  });
}

export function useSendPaymentRequest(companyId: string, checkoutId: string) {
  const queryClient = useQueryClient();
  return useMutation(sendPaymentRequestOptions(queryClient, companyId, checkoutId));
}

/** A checkout's status changed: the lists and the counts by status are read again. */
export function invalidateCheckoutLists(queryClient: QueryClient, companyId: string) {
  void queryClient.invalidateQueries({ queryKey: checkoutQueries.lists() });
  void queryClient.invalidateQueries({ queryKey: checkoutQueries.statusCounts(companyId).queryKey });
}

function seedStatus(
  queryClient: QueryClient,
  companyId: string,
  checkoutId: string,
  status: CheckoutStatus,
) {
  const withStatus = (checkout: Checkout): Checkout => (checkout.id === checkoutId ? { ...checkout, status } : checkout);
  queryClient.setQueryData(checkoutQueries.detail(companyId, checkoutId).queryKey, (checkout) =>
    checkout ? withStatus(checkout) : checkout,
  );
  queryClient.setQueriesData<CheckoutSearchPage>({ queryKey: checkoutQueries.lists() }, (page) =>
    page ? { ...page, data: page.data.map(withStatus) } : page,
  );
}
