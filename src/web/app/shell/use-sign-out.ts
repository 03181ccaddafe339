import { useState } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { http } from '../../api/http.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { clearSessionHint } from '../../lib/session-hint.ts';

export interface SignOut {
  /** Ends the session; resolves once the gateway answered, with the error if it refused. */
  signOut(): Promise<{ error?: ApiError }>;
  pending: boolean;
  error: ApiError | undefined;
}

/**
 * Ends the session on the gateway (which also revokes it upstream). The caller leaves the signed-in
 * pages first and then clears the cache: a page still on screen would refetch without a session.
 * Plain state rather than a TanStack mutation: the user menu is on every first screen, and the
 * mutation code it would bring is not needed to paint one.
 */
export function useSignOut(): SignOut {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  async function signOut(): Promise<{ error?: ApiError }> {
    // Whatever the answer, this browser should no longer count on a session.
    clearSessionHint();
    setPending(true);
    setError(undefined);
    try {
      await http('/api/session', { schema: undefined, method: 'DELETE' });
      return {};
    } catch (caught) {
      const failure = caught instanceof ApiError ? caught : new ApiError(0, 'network', messages.errors.network, { cause: caught });
      setError(failure);
      return { error: failure };
    } finally {
      setPending(false);
    }
  }
  return { signOut, pending, error };
}
