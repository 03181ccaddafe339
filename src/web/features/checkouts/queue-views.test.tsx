// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { companyQueries } from '../../api/companies.ts';
import { CompanySwitcher } from '../../app/shell/company-switcher.tsx';
import { NeedsAttentionLink } from '../../app/shell/needs-attention-link.tsx';
import { setLanguage } from '../../lib/i18n/messages.ts';
import { CheckoutViewsNav } from './checkout-views-nav.tsx';
import { ExpiresCell } from './expires-cell.tsx';
import { NeedsAttentionEmpty, NeedsAttentionNotReady } from './needs-attention-states.tsx';

const ACME = '3f1c6a52-8d7e-4b0a-9c55-1e2f3a4b5c6d';
const BETA = '9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
// Midday in Stockholm on 6 December 2026.
const NOW = new Date('2026-12-06T11:00:00Z');

/** Renders `element` at `url`, and shows where a navigation leads. */
function renderAt(url: string, element: ReactNode) {
  const queryClient = new QueryClient();
  queryClient.setQueryData(companyQueries.list().queryKey, {
    companies: [
      { id: ACME, name: 'Acme Frisör' },
      { id: BETA, name: 'Beta Bad' },
    ],
  });
  const router = createMemoryRouter(
    [
      { path: '/companies/:companyId/checkouts', element },
      { path: '/activity', element },
    ],
    { initialEntries: [url] },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await setLanguage('en');
});

describe('ExpiresCell', () => {
  it('says in how many days, and marks what expires within a week in words', () => {
    render(
      <ul>
        <li data-testid="today"><ExpiresCell value="2026-12-06T20:00:00+01:00" /></li>
        <li data-testid="tomorrow"><ExpiresCell value="2026-12-07T09:00:00+01:00" /></li>
        <li data-testid="three"><ExpiresCell value="2026-12-09T09:00:00+01:00" /></li>
        <li data-testid="later"><ExpiresCell value="2026-12-20T09:00:00+01:00" /></li>
      </ul>,
    );
    expect(screen.getByTestId('today').textContent).toBe('todayExpires soon');
    expect(screen.getByTestId('tomorrow').textContent).toBe('tomorrowExpires soon');
    expect(screen.getByTestId('three').textContent).toBe('in 3 daysExpires soon');
    expect(screen.getByTestId('later').textContent).toBe('in 14 days');
    expect(screen.getByTestId('three').querySelector('time')?.getAttribute('dateTime')).toBe('2026-12-09T08:00:00Z');
  });

  it('speaks Swedish', async () => {
    await setLanguage('sv');
    render(<p data-testid="cell"><ExpiresCell value="2026-12-09T09:00:00+01:00" /></p>);
    expect(screen.getByTestId('cell').textContent).toBe('om 3 dagarLöper snart ut');
  });
});

describe('Needs attention links', () => {
  it('the list’s views: the current one is marked, the other leads to its URL', async () => {
    const router = renderAt(`/companies/${ACME}/checkouts`, <CheckoutViewsNav companyId={ACME} view="all" />);
    const views = screen.getByRole('navigation', { name: 'Views' });
    expect(within(views).getByRole('link', { name: 'All checkouts' }).getAttribute('aria-current')).toBe('page');
    await userEvent.setup().click(within(views).getByRole('link', { name: 'Needs attention' }));
    expect(router.state.location.pathname + router.state.location.search).toBe(`/companies/${ACME}/checkouts?view=attention`);
  });

  it('the shell’s link is current on the work queue only', () => {
    renderAt(`/companies/${ACME}/checkouts?view=attention`, <NeedsAttentionLink companyId={ACME} />);
    expect(screen.getByRole('link', { name: 'Needs attention' }).getAttribute('aria-current')).toBe('page');
    cleanup();
    renderAt(`/companies/${ACME}/checkouts?status=readyToShip`, <NeedsAttentionLink companyId={ACME} />);
    const link = screen.getByRole('link', { name: 'Needs attention' });
    expect(link.getAttribute('aria-current')).toBeNull();
    expect(link.getAttribute('href')).toBe(`/companies/${ACME}/checkouts?view=attention`);
  });
});

describe('CompanySwitcher', () => {
  it('offers All companies first, and opens every company’s list', async () => {
    const router = renderAt(`/companies/${ACME}/checkouts`, <CompanySwitcher companyId={ACME} />);
    const select = screen.getByRole('combobox', { name: 'Company' });
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'All companies',
      'Acme Frisör',
      'Beta Bad',
    ]);
    await userEvent.setup().selectOptions(select, 'All companies');
    expect(router.state.location.pathname).toBe('/companies/all/checkouts');
  });

  it('shows All companies as chosen on its list, never as an unknown company', () => {
    renderAt('/companies/all/checkouts', <CompanySwitcher companyId="all" />);
    expect(screen.getByRole('option', { name: 'All companies', selected: true })).toBeTruthy();
    expect(screen.queryByRole('option', { name: /Unknown company/ })).toBeNull();
  });
});

describe('Needs attention states', () => {
  it('says plainly that the work queue waits for the index, and offers the live Ready to ship list', () => {
    renderAt(`/companies/${ACME}/checkouts?view=attention`, <NeedsAttentionNotReady companyId={ACME} />);
    expect(screen.getByRole('status').textContent).toContain('Needs attention is not ready yet');
    expect(screen.getByRole('link', { name: 'Ready to ship' }).getAttribute('href')).toBe(
      `/companies/${ACME}/checkouts?status=readyToShip`,
    );
  });

  it('has an empty state of its own', () => {
    render(<NeedsAttentionEmpty />);
    expect(screen.getByText('Nothing needs attention')).toBeTruthy();
  });
});
