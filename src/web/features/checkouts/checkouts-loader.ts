import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { checkoutQueries } from '../../api/checkouts.ts';
import { sessionQueries } from '../../api/session.ts';
import { parseCheckoutsSearch } from '../../lib/checkouts-search.ts';
import { mayOpenCompany } from '../../lib/roles.ts';

/**
 * Starts the page's requests as early as possible, in parallel with loading its code, without
 * waiting for them: the page shows skeleton rows first, and the previous page's rows (dimmed)
 * while another page loads. Errors are shown by the page, next to what failed.
 */
export function checkoutsLoader(queryClient: QueryClient) {
  return async ({ params, request }: LoaderFunctionArgs) => {
    // React Router runs this in parallel with the app layout's guard, which turns a missing session
    // into the sign-in page; ask the same (cached) question so no list request goes out without one.
    const { user } = await queryClient.ensureQueryData(sessionQueries.current());
    const companyId = params.companyId ?? '';
    // Another company's list would only be refused (403); the page says so without asking.
    if (!user || !mayOpenCompany(user, companyId)) return null;
    const { search } = parseCheckoutsSearch(new URL(request.url).searchParams);
    void queryClient.prefetchQuery(checkoutQueries.list({ companyId, ...search }));
    void queryClient.prefetchQuery(checkoutQueries.statusCounts(companyId));
    return null;
  };
}
