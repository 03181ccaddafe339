import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { checkoutDetailQuery } from '../../api/checkouts.ts';
import { configQueries } from '../../api/config.ts';
import { sessionQueries, startWhenMayOpenCompany } from '../../api/session.ts';
import { ALL_COMPANIES } from '../../../contract/checkout-search.ts';
import { redirectToCheckoutsCompany } from './all-companies-checkout.ts';

/**
 * Starts loading the checkout (and the preview's allow-list) without waiting: the panel opens at
 * once with its heading and a skeleton, and shows a failure next to where the checkout would be.
 * Like the list's loader, it starts them beside the session check on a signed-in browser's cold
 * load, and after it otherwise.
 */
export function checkoutDetailLoader(queryClient: QueryClient) {
  return async ({ params, request }: LoaderFunctionArgs) => {
    const companyId = params.companyId ?? '';
    if (companyId === ALL_COMPANIES) {
      const { user } = await queryClient.ensureQueryData(sessionQueries.current());
      return redirectToCheckoutsCompany(user, params.checkoutId ?? '', request.signal);
    }
    await startWhenMayOpenCompany(queryClient, companyId, () => {
      // Opened from the list, its row is the checkout until it is read again (checkoutDetailQuery).
      void queryClient.prefetchQuery(checkoutDetailQuery(queryClient, companyId, params.checkoutId ?? ''));
      void queryClient.prefetchQuery(configQueries.current());
    });
    return null;
  };
}
