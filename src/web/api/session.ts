import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { currentSessionSchema, signedInSchema, type SessionUser, type SignInRequest } from '../../contract/gateway-api.ts';
import { messages } from '../lib/i18n/messages.ts';
import { ApiError } from './api-error.ts';
import { http } from './http.ts';

export const sessionQueries = {
  all: () => ['session'] as const,
  current: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'current'] as const,
      queryFn: ({ signal }) => http('/api/session', { schema: currentSessionSchema, signal }),
      staleTime: 5 * 60_000,
    }),
};

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: SignInRequest) =>
      http('/api/session', { schema: signedInSchema, method: 'POST', body: credentials }),
    onSuccess: (session) => {
      // Whatever was cached belonged to the previous session, if any.
      queryClient.clear();
      queryClient.setQueryData(sessionQueries.current().queryKey, session);
    },
  });
}

/**
 * Ends the session on the gateway (which also revokes it upstream). The caller leaves the signed-in
 * pages first and then clears the cache: a page still on screen would refetch without a session.
 */
export function useSignOut() {
  return useMutation({
    mutationFn: () => http('/api/session', { schema: undefined, method: 'DELETE' }),
  });
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
