import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { checkoutQueries } from '../../api/checkouts.ts';
import { configQueries } from '../../api/config.ts';
import { sessionQueries } from '../../api/session.ts';
import { mayOpenCompany } from '../../lib/roles.ts';

/**
 * Starts loading the checkout (and the preview's allow-list) without waiting: the panel opens at
 * once with its heading and a skeleton, and shows a failure next to where the checkout would be.
 */
export function checkoutDetailLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const { user } = await queryClient.ensureQueryData(sessionQueries.current());
    const companyId = params.companyId ?? '';
    if (!user || !mayOpenCompany(user, companyId)) return null;
    void queryClient.prefetchQuery(checkoutQueries.detail(companyId, params.checkoutId ?? ''));
    void queryClient.prefetchQuery(configQueries.current());
    return null;
  };
}
