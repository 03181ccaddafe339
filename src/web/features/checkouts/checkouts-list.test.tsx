// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckoutSearchPage, IndexFreshness } from '../../../contract/checkout-search.ts';
import { sessionQueries } from '../../api/session.ts';
import { companyQueries } from '../../api/companies.ts';
import { CheckoutsList } from './checkouts-list.tsx';

vi.mock('../checkout-detail/checkout-detail-module.ts', () => ({ preloadCheckoutDetailRouteWhenIdle: () => undefined }));

/**
 * The list screen over a stand-in gateway: what a person sees and what goes on the wire, for the
 * list from the index (search, filters, sort, page size, freshness) and before it is ready.
 */
const companyId = 'c1';
const user = { email: 'admin@example.com', name: 'Admin', roles: ['write'], companyId };
const minute = 60_000;

function row(id: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    status: 'readyToShip',
    history: { created: '2026-11-02T10:00:00' },
    customer: { firstName: name, lastName: 'Östlund', email: `${name.toLowerCase()}@example.com` },
    order: { currency: 'sek', totalPriceIncludingTax: 120, items: [] },
    itemCount: 3,
    ...extra,
  };
}

const ready = (updatedAt: number, refreshing = false): IndexFreshness => ({
  state: 'ready',
  indexed: 5000,
  expected: 5000,
  updatedAt,
  refreshing,
});

function page(rows: ReturnType<typeof row>[], index: IndexFreshness, extra: Partial<CheckoutSearchPage> = {}) {
  return { pageSize: 20, page: 1, totalPages: 1, totalCount: rows.length, data: rows, source: 'index', index, ...extra };
}

type Handler = (url: URL, init: RequestInit | undefined) => Response | Promise<Response>;

function gateway(handler: Handler) {
  const calls: URL[] = [];
  const fetch = vi.fn(async (input: string, init?: RequestInit) => {
    const url = new URL(input, 'http://dashboard');
    calls.push(url);
    if (url.pathname.endsWith('/status-counts')) return Response.json({ total: 2, counts: { readyToShip: 2 } });
    return handler(url, init);
  });
  vi.stubGlobal('fetch', fetch);
  return { calls, lists: () => calls.filter((url) => url.pathname === `/api/companies/${companyId}/checkouts`) };
}

function renderList(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  queryClient.setQueryData(sessionQueries.current().queryKey, { user });
  queryClient.setQueryData(companyQueries.list().queryKey, { companies: [{ id: companyId, name: 'Fjällbutiken' }] });
  const router = createMemoryRouter(
    [{ path: '/companies/:companyId/checkouts', element: <CheckoutsList openCheckoutId={undefined} /> }],
    { initialEntries: [path] },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <Suspense>
        <RouterProvider router={router} />
      </Suspense>
    </QueryClientProvider>,
  );
  return { router, search: () => new URLSearchParams(router.state.location.search) };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  document.cookie = 'page_size=; Max-Age=0; Path=/';
});

describe('the list from the index', () => {
  it('searches as one types: the URL is replaced, the old rows stay dimmed and the field keeps focus', async () => {
    let release: () => void = () => {};
    const { lists } = gateway(async (url) => {
      if (url.searchParams.get('q') === 'anna') {
        await new Promise<void>((resolve) => (release = resolve));
        return Response.json(page([row('b', 'Anna')], ready(Date.now())));
      }
      return Response.json(page([row('a', 'Erik'), row('b', 'Anna')], ready(Date.now())));
    });
    const { router, search } = renderList(`/companies/${companyId}/checkouts`);
    const userActions = userEvent.setup();

    const field = await screen.findByRole('searchbox', { name: 'Search checkouts' });
    await screen.findByText('Erik Östlund');
    await userActions.type(field, 'anna');

    await waitFor(() => expect(search().get('q')).toBe('anna'));
    expect(router.state.historyAction).toBe('REPLACE');
    // One request for the whole word, not one per letter.
    await waitFor(() => expect(lists().map((url) => url.searchParams.get('q'))).toEqual([null, 'anna']));
    expect(document.activeElement).toBe(field);
    const table = screen.getByRole('table', { name: 'Checkouts' });
    expect(table.closest('.data-table')?.classList.contains('data-table--refreshing')).toBe(true);
    expect(within(table).getByText('Erik Östlund')).toBeTruthy();

    act(() => release());
    await waitFor(() => expect(within(table).queryByText('Erik Östlund')).toBeNull());
    expect(within(table).getByText('Anna Östlund')).toBeTruthy();
    expect(document.activeElement).toBe(field);
  });

  it('clears the search with Escape and with the clear button, and shows no "find by id" beside it', async () => {
    gateway(() => Response.json(page([row('a', 'Erik')], ready(Date.now()))));
    const { search } = renderList(`/companies/${companyId}/checkouts?q=erik&page=2`);
    const userActions = userEvent.setup();

    const field = await screen.findByRole('searchbox', { name: 'Search checkouts' });
    expect(field).toHaveProperty('value', 'erik');
    expect(screen.queryByRole('searchbox', { name: 'Find checkout by id' })).toBeNull();
    await userActions.click(field);
    await userActions.keyboard('{Escape}');
    expect(field).toHaveProperty('value', '');
    await waitFor(() => expect(search().has('q')).toBe(false));
    expect(search().has('page')).toBe(false);

    await userActions.type(field, 'x');
    await waitFor(() => expect(search().get('q')).toBe('x'));
    await userActions.click(screen.getByRole('button', { name: 'Clear search' }));
    await waitFor(() => expect(search().has('q')).toBe(false));
    expect(document.activeElement).toBe(field);
  });

  it('sorts by a header: ascending first, then descending, with aria-sort and in the URL', async () => {
    const { lists } = gateway(() => Response.json(page([row('a', 'Erik')], ready(Date.now()))));
    const { search } = renderList(`/companies/${companyId}/checkouts?page=3`);
    const userActions = userEvent.setup();

    await screen.findByText('Erik Östlund');
    const created = screen.getByRole('columnheader', { name: 'Created' });
    expect(created.getAttribute('aria-sort')).toBe('descending');
    const amount = screen.getByRole('columnheader', { name: 'Amount' });
    expect(amount.getAttribute('aria-sort')).toBeNull();
    expect(within(screen.getByRole('columnheader', { name: 'Email' })).queryByRole('button')).toBeNull();

    await userActions.click(within(amount).getByRole('button', { name: 'Amount' }));
    await waitFor(() => expect(search().toString()).toBe('sort=amount&dir=asc'));
    expect(amount.getAttribute('aria-sort')).toBe('ascending');
    expect(created.getAttribute('aria-sort')).toBeNull();
    await waitFor(() => expect(lists().at(-1)?.searchParams.get('sort')).toBe('amount'));

    await userActions.click(within(amount).getByRole('button', { name: 'Amount' }));
    await waitFor(() => expect(search().get('dir')).toBe('desc'));
    expect(amount.getAttribute('aria-sort')).toBe('descending');
  });

  it('remembers the page size in the page_size cookie and asks for it', async () => {
    const { lists } = gateway((url) =>
      Response.json(page([row('a', 'Erik')], ready(Date.now()), { pageSize: Number(url.searchParams.get('pageSize') ?? 20) })),
    );
    const { search } = renderList(`/companies/${companyId}/checkouts?page=2`);
    const userActions = userEvent.setup();

    const select = await screen.findByRole('combobox', { name: 'Rows per page' });
    await userActions.selectOptions(select, '50');

    expect(document.cookie).toContain('page_size=50');
    await waitFor(() => expect(search().toString()).toBe('pageSize=50'));
    await waitFor(() => expect(lists().at(-1)?.searchParams.get('pageSize')).toBe('50'));
  });

  it('asks for the remembered page size when the address names none', async () => {
    document.cookie = 'page_size=100; Path=/';
    const { lists } = gateway(() => Response.json(page([row('a', 'Erik')], ready(Date.now()), { pageSize: 100 })));
    renderList(`/companies/${companyId}/checkouts`);

    expect(await screen.findByRole('combobox', { name: 'Rows per page' })).toHaveProperty('value', '100');
    expect(lists()[0]?.searchParams.get('pageSize')).toBe('100');
  });

  it('filters by several statuses, dates and amounts, says so, and clears them all', async () => {
    const { lists } = gateway(() => Response.json(page([row('a', 'Erik')], ready(Date.now()))));
    const { search } = renderList(`/companies/${companyId}/checkouts?status=shipped&page=4`);
    const userActions = userEvent.setup();

    await userActions.click(await screen.findByRole('checkbox', { name: 'Ready to ship (2)', hidden: true }));
    await waitFor(() => expect(search().getAll('status')).toEqual(['readyToShip', 'shipped']));
    expect(search().has('page')).toBe(false);

    const from = screen.getByLabelText('Amount from');
    await userActions.type(from, '1 200,50{Enter}');
    await waitFor(() => expect(search().get('amountFrom')).toBe('1200.5'));

    const to = screen.getByLabelText('Amount to');
    await userActions.type(to, 'lots{Enter}');
    expect(screen.getByText('Enter an amount, like 1,200.50.')).toBeTruthy();
    expect(to).toHaveProperty('value', 'lots');
    expect(search().has('amountTo')).toBe(false);

    const createdFrom = screen.getByLabelText('Created from');
    await userActions.type(createdFrom, '2026-11-01');
    await waitFor(() => expect(search().get('createdFrom')).toBe('2026-11-01'));
    await waitFor(() => expect(lists().at(-1)?.searchParams.get('createdFrom')).toBe('2026-11-01'));
    expect(lists().at(-1)?.searchParams.getAll('status')).toEqual(['readyToShip', 'shipped']);

    const summary = screen.getByRole('list', { name: 'Filtered by' });
    // The day in the browser's English (happy-dom's is American).
    expect(within(summary).getAllByRole('listitem').map((item) => item.firstChild?.textContent)).toEqual([
      'Ready to ship',
      'Shipped',
      expect.stringMatching(/^Created from (1 Nov 2026|Nov 1, 2026)$/),
      'Amount from 1,200.5',
    ]);
    await userActions.click(screen.getByRole('button', { name: 'Remove filter: Shipped' }));
    await waitFor(() => expect(search().getAll('status')).toEqual(['readyToShip']));

    await userActions.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(search().toString()).toBe(''));
    expect(screen.getByLabelText('Amount from')).toHaveProperty('value', '');
  });

  it('shows the number of items an index row keeps', async () => {
    gateway(() => Response.json(page([row('a', 'Erik', { itemCount: 7 })], ready(Date.now()))));
    renderList(`/companies/${companyId}/checkouts`);
    await screen.findByText('Erik Östlund');
    const cells = screen.getAllByRole('cell');
    const items = cells.find((cell) => cell.getAttribute('data-column') === 'items');
    expect(items?.textContent).toBe('7');
  });

  it('says how fresh it is, refreshes on request and reads the rows again once the refresh is done', async () => {
    const started = Date.now();
    let refreshed = false;
    let polls = 0;
    const { lists } = gateway((url, init) => {
      if (url.pathname.endsWith('/index/refresh') && init?.method === 'POST') {
        return Response.json(ready(started - 2 * minute, true), { status: 202 });
      }
      if (url.pathname.endsWith('/index')) {
        polls += 1;
        // The refresh is done on the second look.
        if (polls >= 2) refreshed = true;
        return Response.json(refreshed ? ready(Date.now()) : ready(started - 2 * minute, true));
      }
      return Response.json(page([row('a', refreshed ? 'Fresh' : 'Stale')], refreshed ? ready(Date.now()) : ready(started - 2 * minute)));
    });
    renderList(`/companies/${companyId}/checkouts`);
    const userActions = userEvent.setup();

    expect(await screen.findByText('Updated 2 minutes ago')).toBeTruthy();
    await screen.findByText('Stale Östlund');
    await userActions.click(screen.getByRole('button', { name: 'Refresh now' }));
    expect(await screen.findByText('Refreshing…')).toBeTruthy();

    await screen.findByText('Fresh Östlund', undefined, { timeout: 8_000 });
    expect(screen.getByText('Updated just now')).toBeTruthy();
    expect(lists().length).toBeGreaterThanOrEqual(2);
  }, 15_000);

  it('shows a failed refresh next to its button', async () => {
    gateway((url, init) => {
      if (url.pathname.endsWith('/index/refresh') && init?.method === 'POST') {
        return Response.json({ error: { code: 'upstream_unavailable', message: 'Payson is not answering.' } }, { status: 502 });
      }
      return Response.json(page([row('a', 'Erik')], ready(Date.now() - 5 * minute)));
    });
    renderList(`/companies/${companyId}/checkouts`);
    const userActions = userEvent.setup();

    await userActions.click(await screen.findByRole('button', { name: 'Refresh now' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Could not refresh: /);
  });
});

describe('before the first pass is done', () => {
  const indexing: IndexFreshness = { state: 'indexing', indexed: 3200, expected: 5000, updatedAt: null, refreshing: false };

  it('shows Payson’s own list with the progress, and says search is not ready yet', async () => {
    gateway((url) => {
      if (url.pathname.endsWith('/index')) return Response.json(indexing);
      return Response.json({ ...page([row('a', 'Erik')], indexing), source: 'live' });
    });
    renderList(`/companies/${companyId}/checkouts`);

    expect(await screen.findByText('Indexing: 3,200 of 5,000 checkouts')).toBeTruthy();
    const progress = screen.getByRole('progressbar', { name: 'Indexing progress' });
    expect(progress.getAttribute('value')).toBe('3200');
    const field = screen.getByRole('searchbox', { name: 'Search checkouts' });
    expect(field).toHaveProperty('disabled', true);
    expect(field.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Search is not ready yet: the checkouts are still being indexed.')).toBeTruthy();
    // One status at a time, as Payson lists them; headers do not sort; id lookup stays.
    expect(screen.getByRole('combobox', { name: 'Status' })).toBeTruthy();
    expect(within(screen.getByRole('columnheader', { name: 'Created' })).queryByRole('button')).toBeNull();
    expect(screen.getByRole('searchbox', { name: 'Find checkout by id' })).toBeTruthy();
    expect(screen.getByText('Erik Östlund')).toBeTruthy();
  });

  it('answers a search in the address with "not ready yet", not an error', async () => {
    const notReady = { error: { code: 'conflict', message: 'Not indexed yet.', reason: 'index_not_ready' } };
    gateway((url) => {
      if (url.pathname.endsWith('/index')) return Response.json(indexing);
      return Response.json(notReady, { status: 409 });
    });
    renderList(`/companies/${companyId}/checkouts?q=anna`);

    expect(await screen.findByText('Search, filters and sorting are not ready yet: the checkouts are still being indexed.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Show all checkouts' }).getAttribute('href')).toBe(`/companies/${companyId}/checkouts`);
    expect(await screen.findByText('Indexing: 3,200 of 5,000 checkouts')).toBeTruthy();
  });

  it('with the index off, is the list it always was', async () => {
    const off: IndexFreshness = { state: 'off', indexed: 0, expected: null, updatedAt: null, refreshing: false };
    const { calls } = gateway(() => Response.json({ ...page([row('a', 'Erik')], off), source: 'live' }));
    renderList(`/companies/${companyId}/checkouts`);

    await screen.findByText('Erik Östlund');
    expect(screen.queryByRole('searchbox', { name: 'Search checkouts' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Refresh now' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Rows per page' })).toBeNull();
    expect(screen.getByRole('searchbox', { name: 'Find checkout by id' })).toBeTruthy();
    expect(calls.some((url) => url.pathname.endsWith('/index'))).toBe(false);
  });
});
