import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import { createQueryClient } from './query-client.ts';

function retryOf(queryClient: ReturnType<typeof createQueryClient>) {
  const retry = queryClient.getDefaultOptions().queries?.retry;
  if (typeof retry !== 'function') throw new Error('retry is not a function');
  return retry;
}

describe('createQueryClient', () => {
  it('retries once when the gateway was not reached, never when it answered (it retried the upstream already)', () => {
    const retry = retryOf(createQueryClient({ onUnauthenticated: vi.fn() }));
    const network = new ApiError(0, 'network', 'x');
    const proxy = new ApiError(503, 'http_503', 'x');
    expect([retry(0, network), retry(1, network), retry(0, proxy), retry(1, proxy)]).toEqual([true, false, true, false]);
    for (const answered of [
      new ApiError(502, 'upstream_error', 'x'),
      new ApiError(502, 'upstream_unavailable', 'x'),
      new ApiError(504, 'upstream_timeout', 'x'),
      new ApiError(500, 'internal', 'x'),
      new ApiError(0, 'timeout', 'x'),
      new ApiError(403, 'forbidden', 'x'),
      new ApiError(200, 'contract', 'x'),
    ]) {
      expect(retry(0, answered), answered.code).toBe(false);
    }
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
