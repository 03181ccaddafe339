import type { QueryClient } from '@tanstack/react-query';
import { redirect, type LoaderFunctionArgs } from 'react-router';
import { companyQueries } from '../api/companies.ts';
import { sessionQueries } from '../api/session.ts';
import { paths } from '../lib/paths.ts';

/** The signed-in area's guard: no session, no page; the sign-in page brings the person back here. */
export function authGuardLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const { user } = await queryClient.ensureQueryData(sessionQueries.current());
    if (!user) {
      const url = new URL(request.url);
      return redirect(paths.signIn(url.pathname + url.search));
    }
    // The header names the company; start loading it without holding the page back.
    void queryClient.prefetchQuery(companyQueries.list());
    return null;
  };
}

/** "/" is the signed-in person's own company's list. */
export function homeLoader(queryClient: QueryClient) {
  return async () => {
    const { user } = await queryClient.ensureQueryData(sessionQueries.current());
    return redirect(user ? paths.checkouts(user.companyId) : paths.signIn('/'));
  };
}
