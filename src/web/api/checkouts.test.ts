import { afterEach, describe, expect, it, vi } from 'vitest';
import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { checkoutSchema, type CheckoutListPage } from '../../contract/payson.ts';
import { ApiError } from './api-error.ts';
import { checkoutDetailQuery, checkoutQueries } from './checkouts.ts';
import { sendPaymentRequestOptions } from './payment-request.ts';

const companyId = 'c0';
const checkoutId = 'e2cacfb8-cb17-49ef-ac4c-5cab4e33c200';
const checkout = checkoutSchema.parse({ id: checkoutId, status: 'readyToShip' });
const page: CheckoutListPage = { pageSize: 20, page: 1, totalPages: 1, totalCount: 1, data: [checkout] };

function setUp() {
  const queryClient = new QueryClient();
  queryClient.setQueryData(checkoutQueries.detail(companyId, checkoutId).queryKey, checkout);
  queryClient.setQueryData(checkoutQueries.list({ companyId, status: undefined, page: 1 }).queryKey, page);
  queryClient.setQueryData(checkoutQueries.statusCounts(companyId).queryKey, { counts: { readyToShip: 1 }, total: 1 });
  const observer = new MutationObserver(queryClient, sendPaymentRequestOptions(queryClient, companyId, checkoutId));
  return { queryClient, observer };
}

function stale(queryClient: QueryClient, queryKey: readonly unknown[]): boolean | undefined {
  return queryClient.getQueryState(queryKey)?.isInvalidated;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sendPaymentRequestOptions', () => {
  it('posts {} once, seeds the status the server reports and marks detail, lists and counts stale', async () => {
    const fetch = vi.fn(async () => Response.json({ Id: checkoutId, Snippet: '', Status: 'Shipped' }));
    vi.stubGlobal('fetch', fetch);
    const { queryClient, observer } = setUp();

    await observer.mutate();

    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`/api/companies/${companyId}/checkouts/${checkoutId}/payment-request`);
    expect([init.method, init.body]).toEqual(['POST', '{}']);
    const detailKey = checkoutQueries.detail(companyId, checkoutId).queryKey;
    const listKey = checkoutQueries.list({ companyId, status: undefined, page: 1 }).queryKey;
    expect(queryClient.getQueryData(detailKey)?.status).toBe('shipped');
    expect(queryClient.getQueryData(listKey)?.data[0]?.status).toBe('shipped');
    expect(stale(queryClient, detailKey)).toBe(true);
    expect(stale(queryClient, listKey)).toBe(true);
    expect(stale(queryClient, checkoutQueries.statusCounts(companyId).queryKey)).toBe(true);
  });

  it('never sends again by itself, whatever the failure, and still re-reads the checkout', async () => {
    for (const failure of [
      () => Promise.reject(new TypeError('Failed to fetch')),
      async () => Response.json({ error: { code: 'upstream_timeout', message: 'Timed out.' } }, { status: 504 }),
      async () => Response.json({ error: { code: 'conflict', message: 'Its status is Shipped.' } }, { status: 409 }),
    ]) {
      const fetch = vi.fn(failure);
      vi.stubGlobal('fetch', fetch);
      const { queryClient, observer } = setUp();

      const error = await observer.mutate().then(
        () => undefined,
        (reason: unknown) => reason,
      );

      expect(error).toBeInstanceOf(ApiError);
      expect(fetch).toHaveBeenCalledTimes(1);
      const detailKey = checkoutQueries.detail(companyId, checkoutId).queryKey;
      expect(queryClient.getQueryData(detailKey)?.status).toBe('readyToShip');
      expect(stale(queryClient, detailKey)).toBe(true);
    }
  });
});

describe('checkoutDetailQuery', () => {
  it('starts from the list row, as fresh as its page, without asking while that is fresh', async () => {
    const fetch = vi.fn(async () => Response.json(checkout));
    vi.stubGlobal('fetch', fetch);
    const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } });
    const listKey = checkoutQueries.list({ companyId, status: undefined, page: 1 }).queryKey;
    queryClient.setQueryData(listKey, page, { updatedAt: Date.now() - 1_000 });

    await queryClient.prefetchQuery(checkoutDetailQuery(queryClient, companyId, checkoutId));

    const detailKey = checkoutQueries.detail(companyId, checkoutId).queryKey;
    expect(queryClient.getQueryData(detailKey)).toEqual(checkout);
    expect(queryClient.getQueryState(detailKey)?.dataUpdatedAt).toBe(queryClient.getQueryState(listKey)?.dataUpdatedAt);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reads the checkout when the list row is stale, and when no list of its company has it', async () => {
    const fetch = vi.fn(async () => Response.json(checkout));
    vi.stubGlobal('fetch', fetch);
    const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } });
    queryClient.setQueryData(checkoutQueries.list({ companyId, status: undefined, page: 1 }).queryKey, page, {
      updatedAt: Date.now() - 60_000,
    });
    queryClient.setQueryData(checkoutQueries.list({ companyId: 'other', status: undefined, page: 1 }).queryKey, {
      ...page,
      data: [checkoutSchema.parse({ id: 'another', status: 'created' })],
    });

    await queryClient.prefetchQuery(checkoutDetailQuery(queryClient, companyId, checkoutId));
    expect(fetch).toHaveBeenCalledTimes(1);

    await queryClient.prefetchQuery(checkoutDetailQuery(queryClient, companyId, 'another'));
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(queryClient.getQueryData(checkoutQueries.detail(companyId, 'another').queryKey)).toEqual(checkout);
  });
});
