import { and, eq } from 'drizzle-orm';
import { indexFreshnessSchema, type IndexFreshness } from '../../contract/checkout-search.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { COMPANY_A, COMPANY_B, READY_CHECKOUT, SHIPPED_CHECKOUT } from '../../server/testing/gateway-test-fixture.ts';
import { startGatewayWithSandbox, type GatewayWithSandbox } from '../../server/testing/gateway-with-sandbox.ts';
import type { TestBrowser } from '../../server/testing/test-browser.ts';
import { checkoutIndex, checkoutIndexState } from '../db/checkout-index-table.ts';
import { freshMemoryDatabase } from '../db/testing/test-databases.ts';
import type { Database } from '../db/database.ts';

let gateway: GatewayWithSandbox;
let database: Database | undefined;
afterEach(async () => {
  await gateway.close();
  await database?.close();
  database = undefined;
});

/** The index on, on a database of the test's own (the shared one holds other tests' companies). */
async function withIndex(): Promise<GatewayWithSandbox> {
  database = await freshMemoryDatabase();
  gateway = await startGatewayWithSandbox({ index: { enabled: true, refreshSeconds: 120, concurrency: 2 } }, { database });
  return gateway;
}

async function signedIn(email: string): Promise<TestBrowser> {
  const browser = gateway.browser();
  await browser.signIn(email);
  gateway.sandbox.forget();
  return browser;
}

const freshnessOf = async (browser: TestBrowser, companyId: string): Promise<IndexFreshness> =>
  indexFreshnessSchema.parse(await (await browser.get(`/api/companies/${companyId}/checkouts/index`)).json());

describe('INDEX=off', () => {
  it('reads nothing of Payson in the background and says the index is off', async () => {
    gateway = await startGatewayWithSandbox();
    const admin = await signedIn('admin@sandbox.test');
    await admin.get(`/api/companies/${COMPANY_A}/checkouts`);
    await admin.get(`/api/companies/${COMPANY_A}/checkouts/${READY_CHECKOUT}`);
    expect(gateway.app.checkoutIndexer).toBeUndefined();
    expect(gateway.sandbox.requestsTo('payson').map((call) => call.path)).toEqual(['/Checkouts?status=&page=1', `/Checkouts/${READY_CHECKOUT}`]);
    expect(await freshnessOf(admin, COMPANY_A)).toEqual({ state: 'off', indexed: 0, expected: null, updatedAt: null, refreshing: false, lastError: null });
    const refresh = await admin.request('POST', `/api/companies/${COMPANY_A}/checkouts/index/refresh`, { json: {} });
    expect(refresh.status).toBe(202);
    expect(gateway.sandbox.requestsTo('payson')).toHaveLength(2);
  });
});

describe('with the index on', () => {
  it('starts indexing the company when its list is first read, and says how far it has come', async () => {
    await withIndex();
    const admin = await signedIn('admin@sandbox.test');
    expect(await freshnessOf(admin, COMPANY_A)).toMatchObject({ state: 'indexing', indexed: 0, expected: null });
    await admin.get(`/api/companies/${COMPANY_A}/checkouts`);
    await gateway.app.checkoutIndexer?.settled(COMPANY_A);
    const freshness = await freshnessOf(admin, COMPANY_A);
    expect(freshness).toMatchObject({ state: 'ready', indexed: 2, expected: 2, refreshing: false, lastError: null });
    expect(freshness.updatedAt).toEqual(expect.any(Number));
  });

  it('writes a checkout opened live into the index at once', async () => {
    await withIndex();
    const admin = await signedIn('admin@sandbox.test');
    expect((await admin.get(`/api/companies/${COMPANY_A}/checkouts/${SHIPPED_CHECKOUT}`)).status).toBe(200);
    const rows = await database!.db
      .select({ status: checkoutIndex.status })
      .from(checkoutIndex)
      .where(and(eq(checkoutIndex.companyId, COMPANY_A), eq(checkoutIndex.checkoutId, SHIPPED_CHECKOUT)));
    expect(rows).toEqual([{ status: 'shipped' }]);
    await gateway.app.checkoutIndexer?.settled(COMPANY_A);
  });

  it("writes the checkout's new status after a payment request", async () => {
    await withIndex();
    const admin = await signedIn('admin@sandbox.test');
    await admin.get(`/api/companies/${COMPANY_A}/checkouts`);
    await gateway.app.checkoutIndexer?.settled(COMPANY_A);
    const sent = await admin.request('POST', `/api/companies/${COMPANY_A}/checkouts/${READY_CHECKOUT}/payment-request`, { json: {} });
    expect(sent.status).toBe(200);
    const [row] = await database!.db.select({ status: checkoutIndex.status }).from(checkoutIndex).where(eq(checkoutIndex.checkoutId, READY_CHECKOUT));
    expect(row).toEqual({ status: 'shipped' });
  });

  it('refreshes on "Refresh now" (202), picking up a change made in Payson directly', async () => {
    await withIndex();
    const admin = await signedIn('admin@sandbox.test');
    await admin.get(`/api/companies/${COMPANY_A}/checkouts`);
    await gateway.app.checkoutIndexer?.settled(COMPANY_A);
    await gateway.sandbox.changeCheckout(READY_CHECKOUT, 'canceled');
    const refresh = await admin.request('POST', `/api/companies/${COMPANY_A}/checkouts/index/refresh`, { json: {} });
    expect(refresh.status).toBe(202);
    expect(await refresh.json()).toMatchObject({ state: 'ready', refreshing: true });
    // The refresh runs in the background; wait for it as the list's freshness would show it done.
    await expect.poll(async () => (await freshnessOf(admin, COMPANY_A)).refreshing, { timeout: 5000 }).toBe(false);
    await gateway.app.checkoutIndexer?.settled(COMPANY_A);
    const [row] = await database!.db.select({ status: checkoutIndex.status }).from(checkoutIndex).where(eq(checkoutIndex.checkoutId, READY_CHECKOUT));
    expect(row).toEqual({ status: 'canceled' });
  });

  it("refuses another company's index, and `all` to anyone but a superadmin", async () => {
    await withIndex();
    const admin = await signedIn('admin@sandbox.test');
    expect((await admin.get(`/api/companies/${COMPANY_B}/checkouts/index`)).status).toBe(403);
    expect((await admin.get('/api/companies/all/checkouts/index')).status).toBe(403);
    expect((await admin.request('POST', `/api/companies/${COMPANY_B}/checkouts/index/refresh`, { json: {} })).status).toBe(403);
  });

  it('sums every company the index knows for a superadmin', async () => {
    await withIndex();
    const superadmin = await signedIn('superadmin@sandbox.test');
    expect(await freshnessOf(superadmin, 'all')).toMatchObject({ state: 'indexing', indexed: 0 });
    await superadmin.get(`/api/companies/${COMPANY_A}/checkouts`);
    await superadmin.get(`/api/companies/${COMPANY_B}/checkouts`);
    await Promise.all([COMPANY_A, COMPANY_B].map((id) => gateway.app.checkoutIndexer?.settled(id)));
    expect(await database!.db.select({ id: checkoutIndexState.companyId }).from(checkoutIndexState)).toHaveLength(2);
    expect(await freshnessOf(superadmin, 'all')).toMatchObject({ state: 'ready', indexed: 3, expected: 3 });
  });
});
