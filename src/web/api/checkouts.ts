import * as z from 'zod/mini';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { checkoutListPageSchema, checkoutSchema, type Checkout, type CheckoutListPage } from '../../contract/payson.ts';
import type { KnownStatus } from '../../contract/status.ts';
import { statusCountsSchema } from '../../contract/status-counts.ts';
import { http } from './http.ts';

export interface CheckoutListParams {
  companyId: string;
  status: KnownStatus | undefined;
  page: number;
}

function companyPath(companyId: string): string {
  return `/api/companies/${encodeURIComponent(companyId)}/checkouts`;
}

export function checkoutPath(companyId: string, checkoutId: string): string {
  return `${companyPath(companyId)}/${encodeURIComponent(checkoutId)}`;
}

export const checkoutQueries = {
  all: () => ['checkouts'] as const,
  lists: () => [...checkoutQueries.all(), 'list'] as const,
  list: (params: CheckoutListParams) =>
    queryOptions({
      queryKey: [...checkoutQueries.lists(), params] as const,
      queryFn: ({ signal }) =>
        http(companyPath(params.companyId), {
          schema: checkoutListPageSchema,
          query: { status: params.status, page: params.page },
          signal,
        }),
      staleTime: 30_000,
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
 * A checkout as the freshest cached list page of its company shows it, and when that page was
 * read. List rows are the same resource as the detail (Payson's checkout), so opening a checkout
 * from the list can show it at once.
 */
function checkoutFromLists(
  queryClient: QueryClient,
  companyId: string,
  checkoutId: string,
): { checkout: Checkout; updatedAt: number } | undefined {
  let found: { checkout: Checkout; updatedAt: number } | undefined;
  for (const query of queryClient.getQueryCache().findAll({ queryKey: checkoutQueries.lists() })) {
    const params = query.queryKey[2] as CheckoutListParams | undefined;
    const page = query.state.data as CheckoutListPage | undefined;
    if (params?.companyId !== companyId || !page) continue;
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

/** A checkout's status changed: the lists and the counts by status are read again. */
export function invalidateCheckoutLists(queryClient: QueryClient, companyId: string) {
  void queryClient.invalidateQueries({ queryKey: checkoutQueries.lists() });
  void queryClient.invalidateQueries({ queryKey: checkoutQueries.statusCounts(companyId).queryKey });
}
