import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkoutSearchPageSchema } from '../../contract/checkout-search.ts';
import { statusCountsSchema } from '../../contract/status-counts.ts';
import { COMPANY_A, COMPANY_A_NAME, COMPANY_B, COMPANY_B_NAME, IDENTITY_NUMBERS, READY_CHECKOUT } from '../../server/testing/gateway-test-fixture.ts';
import { startGatewayWithSandbox, type GatewayWithSandbox } from '../../server/testing/gateway-with-sandbox.ts';
import type { TestBrowser } from '../../server/testing/test-browser.ts';
import type { CheckoutIndexing } from '../checkout-index/checkout-indexing.ts';
import { clearIndex, putIndexRows, setIndexPhase, type TestRow } from '../checkout-index/testing/index-rows.ts';
import { sharedTestDatabase } from '../db/testing/test-databases.ts';

/** The indexer's interface, recording whom it was asked to index; the rows are put in the tables by the tests. */
function recordingIndexing(): CheckoutIndexing & { ensured: string[] } {
  const ensured: string[] = [];
  return {
    ensured,
    ensureIndexing: (companyId) => void ensured.push(companyId.toLowerCase()),
    refreshNow: async () => {},
    recordCheckout: async () => {},
    stop: async () => {},
  };
}

const DAY = 86_400_000;
const MARCH = Date.UTC(2026, 2, 1, 9); // 10:00 in Stockholm
const ROWS: TestRow[] = [
  { companyId: COMPANY_A, checkoutId: 'a1000000-0000-4000-8000-000000000001', status: 'readyToShip', firstName: 'Åsa', lastName: 'Östlund', email: 'asa@kund.se', amount: 250, reference: 'BK-1', purchaseId: '3001', createdAt: MARCH, readyToShipAt: MARCH, itemCount: 2, history: { created: '2026-03-01T10:00:00', readyToShip: '2026-03-01T10:00:00' } },
  { companyId: COMPANY_A, checkoutId: 'a2000000-0000-4000-8000-000000000002', status: 'shipped', firstName: 'Anna', lastName: 'Berg', email: 'anna@example.se', amount: 99.5, reference: 'BK-2', createdAt: MARCH + DAY },
  { companyId: COMPANY_A, checkoutId: 'a3000000-0000-4000-8000-000000000003', status: 'readyToShip', firstName: 'Erik', lastName: 'Lind', email: 'erik@kund.se', amount: 10, createdAt: MARCH + 2 * DAY, readyToShipAt: MARCH - 10 * DAY },
  { companyId: COMPANY_B, checkoutId: 'b1000000-0000-4000-8000-000000000001', status: 'shipped', firstName: 'Lisa', lastName: 'Östlund', email: 'lisa@kund.se', amount: 300, createdAt: MARCH + 3 * DAY },
];

let gateway: GatewayWithSandbox;
let admin: TestBrowser;
let indexing: ReturnType<typeof recordingIndexing>;

async function start(options: { index: boolean }): Promise<void> {
  indexing = recordingIndexing();
  gateway = await startGatewayWithSandbox({}, options.index ? { index: indexing } : {});
  admin = gateway.browser();
  await admin.signIn('admin@sandbox.test');
  gateway.sandbox.forget();
}

beforeEach(async () => {
  const { db } = await sharedTestDatabase();
  await clearIndex(db);
  await putIndexRows(db, ROWS);
});
afterEach(() => gateway.close());

const page = async (response: Response) => {
  expect(response.status).toBe(200);
  const body: unknown = await response.json();
  // What the SPA parses: the contract's envelope, nothing the schema would drop.
  return checkoutSearchPageSchema.parse(body);
};
const list = (query = '') => admin.get(`/api/companies/${COMPANY_A}/checkouts${query}`);

describe('the list once the company is indexed', () => {
  beforeEach(() => start({ index: true }));

  it('answers from the index, not Payson, still resolving the credentials the indexer learns from', async () => {
    const body = await page(await list());
    expect(body).toMatchObject({ source: 'index', page: 1, pageSize: 20, totalCount: 3, totalPages: 1, index: { state: 'ready', indexed: 3 } });
    expect(body.data.map((row) => row.id)).toEqual(['a3000000-0000-4000-8000-000000000003', 'a2000000-0000-4000-8000-000000000002', 'a1000000-0000-4000-8000-000000000001']);
    expect(gateway.sandbox.requestsTo('payson')).toEqual([]);
    expect(gateway.sandbox.requestsTo('bokamera').map((call) => call.path)).toEqual([`/payment/payson/apisettings?CompanyId=${COMPANY_A}`]);
  });

  it('shapes each row as a checkout summary: customer, amount, reference, purchase id, history, item count', async () => {
    const body = await page(await list('?q=ostlund'));
    expect(body.data).toEqual([
      {
        id: 'a1000000-0000-4000-8000-000000000001',
        status: 'readyToShip',
        purchaseId: '3001',
        customer: { type: 'person', firstName: 'Åsa', lastName: 'Östlund', email: 'asa@kund.se' },
        order: { currency: 'SEK', totalPriceIncludingTax: 250, items: [] },
        merchant: { reference: 'BK-1' },
        history: { created: '2026-03-01T10:00:00', readyToShip: '2026-03-01T10:00:00' },
        itemCount: 2,
        // 59 calendar days in Stockholm, the wall time kept across the change to summer time.
        expiresAt: '2026-04-29T10:00:00+02:00',
      },
    ]);
  });

  it('searches, filters, sorts and sizes pages from the query string', async () => {
    const ids = async (query: string) => (await page(await list(query))).data.map((row) => row.id);
    expect(await ids('?q=anna%40ex')).toEqual(['a2000000-0000-4000-8000-000000000002']);
    expect(await ids('?q=a3000')).toEqual(['a3000000-0000-4000-8000-000000000003']);
    expect(await ids('?status=shipped&status=readyToShip&sort=amount&dir=asc')).toEqual([
      'a3000000-0000-4000-8000-000000000003',
      'a2000000-0000-4000-8000-000000000002',
      'a1000000-0000-4000-8000-000000000001',
    ]);
    // Days in the company's zone: 1 March began at 23:00 UTC on 28 February.
    expect(await ids('?createdFrom=2026-03-02&createdTo=2026-03-02')).toEqual(['a2000000-0000-4000-8000-000000000002']);
    expect(await ids('?amountFrom=50&amountTo=250&sort=customer&dir=desc')).toEqual(['a1000000-0000-4000-8000-000000000001', 'a2000000-0000-4000-8000-000000000002']);
    const second = await page(await list('?pageSize=50&page=2'));
    expect(second).toMatchObject({ page: 2, pageSize: 50, totalCount: 3, totalPages: 1, data: [] });
  });

  it('the work queue: Ready to ship, soonest expiry first, each with its expiry', async () => {
    const body = await page(await list('?view=attention'));
    expect(body.data.map((row) => [row.id, row.expiresAt])).toEqual([
      ['a3000000-0000-4000-8000-000000000003', '2026-04-19T10:00:00+02:00'],
      ['a1000000-0000-4000-8000-000000000001', '2026-04-29T10:00:00+02:00'],
    ]);
    expect(body.totalCount).toBe(2);
  });

  it('refuses a malformed query with 400 before any upstream call', async () => {
    for (const query of [
      'pageSize=30',
      'pageSize=x',
      'sort=price',
      'dir=up',
      'view=mine',
      'status=bogus',
      'status=shipped&status=ReadyToShip',
      'createdFrom=2026-02-30',
      'createdTo=1.3.2026',
      'amountFrom=abc',
      'amountTo=1e9',
      `q=${'x'.repeat(201)}`,
      'page=0',
    ]) {
      const response = await list(`?${query}`);
      expect(response.status, query).toBe(400);
      expect(await response.json(), query).toMatchObject({ error: { code: 'bad_request' } });
    }
    expect(gateway.sandbox.requests).toEqual([]);
  });

  it('counts the statuses from the index, in one answer, without asking Payson', async () => {
    const response = await admin.get(`/api/companies/${COMPANY_A}/checkouts/status-counts`);
    expect(response.status).toBe(200);
    const counts = statusCountsSchema.parse(await response.json());
    expect(counts.total).toBe(3);
    expect(counts.counts).toMatchObject({ readyToShip: 2, shipped: 1, created: 0, expired: 0 });
    expect(gateway.sandbox.requestsTo('payson')).toEqual([]);
  });

  it('never sends an identity number', async () => {
    const text = await (await list('?pageSize=100')).text();
    for (const number of Object.values(IDENTITY_NUMBERS)) expect(text).not.toContain(number);
    expect(text).not.toContain('identityNumber');
  });
});

describe('before the first pass is done', () => {
  beforeEach(async () => {
    await setIndexPhase((await sharedTestDatabase()).db, COMPANY_A, 'first-pass', 1);
    await start({ index: true });
  });

  it("serves Payson's own list live, in the same envelope, saying the index is still being filled", async () => {
    const body = await page(await list('?status=readyToShip'));
    expect(body).toMatchObject({ source: 'live', totalCount: 1, data: [{ id: READY_CHECKOUT, status: 'readyToShip' }], index: { state: 'indexing', indexed: 1 } });
    expect(gateway.sandbox.requestsTo('payson')[0]?.path).toBe('/Checkouts?status=ReadyToShip&page=1');
    // Live rows are whole checkouts, the identity number masked.
    expect(JSON.stringify(body)).not.toContain(IDENTITY_NUMBERS['Åsa']);
  });

  it('answers 409 index_not_ready for what only the index can do, before asking Payson', async () => {
    for (const query of ['q=anna', 'status=shipped&status=created', 'sort=amount', 'dir=asc', 'pageSize=50', 'view=attention', 'createdFrom=2026-01-01', 'amountTo=5']) {
      const response = await list(`?${query}`);
      expect(response.status, query).toBe(409);
      expect(await response.json(), query).toMatchObject({ error: { code: 'conflict', reason: 'index_not_ready' } });
    }
    expect(gateway.sandbox.requestsTo('payson')).toEqual([]);
    // The default order, said out loud, is still Payson's.
    expect((await list('?sort=created&dir=desc&pageSize=20')).status).toBe(200);
  });

  it('counts the statuses live', async () => {
    expect((await admin.get(`/api/companies/${COMPANY_A}/checkouts/status-counts`)).status).toBe(200);
    expect(gateway.sandbox.requestsTo('payson').length).toBeGreaterThan(1);
  });
});

describe('INDEX=off', () => {
  beforeEach(() => start({ index: false }));

  it('is the live list, the index said to be off, and search is refused', async () => {
    expect(await page(await list())).toMatchObject({ source: 'live', totalCount: 2, index: { state: 'off' } });
    const response = await list('?q=asa');
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: { reason: 'index_not_ready' } });
  });
});

describe('All companies', () => {
  beforeEach(() => start({ index: true }));

  it('is for superadmins only: 403 for a company administrator, the list and the counts alike', async () => {
    for (const path of ['/checkouts', '/checkouts?q=ostlund', '/checkouts/status-counts']) {
      const response = await admin.get(`/api/companies/all${path}`);
      expect(response.status, path).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect(gateway.sandbox.requests).toEqual([]);
  });

  it("lists every company's checkouts with the company's name, searchable, and lets the indexer learn every company", async () => {
    const superadmin = gateway.browser();
    await superadmin.signIn('superadmin@sandbox.test');
    const body = await page(await superadmin.get('/api/companies/all/checkouts?q=ostlund'));
    expect(body.source).toBe('index');
    expect(body.data.map((row) => [row.id, row.companyId, row.companyName])).toEqual([
      ['b1000000-0000-4000-8000-000000000001', COMPANY_B, COMPANY_B_NAME],
      ['a1000000-0000-4000-8000-000000000001', COMPANY_A, COMPANY_A_NAME],
    ]);
    await vi.waitFor(() => expect([...indexing.ensured].sort()).toEqual([COMPANY_A, COMPANY_B]));

    const counts = statusCountsSchema.parse(await (await superadmin.get('/api/companies/all/checkouts/status-counts')).json());
    expect(counts).toMatchObject({ total: 4, counts: { shipped: 2, readyToShip: 2 } });
  });
});
