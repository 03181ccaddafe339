import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isGatewayUnreached, isUnauthenticated } from '../api/api-error.ts';
import { clearSessionHint } from '../lib/session-hint.ts';

/** Only for a failure of our own hop (the gateway not reached); the gateway retries the upstream. */
const MAX_QUERY_RETRIES = 1;

export interface QueryClientHooks {
  /**
   * A query learned the session is gone. Leave the signed-in pages, then clear the cache (in that
   * order: a page still on screen would refetch without a session).
   */
  onUnauthenticated: () => void;
}

/**
 * The central error policy. A read has one retry budget end to end, spent by the gateway on the
 * upstream (docs/decisions/006-one-retry-budget.md): a query is retried once only when the gateway
 * was not reached at all; when the gateway answered an error, the screen shows it with "Try again"
 * at once, and asks again by itself at a gentle pace (useRecoveryRetry), not immediately. A 4xx
 * will not change by asking again. Mutations never retry: sending a payment request twice is worse
 * than asking the person to try again. A 401 from any query ends the session view.
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
        // A failed read shown on mounting is not asked again at once; the screen's recovery asks later.
        retryOnMount: false,
        retry: (failureCount, error) => failureCount < MAX_QUERY_RETRIES && isGatewayUnreached(error),
      },
      mutations: { retry: 0 },
    },
  });
}
