import { queryOptions, useQuery, useQueryClient, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { currentSessionSchema, type SessionUser } from '../../contract/gateway-api.ts';
import { messages } from '../lib/i18n/messages.ts';
import { mayOpenCompany } from '../../contract/roles.ts';
import { recordSessionHint, sessionHintAllows } from '../lib/session-hint.ts';
import { ApiError, isUnauthenticated } from './api-error.ts';
import { http } from './http.ts';

export const sessionQueries = {
  all: () => ['session'] as const,
  current: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'current'] as const,
      queryFn: async ({ signal }) => {
        const session = await http('/api/session', { schema: currentSessionSchema, signal }).catch((error: unknown) => {
          // A refused session (e.g. two session cookies, 401 ambiguous_session) is no session.
          if (isUnauthenticated(error)) return { user: null };
          throw error;
        });
        recordSessionHint(session.user);
        return session;
      },
      staleTime: 5 * 60_000,
    }),
};

/**
 * For route loaders: starts a company's prefetches (`start`) as soon as it is known that the
 * person may open that company. With nothing cached yet (a cold load) and the session hint saying
 * so, they start at once, in parallel with the session check; without the hint (a signed-out
 * visitor, another company), only after the session answered, so no request goes out that the
 * gateway would refuse. Resolves once the session is known either way.
 */
export async function startWhenMayOpenCompany(
  queryClient: QueryClient,
  companyId: string,
  start: () => void,
): Promise<void> {
  const options = sessionQueries.current();
  const early = queryClient.getQueryData(options.queryKey) === undefined && sessionHintAllows(companyId);
  if (early) start();
  const { user } = await queryClient.ensureQueryData(options);
  if (!early && user && mayOpenCompany(user, companyId)) start();
}

/**
 * Wrong passwords tried at the account since its previous sign-in, as the sign-in answered; kept in
 * the cache (not fetched) so it outlives the redirects after sign-in, and gone with the session.
 */
export const failedSignInsKey = ['sign-in-notice', 'failed-sign-ins'] as const;

// Signing in (features/sign-in/use-sign-in.ts) and out (app/shell/use-sign-out.ts) live beside their
// screens: this module is part of every first screen, and they are not needed to paint one.

/** The failed sign-ins to tell the person about (0: none, or dismissed), and how to dismiss the notice. */
export function useFailedSignInsNotice(): { count: number; dismiss: () => void } {
  const queryClient = useQueryClient();
  const { data = 0 } = useQuery({ queryKey: failedSignInsKey, queryFn: () => 0, staleTime: Infinity, gcTime: Infinity });
  return { count: data, dismiss: () => queryClient.setQueryData(failedSignInsKey, 0) };
}

/**
 * The signed-in user, for pages behind the auth guard, which redirects to sign-in when there is
 * none; so a missing user here means the session ended under the page, and is reported as that.
 */
export function useSignedInUser(): SessionUser {
  const { user } = useSuspenseQuery(sessionQueries.current()).data;
  if (!user) throw new ApiError(401, 'unauthenticated', messages.errors.unauthenticated);
  return user;
}
