import { ROLES } from '../../contract/roles.ts';

/** Data behind the fake upstreams of the gateway's tests: two companies, their admins and checkouts. */

export const FAKE_API_KEY = 'test-api-key';
export const PASSWORD = 'correct horse';

export const COMPANY_A = 'aaaaaaaa-0000-4000-8000-000000000001';
export const COMPANY_B = 'bbbbbbbb-0000-4000-8000-000000000002';

export const COMPANIES = [
  { Id: COMPANY_A, Name: 'Frisör Ängeln AB', Active: true, City: 'Umeå' },
  { Id: COMPANY_B, Name: 'Bastu Björken', Active: true, City: 'Luleå' },
];

export interface FakeAccount {
  email: string;
  sub: string;
  name: string;
  roles: string[];
  companyId?: string;
}

export const ACCOUNTS: FakeAccount[] = [
  { email: 'admin@test.se', sub: 'user-admin', name: 'Anna Admin', roles: [ROLES.write, 'offline_access'], companyId: COMPANY_A },
  { email: 'reader@test.se', sub: 'user-reader', name: 'Rolf Reader', roles: [ROLES.read], companyId: COMPANY_A },
  { email: 'super@test.se', sub: 'user-super', name: 'Siv Super', roles: [ROLES.superadmin], companyId: COMPANY_A },
  { email: 'other@test.se', sub: 'user-other', name: 'Olle Other', roles: [ROLES.write], companyId: COMPANY_B },
  { email: 'customer@test.se', sub: 'user-customer', name: 'Kim Kund', roles: ['default-roles-bookmore-admin'] },
];

export const PAYSON_MERCHANTS: Record<string, { agentId: string; apiKey: string }> = {
  [COMPANY_A]: { agentId: '4001', apiKey: 'payson-key-a' },
  [COMPANY_B]: { agentId: '4002', apiKey: 'payson-key-b' },
};

export const READY_CHECKOUT = 'c0000000-0000-4000-8000-00000000000a';
export const SHIPPED_CHECKOUT = 'c0000000-0000-4000-8000-00000000000b';
export const OTHER_COMPANY_CHECKOUT = 'c0000000-0000-4000-8000-00000000000c';

/** Generated Swedish personnummer, as the sandbox's customers have: the gateway must mask them. */
export const IDENTITY_NUMBERS: Record<string, string> = {
  Åsa: '198503142386',
  Erik: '7711020157',
  Lisa: '19900707-2418',
};

function checkout(id: string, status: string, firstName: string) {
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

/** Payson checkouts per merchant agent id. */
export function paysonCheckouts(): Record<string, ReturnType<typeof checkout>[]> {
  return {
    '4001': [checkout(READY_CHECKOUT, 'readyToShip', 'Åsa'), checkout(SHIPPED_CHECKOUT, 'shipped', 'Erik')],
    '4002': [checkout(OTHER_COMPANY_CHECKOUT, 'readyToShip', 'Lisa')],
  };
}
