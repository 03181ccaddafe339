import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { sessionUserSchema, type SignInRequest } from '../../contract/gateway-api.ts';
import { http } from './http.ts';

const sessionResponseSchema = z.object({ user: sessionUserSchema });

export const sessionQueries = {
  all: () => ['session'] as const,
  current: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'current'] as const,
      queryFn: ({ signal }) => http('/api/session', { schema: sessionResponseSchema, signal }),
      staleTime: 5 * 60_000,
      // The auth guard turns a 401 here into the sign-in page itself.
      meta: { authRedirect: false },
    }),
};

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: SignInRequest) =>
      http('/api/session', { schema: sessionResponseSchema, method: 'POST', body: credentials }),
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
