import { queryOptions } from '@tanstack/react-query';
import { checkoutListPageSchema, checkoutSchema } from '../../contract/payson.ts';
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
    }),
  details: () => [...checkoutQueries.all(), 'detail'] as const,
  detail: (companyId: string, checkoutId: string) =>
    queryOptions({
      queryKey: [...checkoutQueries.details(), { companyId, checkoutId }] as const,
      queryFn: ({ signal }) =>
        http(`${companyPath(companyId)}/${encodeURIComponent(checkoutId)}`, {
          schema: checkoutSchema,
          signal,
        }),
    }),
};
