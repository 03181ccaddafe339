import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import { createQueryClient } from './query-client.ts';

function retryOf(queryClient: ReturnType<typeof createQueryClient>) {
  const retry = queryClient.getDefaultOptions().queries?.retry;
  if (typeof retry !== 'function') throw new Error('retry is not a function');
  return retry;
}

describe('createQueryClient', () => {
  it('retries network and server failures at most twice, never a 4xx', () => {
    const retry = retryOf(createQueryClient({ onUnauthenticated: vi.fn() }));
    const network = new ApiError(0, 'network', 'x');
    const server = new ApiError(502, 'upstream_unavailable', 'x');
    const forbidden = new ApiError(403, 'forbidden', 'x');
    expect([retry(0, network), retry(1, server), retry(2, server)]).toEqual([true, true, false]);
    expect(retry(0, forbidden)).toBe(false);
    expect(retry(0, new ApiError(200, 'contract', 'x'))).toBe(false);
  });

  it('never retries mutations', () => {
    const queryClient = createQueryClient({ onUnauthenticated: vi.fn() });
    expect(queryClient.getDefaultOptions().mutations?.retry).toBe(0);
  });

  it('reports a 401 from a query, and no other error', async () => {
    const onUnauthenticated = vi.fn();
    const queryClient = createQueryClient({ onUnauthenticated });
    const unauthenticated = () => Promise.reject(new ApiError(401, 'unauthenticated', 'x'));
    await queryClient.prefetchQuery({ queryKey: ['list'], queryFn: unauthenticated });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    await queryClient.prefetchQuery({ queryKey: ['other'], queryFn: () => Promise.reject(new ApiError(403, 'forbidden', 'x')) });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });
});
