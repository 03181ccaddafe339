import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMPANY_A, COMPANY_B, OTHER_COMPANY_CHECKOUT, READY_CHECKOUT } from '../../server/testing/gateway-test-fixture.ts';
import { SHORT_UPSTREAM_TIMEOUT_MS, startGatewayWithSandbox, type GatewayWithSandbox } from '../../server/testing/gateway-with-sandbox.ts';
import type { TestBrowser } from '../../server/testing/test-browser.ts';

let gateway: GatewayWithSandbox;
let admin: TestBrowser;
let basicA: string;
beforeEach(async () => {
  gateway = await startGatewayWithSandbox();
  admin = gateway.browser();
  await admin.signIn('admin@sandbox.test');
  gateway.sandbox.forget();
  basicA = gateway.sandbox.paysonAuthorization(COMPANY_A);
});
afterEach(() => gateway.close());

describe('GET /api/companies/:companyId/checkouts', () => {
  it("lists the company's checkouts from Payson, status in PascalCase, with the company's Basic auth", async () => {
    const response = await admin.get(`/api/companies/${COMPANY_A}/checkouts?status=readyToShip&page=1`);
    expect(response.status).toBe(200);
    const page = await response.json();
    expect(page).toMatchObject({ page: 1, pageSize: 20, totalCount: 1, data: [{ id: READY_CHECKOUT, status: 'readyToShip' }] });

    const [settings] = gateway.sandbox.requestsTo('bokamera');
    expect(settings?.path).toBe(`/payment/payson/apisettings?CompanyId=${COMPANY_A}`);
    const [list] = gateway.sandbox.requestsTo('payson');
    expect(list?.path).toBe('/Checkouts?status=ReadyToShip&page=1');
    expect(list?.headers.authorization).toBe(basicA);
  });

  it('asks for page 1 of every status by default', async () => {
    await admin.get(`/api/companies/${COMPANY_A}/checkouts`);
    expect(gateway.sandbox.requestsTo('payson')[0]?.path).toBe('/Checkouts?status=&page=1');
  });

  it('keeps the Payson credentials for a while instead of asking BokaMera on every page', async () => {
    await admin.get(`/api/companies/${COMPANY_A}/checkouts?page=1`);
    await admin.get(`/api/companies/${COMPANY_A}/checkouts?page=2`);
    expect(gateway.sandbox.requestsTo('bokamera')).toHaveLength(1);
    expect(gateway.sandbox.requestsTo('payson')).toHaveLength(2);
  });

  it('refuses another company with 403 before any upstream call', async () => {
    const response = await admin.get(`/api/companies/${COMPANY_B}/checkouts`);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect(gateway.sandbox.requests).toEqual([]);
  });

  it('lets a superadmin open any company', async () => {
    const superadmin = gateway.browser();
    await superadmin.signIn('superadmin@sandbox.test');
    const response = await superadmin.get(`/api/companies/${COMPANY_B}/checkouts`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: [{ id: OTHER_COMPANY_CHECKOUT }] });
  });

  it("refuses when BokaMera answers with another company's settings", async () => {
    const [, otherSecret] = Buffer.from(gateway.sandbox.paysonAuthorization(COMPANY_B).slice(6), 'base64').toString().split(':');
    await gateway.sandbox.fault({
      upstream: 'bokamera',
      path: '/payment/payson/apisettings',
      body: { CompanyId: COMPANY_B, SecurityUserId: '4002', SecurityPassword: otherSecret },
    });
    const response = await admin.get(`/api/companies/${COMPANY_A}/checkouts`);
    expect(response.status).toBe(403);
    expect(gateway.sandbox.requestsTo('payson')).toEqual([]);
  });

  it('validates status and page', async () => {
    for (const query of ['status=ReadyToShip', 'status=bogus', 'page=0', 'page=-1', 'page=1.5', 'page=x']) {
      const response = await admin.get(`/api/companies/${COMPANY_A}/checkouts?${query}`);
      expect(response.status, query).toBe(400);
    }
    expect((await admin.get('/api/companies/a.b/checkouts')).status).toBe(400);
    expect(gateway.sandbox.requests).toEqual([]);
  });

  it('answers 504 when Payson is too slow', async () => {
    await gateway.close();
    gateway = await startGatewayWithSandbox({ upstreamTimeoutMs: SHORT_UPSTREAM_TIMEOUT_MS });
    admin = gateway.browser();
    await admin.signIn('admin@sandbox.test');
    await gateway.sandbox.fault({ upstream: 'payson', timeout: true });
    const response = await admin.get(`/api/companies/${COMPANY_A}/checkouts`);
    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({ error: { code: 'upstream_timeout' } });
  });

  it('retries a read once when Payson fails, and reports a second failure as 502', async () => {
    await gateway.sandbox.fault({ upstream: 'payson', status: 500, times: 10 });
    const response = await admin.get(`/api/companies/${COMPANY_A}/checkouts`);
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ error: { code: 'upstream_error' } });
    expect(gateway.sandbox.requestsTo('payson')).toHaveLength(2);
  });

  it('reports a page the contract rejects as 502 upstream_contract', async () => {
    await gateway.sandbox.fault({ upstream: 'payson', body: { data: 'nope' } });
    const response = await admin.get(`/api/companies/${COMPANY_A}/checkouts`);
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ error: { code: 'upstream_contract' } });
  });

  it('uses the configured single merchant without asking BokaMera', async () => {
    await gateway.close();
    const [agentId = '', apiKey = ''] = Buffer.from(basicA.slice(6), 'base64').toString().split(':');
    gateway = await startGatewayWithSandbox({ singleMerchant: { agentId, apiKey, companyId: COMPANY_A } });
    const browser = gateway.browser();
    await browser.signIn('admin@sandbox.test');
    gateway.sandbox.forget();
    expect((await browser.get(`/api/companies/${COMPANY_A}/checkouts`)).status).toBe(200);
    expect(gateway.sandbox.requestsTo('bokamera')).toEqual([]);
    expect(gateway.sandbox.requestsTo('payson')[0]?.headers.authorization).toBe(basicA);
  });
});

describe('GET /api/companies/:companyId/checkouts/:checkoutId', () => {
  it('returns the checkout, parsed', async () => {
    const response = await admin.get(`/api/companies/${COMPANY_A}/checkouts/${READY_CHECKOUT}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: READY_CHECKOUT, status: 'readyToShip', customer: { firstName: 'Åsa' } });
    expect(gateway.sandbox.requestsTo('payson')[0]?.path).toBe(`/Checkouts/${READY_CHECKOUT}`);
  });

  it("mirrors Payson's 404", async () => {
    const response = await admin.get(`/api/companies/${COMPANY_A}/checkouts/${OTHER_COMPANY_CHECKOUT}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: 'The checkout was not found.', upstream: 'payson', upstreamMessage: true } });
  });

  it('refuses another company before any upstream call', async () => {
    expect((await admin.get(`/api/companies/${COMPANY_B}/checkouts/${OTHER_COMPANY_CHECKOUT}`)).status).toBe(403);
    expect(gateway.sandbox.requests).toEqual([]);
  });

  it('needs a session', async () => {
    expect((await gateway.browser().get(`/api/companies/${COMPANY_A}/checkouts/${READY_CHECKOUT}`)).status).toBe(401);
  });
});

describe('GET /api/companies/:companyId/checkouts/:checkoutId/as-sent', () => {
  const asSent = {
    id: READY_CHECKOUT,
    status: 'readyToShip',
    customer: { firstName: 'Åsa', identityNumber: '4608142222', shoeSize: 38 },
    gui: { verfication: 'bankid' },
    somethingNew: { nested: true },
  };

  it("answers Payson's JSON as sent, unknown and misspelt fields kept, the identity number masked", async () => {
    await gateway.sandbox.fault({ upstream: 'payson', path: `/Checkouts/${READY_CHECKOUT}`, body: asSent });
    const response = await admin.get(`/api/companies/${COMPANY_A}/checkouts/${READY_CHECKOUT}/as-sent`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ ...asSent, customer: { ...asSent.customer, identityNumber: '460814-****' } });
    expect(text).not.toContain('4608142222');
  });

  it('refuses a payload the contract does not read as a checkout', async () => {
    await gateway.sandbox.fault({ upstream: 'payson', body: { status: 'readyToShip' } });
    expect((await admin.get(`/api/companies/${COMPANY_A}/checkouts/${READY_CHECKOUT}/as-sent`)).status).toBe(502);
  });

  it('refuses another company before any upstream call', async () => {
    expect((await admin.get(`/api/companies/${COMPANY_B}/checkouts/${OTHER_COMPANY_CHECKOUT}/as-sent`)).status).toBe(403);
    expect(gateway.sandbox.requests).toEqual([]);
  });
});

describe('GET /api/companies/:companyId/checkouts/status-counts', () => {
  it('counts each status from the total of its first Payson page', async () => {
    const response = await admin.get(`/api/companies/${COMPANY_A}/checkouts/status-counts`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ total: expect.any(Number), counts: { readyToShip: 1 } });
    const paths = gateway.sandbox.requestsTo('payson').map((request) => request.path).sort();
    expect(paths).toContain('/Checkouts?status=&page=1');
    expect(paths).toContain('/Checkouts?status=ReadyToShip&page=1');
    expect(paths).toHaveLength(11);
  });

  it('leaves out a status whose page failed instead of guessing', async () => {
    await gateway.sandbox.fault({ upstream: 'payson', path: 'status=Shipped', status: 400 });
    const body = (await (await admin.get(`/api/companies/${COMPANY_A}/checkouts/status-counts`)).json()) as { counts: Record<string, number> };
    expect(body.counts).not.toHaveProperty('shipped');
    expect(body.counts).toHaveProperty('readyToShip', 1);
  });

  it('asks a status whose page failed only once: a retry would not change what is shown', async () => {
    await gateway.sandbox.fault({ upstream: 'payson', path: 'status=Shipped', status: 500, times: 10 });
    const body = (await (await admin.get(`/api/companies/${COMPANY_A}/checkouts/status-counts`)).json()) as { counts: Record<string, number> };
    expect(body.counts).not.toHaveProperty('shipped');
    expect(gateway.sandbox.requestsTo('payson').filter((request) => request.path.includes('status=Shipped'))).toHaveLength(1);
    expect(gateway.sandbox.requestsTo('payson')).toHaveLength(11);
  });

  it('costs one retry, not one per status, when Payson is down: 4 calls for the list and the counts', async () => {
    await gateway.sandbox.fault({ upstream: 'payson', status: 500, times: 1000 });
    expect((await admin.get(`/api/companies/${COMPANY_A}/checkouts`)).status).toBe(502);
    const counts = await admin.get(`/api/companies/${COMPANY_A}/checkouts/status-counts`);
    expect(counts.status).toBe(502);
    expect(await counts.json()).toMatchObject({ error: { code: 'upstream_error' } });
    // The sandbox's own log: every Payson call it answered, BokaMera's included.
    const paysonCalls = (await gateway.sandbox.log()).filter((request) => request.upstream === 'payson');
    expect(paysonCalls.map((request) => request.path)).toEqual([
      '/Checkouts?status=&page=1',
      '/Checkouts?status=&page=1',
      '/Checkouts?status=&page=1',
      '/Checkouts?status=&page=1',
    ]);
  });

  it('refuses another company before any upstream call', async () => {
    expect((await admin.get(`/api/companies/${COMPANY_B}/checkouts/status-counts`)).status).toBe(403);
    expect(gateway.sandbox.requests).toEqual([]);
  });
});
