import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { checkoutQueries } from '../../api/checkouts.ts';
import { sessionQueries } from '../../api/session.ts';

/** The detail page needs its checkout before it can show anything useful, so it waits for it. */
export function checkoutDetailLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(sessionQueries.current());
    await queryClient.ensureQueryData(checkoutQueries.detail(params.companyId ?? '', params.checkoutId ?? ''));
    return null;
  };
}
