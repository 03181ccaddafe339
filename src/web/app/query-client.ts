import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isRetryableError, isUnauthenticated } from '../api/api-error.ts';
import { clearSessionHint } from '../lib/session-hint.ts';

const MAX_QUERY_RETRIES = 2;

export interface QueryClientHooks {
  /**
   * A query learned the session is gone. Leave the signed-in pages, then clear the cache (in that
   * order: a page still on screen would refetch without a session).
   */
  onUnauthenticated: () => void;
}

/**
 * The central error policy. Queries retry at most twice, and only when the network or the server
 * failed (a 4xx will not change by asking again). Mutations never retry: sending a payment request
 * twice is worse than asking the person to try again. A 401 from any query ends the session view.
 */
export function createQueryClient(hooks: QueryClientHooks): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (!isUnauthenticated(error)) return;
        // No session here any more: the next cold load waits for the session check again.
        clearSessionHint();
        hooks.onUnauthenticated();
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isUnauthenticated(error)) clearSessionHint();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => failureCount < MAX_QUERY_RETRIES && isRetryableError(error),
      },
      mutations: { retry: 0 },
    },
  });
}
