import { useMutation, useQueryClient } from '@tanstack/react-query';
import { indexFreshnessSchema } from '../../contract/checkout-search.ts';
import { checkoutQueries, companyCheckoutsPath } from './checkouts.ts';
import { http } from './http.ts';

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
      http(`${companyCheckoutsPath(companyId)}/index/refresh`, { schema: indexFreshnessSchema, method: 'POST', body: {} }),
    retry: 0,
    onSuccess: (freshness) => queryClient.setQueryData(checkoutQueries.freshness(companyId).queryKey, freshness),
  });
}
