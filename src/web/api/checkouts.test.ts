import { afterEach, describe, expect, it, vi } from 'vitest';
import { MutationObserver, QueryClient } from '@tanstack/react-query';
import type { CheckoutSearchPage, IndexFreshness } from '../../contract/checkout-search.ts';
import { checkoutSchema } from '../../contract/payson.ts';
import { emptyCheckoutsSearch } from '../lib/checkouts-search.ts';
import { ApiError } from './api-error.ts';
import { checkoutDetailQuery, checkoutQueries, sendPaymentRequestOptions, type CheckoutListParams } from './checkouts.ts';

const companyId = 'c0';
const checkoutId = 'e2cacfb8-cb17-49ef-ac4c-5cab4e33c200';
const checkout = checkoutSchema.parse({ id: checkoutId, status: 'readyToShip' });
const off: IndexFreshness = { state: 'off', indexed: 0, expected: null, updatedAt: null, refreshing: false };
const page: CheckoutSearchPage = {
  pageSize: 20,
  page: 1,
  totalPages: 1,
  totalCount: 1,
  data: [checkout],
  source: 'live',
  index: off,
};

function listParams(params: Partial<CheckoutListParams> = {}): CheckoutListParams {
  return { ...emptyCheckoutsSearch, status: [], companyId, ...params };
}

function setUp() {
  const queryClient = new QueryClient();
  queryClient.setQueryData(checkoutQueries.detail(companyId, checkoutId).queryKey, checkout);
  queryClient.setQueryData(checkoutQueries.list(listParams()).queryKey, page);
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
    const listKey = checkoutQueries.list(listParams()).queryKey;
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
    const listKey = checkoutQueries.list(listParams()).queryKey;
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
    queryClient.setQueryData(checkoutQueries.list(listParams()).queryKey, page, {
      updatedAt: Date.now() - 60_000,
    });
    queryClient.setQueryData(checkoutQueries.list(listParams({ companyId: 'other' })).queryKey, {
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

describe('checkoutDetailQuery and index rows', () => {
  it('never takes a row from the index for the whole checkout: the detail loads', async () => {
    const whole = checkoutSchema.parse({ id: checkoutId, status: 'readyToShip', order: { items: [{ name: 'Tent' }] } });
    const fetch = vi.fn(async () => Response.json(whole));
    vi.stubGlobal('fetch', fetch);
    const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } });
    const summary = { ...checkout, itemCount: 1 };
    const ready: IndexFreshness = { state: 'ready', indexed: 1, expected: 1, updatedAt: Date.now(), refreshing: false };
    queryClient.setQueryData(checkoutQueries.list(listParams({ q: 'tent' })).queryKey, {
      ...page,
      data: [summary],
      source: 'index',
      index: ready,
    });

    await queryClient.prefetchQuery(checkoutDetailQuery(queryClient, companyId, checkoutId));

    expect(fetch).toHaveBeenCalledTimes(1);
    expect(queryClient.getQueryData(checkoutQueries.detail(companyId, checkoutId).queryKey)).toEqual(whole);
  });
});

describe('checkoutQueries.list', () => {
  it('sends the search, every status and the page size, and reads the search page', async () => {
    const fetch = vi.fn(async (_url: string) => Response.json(page));
    vi.stubGlobal('fetch', fetch);
    const queryClient = new QueryClient();

    await queryClient.fetchQuery(
      checkoutQueries.list(
        listParams({
          q: 'östlund',
          status: ['readyToShip', 'shipped'],
          createdFrom: '2026-01-01',
          amountTo: '1200.5',
          sort: 'amount',
          dir: 'asc',
          page: 2,
          pageSize: 50,
        }),
      ),
    );

    const url = new URL(fetch.mock.calls[0]?.[0] ?? '', 'http://dashboard');
    expect(url.pathname).toBe(`/api/companies/${companyId}/checkouts`);
    expect(url.searchParams.get('q')).toBe('östlund');
    expect(url.searchParams.getAll('status')).toEqual(['readyToShip', 'shipped']);
    expect(Object.fromEntries([...url.searchParams].filter(([key]) => key !== 'status'))).toEqual({
      q: 'östlund',
      createdFrom: '2026-01-01',
      amountTo: '1200.5',
      sort: 'amount',
      dir: 'asc',
      page: '2',
      pageSize: '50',
    });
  });

  it('asks Payson’s own list again, without the remembered page size, while the index is not ready', async () => {
    const notReady = { error: { code: 'conflict', message: 'Not indexed yet.', reason: 'index_not_ready' } };
    const fetch = vi.fn(async (url: string) =>
      url.includes('pageSize=') ? Response.json(notReady, { status: 409 }) : Response.json(page),
    );
    vi.stubGlobal('fetch', fetch);
    const queryClient = new QueryClient();

    const answer = await queryClient.fetchQuery(checkoutQueries.list(listParams({ rememberedPageSize: 100 })));

    expect(answer.data).toHaveLength(1);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      `/api/companies/${companyId}/checkouts?page=1&pageSize=100`,
      `/api/companies/${companyId}/checkouts?page=1`,
    ]);
  });

  it('does not hide a search the index cannot answer yet: the 409 comes through', async () => {
    const notReady = { error: { code: 'conflict', message: 'Not indexed yet.', reason: 'index_not_ready' } };
    vi.stubGlobal('fetch', vi.fn(async () => Response.json(notReady, { status: 409 })));
    const queryClient = new QueryClient();

    const error = await queryClient.fetchQuery(checkoutQueries.list(listParams({ q: 'anna' }))).catch((reason: unknown) => reason);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).reason).toBe('index_not_ready');
  });
});
