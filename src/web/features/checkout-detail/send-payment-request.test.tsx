// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '../../../contract/gateway-api.ts';
import { checkoutSchema, type Checkout } from '../../../contract/payson.ts';
import { ROLES } from '../../../contract/roles.ts';
import { checkoutQueries } from '../../api/checkouts.ts';
import { sessionQueries } from '../../api/session.ts';
import { SendPaymentRequest } from './send-payment-request.tsx';

const COMPANY = '3f1c6a52-8d7e-4b0a-9c55-1e2f3a4b5c6d';
const CHECKOUT_ID = 'cadacbda-3990-4ef2-8993-a53d00bcfda7';
const PAYMENT_REQUEST = `/api/companies/${COMPANY}/checkouts/${CHECKOUT_ID}/payment-request`;

function user(role: string): SessionUser {
  return { email: 'someone@test.se', name: 'Someone', roles: [role], companyId: COMPANY };
}

function checkout(status: Checkout['status']): Checkout {
  return checkoutSchema.parse({
    id: CHECKOUT_ID,
    status,
    customer: { firstName: 'Åsa', lastName: 'Berg' },
    order: { currency: 'sek', totalPriceIncludingTax: 100, items: [] },
  });
}

/**
 * The gateway, answering the detail with the checkout and holding each payment request until the
 * test answers it.
 */
function fakeGateway(current: Checkout) {
  const requests: string[] = [];
  let answer: (response: Response) => void = () => {};
  vi.stubGlobal(
    'fetch',
    vi.fn((input: string, init?: RequestInit) => {
      const path = String(input);
      requests.push(`${init?.method ?? 'GET'} ${path}`);
      if (path === PAYMENT_REQUEST) return new Promise<Response>((resolve) => (answer = resolve));
      return Promise.resolve(Response.json(current));
    }),
  );
  return {
    paymentRequests: () => requests.filter((request) => request === `POST ${PAYMENT_REQUEST}`).length,
    answer: (response: Response) => answer(response),
  };
}

function renderGuard(role: string, status: Checkout['status']) {
  const gateway = fakeGateway(checkout(status));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  queryClient.setQueryData(sessionQueries.current().queryKey, { user: user(role) });
  queryClient.setQueryData(checkoutQueries.detail(COMPANY, CHECKOUT_ID).queryKey, checkout(status));
  render(
    <QueryClientProvider client={queryClient}>
      <SendPaymentRequest companyId={COMPANY} checkoutId={CHECKOUT_ID} />
    </QueryClientProvider>,
  );
  return gateway;
}

const sendButton = () => screen.getByRole('button', { name: 'Send payment request' });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the send-payment-request guard', () => {
  it.each([
    ['the write role', ROLES.write],
    ['a superadmin', ROLES.superadmin],
  ])('is available for Ready to ship to %s', (_who, role) => {
    renderGuard(role, 'readyToShip');
    expect(sendButton().getAttribute('aria-disabled')).toBeNull();
    expect(sendButton().getAttribute('aria-describedby')).toBeNull();
  });

  it.each([
    ['a reader, Ready to ship', ROLES.read, 'readyToShip', 'Your role can view checkouts but not send payment requests.'],
    ['the write role, Shipped', ROLES.write, 'shipped', 'Only checkouts that are Ready to ship can be sent a payment request.'],
    ['a superadmin, Ready to pay', ROLES.superadmin, 'readyToPay', 'Only checkouts that are Ready to ship can be sent a payment request.'],
  ] as const)('is unavailable, saying why, for %s', async (_case, role, status, reason) => {
    const gateway = renderGuard(role, status);
    expect(sendButton().getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('button', { name: 'Send payment request', description: reason })).toBeTruthy();

    await userEvent.setup().click(sendButton());
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(gateway.paymentRequests()).toBe(0);
  });

  it('sends one request for several presses of the confirmation', async () => {
    const gateway = renderGuard(ROLES.write, 'readyToShip');
    const person = userEvent.setup();
    await person.click(sendButton());
    const dialog = screen.getByRole('dialog', { name: 'Send a payment request?' });
    const confirm = within(dialog).getByRole('button', { name: 'Send payment request' });
    await person.click(confirm);
    await person.click(confirm);
    await person.dblClick(confirm);
    expect(gateway.paymentRequests()).toBe(1);

    gateway.answer(Response.json({ Id: CHECKOUT_ID, Status: 'Shipped' }));
    expect(await screen.findByText('Payment request sent. The checkout is now Shipped.')).toBeTruthy();
    expect(gateway.paymentRequests()).toBe(1);
  });

  it('keeps the confirmation open on Escape while the request is in flight, not before', async () => {
    const gateway = renderGuard(ROLES.write, 'readyToShip');
    const person = userEvent.setup();
    await person.click(sendButton());
    const dialog = screen.getByRole('dialog', { name: 'Send a payment request?' });
    // Before sending, Escape is the browser's to act on (the dialog closes).
    expect(fireEvent.keyDown(dialog, { key: 'Escape' })).toBe(true);
    expect(fireEvent(dialog, new Event('cancel', { cancelable: true }))).toBe(true);

    await person.click(within(dialog).getByRole('button', { name: 'Send payment request' }));
    await waitFor(() => expect(gateway.paymentRequests()).toBe(1));
    // In flight: both ways a browser closes a dialog on Escape are refused (fireEvent answers
    // false when the event's default was prevented), and Cancel is unavailable.
    expect(fireEvent.keyDown(dialog, { key: 'Escape' })).toBe(false);
    expect(fireEvent(dialog, new Event('cancel', { cancelable: true }))).toBe(false);
    expect(within(dialog).getByRole('button', { name: 'Cancel' }).getAttribute('aria-disabled')).toBe('true');

    gateway.answer(Response.json({ Id: CHECKOUT_ID, Status: 'Shipped' }));
    await waitFor(() => expect(fireEvent.keyDown(dialog, { key: 'Escape' })).toBe(true));
  });
});
