import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { checkoutDetailQuery } from '../../api/checkouts.ts';
import { configQueries } from '../../api/config.ts';
import { startWhenMayOpenCompany } from '../../api/session.ts';

/**
 * Starts loading the checkout (and the preview's allow-list) without waiting: the panel opens at
 * once with its heading and a skeleton, and shows a failure next to where the checkout would be.
 * Like the list's loader, it starts them beside the session check on a signed-in browser's cold
 * load, and after it otherwise.
 */
export function checkoutDetailLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const companyId = params.companyId ?? '';
    await startWhenMayOpenCompany(queryClient, companyId, () => {
      // Opened from the list, its row is the checkout until it is read again (checkoutDetailQuery).
      void queryClient.prefetchQuery(checkoutDetailQuery(queryClient, companyId, params.checkoutId ?? ''));
      void queryClient.prefetchQuery(configQueries.current());
    });
    return null;
  };
}
