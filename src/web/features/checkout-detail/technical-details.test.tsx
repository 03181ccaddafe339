// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkoutSchema } from '../../../contract/payson.ts';
import { TechnicalDetails } from './technical-details.tsx';

const COMPANY = '3f1c6a52-8d7e-4b0a-9c55-1e2f3a4b5c6d';
const CHECKOUT_ID = 'cadacbda-3990-4ef2-8993-a53d00bcfda7';

/** What the gateway's as-sent route answers: Payson's JSON, the identity number already masked. */
const AS_SENT = {
  id: CHECKOUT_ID,
  status: 'readyToShip',
  customer: { firstName: 'Åsa', identityNumber: '460814-****' },
  gui: { verfication: 'bankid' },
  paysonFutureField: 'shown as sent',
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('TechnicalDetails', () => {
  it('reads the checkout as Payson sent it when opened, and shows it, unknown and misspelt fields included', async () => {
    const fetch = vi.fn((_input: string) => Promise.resolve(Response.json(AS_SENT)));
    vi.stubGlobal('fetch', fetch);
    // The parsed checkout has neither field: the contract reads `verfication` as `verification`.
    const parsed = checkoutSchema.parse({ ...AS_SENT, customer: { firstName: 'Åsa', identityNumber: '4608142222' } });
    expect(parsed.gui).not.toHaveProperty('verfication');
    expect(parsed).not.toHaveProperty('paysonFutureField');

    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <TechnicalDetails companyId={COMPANY} checkout={parsed} level={3} />
      </QueryClientProvider>,
    );
    expect(fetch).not.toHaveBeenCalled();

    await userEvent.setup().click(screen.getByText('Technical details'));
    const json = await screen.findByRole('region', { name: 'Raw JSON' });
    expect(fetch).toHaveBeenCalledWith(`/api/companies/${COMPANY}/checkouts/${CHECKOUT_ID}/as-sent`, expect.anything());
    expect(json.textContent).toContain('"verfication": "bankid"');
    expect(json.textContent).toContain('"paysonFutureField": "shown as sent"');
    expect(json.textContent).toContain('"identityNumber": "460814-****"');
    expect(screen.getByRole('button', { name: 'Copy JSON' })).toBeTruthy();
  });
});
