import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { checkoutQueries, type CheckoutListParams } from '../../api/checkouts.ts';
import type { CheckoutSearchPage } from '../../../contract/checkout-search.ts';

/**
 * The list page's data. While another page, search or filter loads, the previous rows stay (the
 * table dims them), but never another company's rows. The next page is fetched ahead of time.
 */
export function useCheckoutList(params: CheckoutListParams) {
  const queryClient = useQueryClient();
  const query = useQuery({
    ...checkoutQueries.list(params),
    placeholderData: (previous: CheckoutSearchPage | undefined, previousQuery) => {
      const previousParams = previousQuery?.queryKey[2];
      return previousParams?.companyId === params.companyId ? previous : undefined;
    },
  });

  const totalPages = query.isPlaceholderData ? undefined : query.data?.totalPages;
  // The key of the next page: the same question, one page on (stable as a string for the effect).
  const nextPage = JSON.stringify({ ...params, page: params.page + 1 });
  useEffect(() => {
    const next = JSON.parse(nextPage) as CheckoutListParams;
    if (totalPages === undefined || next.page > totalPages) return;
    void queryClient.prefetchQuery(checkoutQueries.list(next));
  }, [queryClient, nextPage, totalPages]);

  return query;
}
