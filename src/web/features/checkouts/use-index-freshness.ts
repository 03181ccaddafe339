import { useEffect } from 'react';
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { CheckoutSearchPage, IndexFreshness } from '../../../contract/checkout-search.ts';
import { checkoutQueries, invalidateCheckoutLists, isIndexNotReady } from '../../api/checkouts.ts';

/** Often enough for a progress bar and a refresh to feel live, rarely enough to cost nothing. */
const WHILE_WORKING_MS = 2_000;

/**
 * How fresh the company's index is: the list page says so with its rows; while the first pass
 * or a refresh runs, the freshness is asked again every few seconds (progress, "Refreshing…"),
 * and once it is done the rows are read again, so what the list shows is what it says it is.
 */
export function useIndexFreshness(
  companyId: string,
  list: UseQueryResult<CheckoutSearchPage>,
): IndexFreshness | undefined {
  const queryClient = useQueryClient();
  const listIndex = list.data?.index;
  const notReady = isIndexNotReady(list.error);
  const freshness = useQuery({
    ...checkoutQueries.freshness(companyId),
    enabled: (listIndex !== undefined && listIndex.state !== 'off') || notReady,
    refetchInterval: (query) => {
      const data = query.state.data;
      return data && (data.refreshing || data.state === 'indexing') ? WHILE_WORKING_MS : false;
    },
  });

  // A list page newer than the last look is the freshness now: the polling goes on from it (a
  // page that says a refresh runs starts it).
  const rowsAfterPolled = listIndex !== undefined && list.dataUpdatedAt > freshness.dataUpdatedAt;
  useEffect(() => {
    if (!rowsAfterPolled || !listIndex || listIndex.state === 'off') return;
    queryClient.setQueryData(checkoutQueries.freshness(companyId).queryKey, listIndex, { updatedAt: list.dataUpdatedAt });
  }, [rowsAfterPolled, listIndex, list.dataUpdatedAt, queryClient, companyId]);

  const polled = freshness.data;
  const polledAfterRows = polled !== undefined && freshness.dataUpdatedAt >= list.dataUpdatedAt;
  const rowsBehind =
    polledAfterRows &&
    !polled.refreshing &&
    polled.state === 'ready' &&
    (listIndex === undefined ? notReady : listIndex.state !== 'ready' || (polled.updatedAt ?? 0) > (listIndex.updatedAt ?? 0));
  useEffect(() => {
    if (rowsBehind) invalidateCheckoutLists(queryClient, companyId);
  }, [rowsBehind, queryClient, companyId]);

  if (polled && (polledAfterRows || !listIndex)) return polled;
  return listIndex ?? polled;
}
