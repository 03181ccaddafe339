import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { checkoutQueries, type CheckoutListParams } from '../../api/checkouts.ts';
import type { CheckoutListPage } from '../../../contract/payson.ts';

/**
 * The list page's data. While another page or status loads, the previous rows stay (the table
 * dims them), but never another company's rows. The next page is fetched ahead of time.
 */
export function useCheckoutList(params: CheckoutListParams) {
  const queryClient = useQueryClient();
  const query = useQuery({
    ...checkoutQueries.list(params),
    placeholderData: (previous: CheckoutListPage | undefined, previousQuery) => {
      const previousParams = previousQuery?.queryKey[2];
      return previousParams?.companyId === params.companyId ? previous : undefined;
    },
  });

  const totalPages = query.isPlaceholderData ? undefined : query.data?.totalPages;
  const { companyId, status, page } = params;
  useEffect(() => {
    if (totalPages === undefined || page >= totalPages) return;
    void queryClient.prefetchQuery(checkoutQueries.list({ companyId, status, page: page + 1 }));
  }, [queryClient, companyId, status, page, totalPages]);

  return query;
}
