/**
 * The sandbox data behind the gateway's tests: two companies with a few hand-made Payson checkouts,
 * loaded as a SANDBOX_FIXTURE (served exactly as written). The sandbox accounts administer them by
 * position: admin@, reader@, superadmin@ and customer@sandbox.test the first, other-admin@ the second.
 */

export const COMPANY_A = 'aaaaaaaa-0000-4000-8000-000000000001';
export const COMPANY_B = 'bbbbbbbb-0000-4000-8000-000000000002';
export const COMPANY_A_NAME = 'Frisör Ängeln AB';
export const COMPANY_B_NAME = 'Bastu Björken';

export const READY_CHECKOUT = 'c0000000-0000-4000-8000-00000000000a';
export const SHIPPED_CHECKOUT = 'c0000000-0000-4000-8000-00000000000b';
export const OTHER_COMPANY_CHECKOUT = 'c0000000-0000-4000-8000-00000000000c';

/** SANDBOX_FIXTURE's shape: `{"companies":[{"id","name","checkouts":[<Payson checkout resource>…]}]}`. */
/** Swedish personnummer in the spellings customers type them; tests check none leaves the gateway unmasked. */
export const IDENTITY_NUMBERS: Record<string, string> = {
  Åsa: '198503142386',
  Erik: '7711020157',
  Lisa: '19900707-2418',
};

export interface SandboxFixture {
  companies: Array<{ id: string; name: string; checkouts: unknown[] }>;
}

export function checkoutResource(id: string, status: string, firstName: string): Record<string, unknown> {
  return {
    id,
    status,
    snippet: `<div id="paysonContainer" url="https://embed.test/embedded/checkout?id=${id}"></div>`,
    purchaseId: status === 'created' ? null : 3001,
    customer: { type: 'person', firstName, lastName: 'Svensson', email: `${firstName.toLowerCase()}@kund.se`, identityNumber: IDENTITY_NUMBERS[firstName] },
    order: {
      currency: 'sek',
      totalPriceIncludingTax: 250,
      items: [{ itemId: `${id}-1`, name: 'Klippning', unitPrice: 250, quantity: 1, taxRate: 0.25, type: 'service' }],
    },
    history: { created: '2025-01-02T10:00:00', ...(status === 'readyToShip' ? { readyToShip: '2025-01-02T10:05:00' } : {}) },
  };
}

export function gatewayTestFixture(): SandboxFixture {
  return {
    companies: [
      {
        id: COMPANY_A,
        name: COMPANY_A_NAME,
        checkouts: [checkoutResource(READY_CHECKOUT, 'readyToShip', 'Åsa'), checkoutResource(SHIPPED_CHECKOUT, 'shipped', 'Erik')],
      },
      { id: COMPANY_B, name: COMPANY_B_NAME, checkouts: [checkoutResource(OTHER_COMPANY_CHECKOUT, 'readyToShip', 'Lisa')] },
    ],
  };
}
