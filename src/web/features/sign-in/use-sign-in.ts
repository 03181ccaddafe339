import { useMutation, useQueryClient } from '@tanstack/react-query';
import { signedInSchema, type SignInRequest } from '../../../contract/gateway-api.ts';
import { failedSignInsKey, sessionQueries } from '../../api/session.ts';
import { http } from '../../api/http.ts';
import { recordSessionHint } from '../../lib/session-hint.ts';

/**
 * Signs in through the gateway and seeds the cache with the new session and the failed sign-ins to
 * tell about. Here, with the sign-in page, rather than in api/session.ts: the list's first screen
 * does not need it (nor TanStack Query's mutation code it brings).
 */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: SignInRequest) =>
      http('/api/session', { schema: signedInSchema, method: 'POST', body: credentials }),
    onSuccess: ({ user, failedSignInsSinceLast }) => {
      recordSessionHint(user);
      // Whatever was cached belonged to the previous session, if any.
      queryClient.clear();
      queryClient.setQueryData(sessionQueries.current().queryKey, { user });
      queryClient.setQueryData(failedSignInsKey, failedSignInsSinceLast);
    },
  });
}
