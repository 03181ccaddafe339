import { queryOptions } from '@tanstack/react-query';
import { overviewSchema } from '../../contract/overview.ts';
import { ApiError } from './api-error.ts';
import { http } from './http.ts';

/** While the company's index is being built, the overview is asked for again this often. */
const NOT_READY_POLL_MS = 10_000;

/**
 * The overview route answers 409 `conflict` only when the index is not there yet (reason
 * `index_not_ready`): that is a state to wait out, not an error to show.
 */
export function isIndexNotReady(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.code === 'conflict';
}

export const overviewQueries = {
  all: () => ['overview'] as const,
  detail: (companyId: string) =>
    queryOptions({
      queryKey: [...overviewQueries.all(), 'detail', { companyId }] as const,
      queryFn: ({ signal }) => http(`/api/companies/${encodeURIComponent(companyId)}/overview`, { schema: overviewSchema, signal }),
      staleTime: 60_000,
      refetchInterval: (query) => (isIndexNotReady(query.state.error) ? NOT_READY_POLL_MS : false),
    }),
};
