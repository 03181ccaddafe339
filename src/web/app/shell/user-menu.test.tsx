// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserMenu } from './user-menu.tsx';

const USER = { email: 'admin@sandbox.test', name: 'Anna Lindqvist', roles: ['admin'], companyId: 'c1' };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The menu on a signed-in page, with the sign-in page to leave to; the gateway answers DELETE /api/session. */
function renderMenu(answer: () => Promise<Response>) {
  const fetch = vi.fn((_input: string, _init?: RequestInit) => answer());
  vi.stubGlobal('fetch', fetch);
  const router = createMemoryRouter(
    [
      { path: '/companies/c1/checkouts', element: <UserMenu user={USER} /> },
      { path: '/sign-in', element: <h1>Sign in</h1> },
    ],
    { initialEntries: ['/companies/c1/checkouts'] },
  );
  render(
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { fetch };
}

describe('UserMenu', () => {
  it('signs out on the gateway and goes to sign-in', async () => {
    const { fetch } = renderMenu(() => Promise.resolve(new Response(null, { status: 204 })));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/session');
    expect(fetch.mock.calls[0]?.[1]?.method).toBe('DELETE');
  });

  it('goes to sign-in when the session had already ended (401)', async () => {
    renderMenu(() => Promise.resolve(Response.json({ error: { code: 'unauthenticated', message: 'Signed out' } }, { status: 401 })));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('stays and says so when the gateway could not sign out', async () => {
    renderMenu(() => Promise.resolve(Response.json({ error: { code: 'upstream_unavailable', message: 'Down' } }, { status: 503 })));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not sign out. Try again.');
    expect(screen.queryByRole('heading', { name: 'Sign in' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });
});
