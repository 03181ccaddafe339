import { describe, expect, it } from 'vitest';
import { checkoutSchema } from '../../contract/payson.ts';
import { indexRowOf } from './index-row.ts';

const ZONE = 'Europe/Stockholm';

const checkout = checkoutSchema.parse({
  id: 'C0FFEE00-0000-4000-8000-00000000000A',
  status: 'ReadyToShip',
  snippet: '<div id="paysonContainer"></div>',
  purchaseId: 3001,
  expirationTime: '2025-03-02T10:05:00',
  merchant: { reference: 'BM-4711' },
  customer: { type: 'person', firstName: 'Åsa', lastName: 'Östlund', email: 'Asa@Kund.se', identityNumber: '198503142386' },
  order: {
    currency: 'sek',
    totalPriceIncludingTax: 250.5,
    items: [{ name: 'Klippning' }, { name: 'Färgning' }],
  },
  // Winter: Stockholm is UTC+1. One unreadable time is kept in the history but read as nothing.
  history: { created: '2025-01-02T10:00:00', readyToShip: '2025-01-02T10:05:00', formsFilled: 'not a time' },
});

describe('indexRowOf', () => {
  it('keeps what the list and search need, times as epoch ms in Payson’s zone', () => {
    const row = indexRowOf('AAAA-Company', checkout, ZONE, 1234);
    expect(row).toEqual({
      companyId: 'aaaa-company',
      checkoutId: 'C0FFEE00-0000-4000-8000-00000000000A',
      status: 'readyToShip',
      customerFirstName: 'Åsa',
      customerLastName: 'Östlund',
      customerEmail: 'Asa@Kund.se',
      customerType: 'person',
      amount: 250.5,
      currency: 'sek',
      merchantReference: 'BM-4711',
      purchaseId: '3001',
      itemCount: 2,
      history: { created: '2025-01-02T10:00:00', readyToShip: '2025-01-02T10:05:00', formsFilled: 'not a time' },
      createdAt: Date.UTC(2025, 0, 2, 9, 0),
      lastChangeAt: Date.UTC(2025, 0, 2, 9, 5),
      readyToShipAt: Date.UTC(2025, 0, 2, 9, 5),
      expiresAt: Date.UTC(2025, 2, 2, 9, 5),
      searchText: 'asa ostlund asa@kund.se bm-4711 3001 c0ffee00-0000-4000-8000-00000000000a',
      indexedAt: 1234,
    });
  });

  it('never keeps the identity number or the snippet', () => {
    const stored = JSON.stringify(indexRowOf('a', checkout, ZONE, 0));
    expect(stored).not.toContain('198503142386');
    expect(stored).not.toContain('paysonContainer');
  });

  it('reads a bare checkout as nulls, not guesses', () => {
    const row = indexRowOf('a', checkoutSchema.parse({ id: 'x1', status: 'created' }), ZONE, 0);
    expect(row).toMatchObject({
      status: 'created',
      customerFirstName: null,
      customerEmail: null,
      amount: null,
      currency: null,
      purchaseId: null,
      itemCount: null,
      history: {},
      createdAt: null,
      lastChangeAt: null,
      expiresAt: null,
      searchText: 'x1',
    });
  });

  it('keeps a status Payson spelled in a way we do not know', () => {
    expect(indexRowOf('a', checkoutSchema.parse({ id: 'x2', status: 'OnHold' }), ZONE, 0).status).toBe('OnHold');
  });
});
