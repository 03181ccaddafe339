import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMPANY_A, COMPANY_B, OTHER_COMPANY_CHECKOUT, READY_CHECKOUT } from '../test-support/fake-data.ts';
import { delay } from '../test-support/fake-upstreams.ts';
import { startTestGateway, type TestBrowser, type TestGateway } from '../test-support/test-gateway.ts';

let gateway: TestGateway;
let admin: TestBrowser;
beforeEach(async () => {
  gateway = await startTestGateway();
  admin = gateway.browser();
  await admin.signIn('admin@test.se');
  gateway.fakes.requests.length = 0;
});
afterEach(() => gateway.close());

const basicA = `Basic ${Buffer.from('4001:payson-key-a').toString('base64')}`;

describe('GET /api/companies/:companyId/checkouts', () => {
  it("lists the company's checkouts from Payson, status in PascalCase, with the company's Basic auth", async () => {
    const response = await admin.get(`/api/companies/${COMPANY_A}/checkouts?status=readyToShip&page=1`);
    expect(response.status).toBe(200);
    const page = await response.json();
    expect(page).toMatchObject({ page: 1, pageSize: 20, totalCount: 1, data: [{ id: READY_CHECKOUT, status: 'readyToShip' }] });

    const [settings] = gateway.fakes.requestsTo('bokamera');
    expect(settings?.path).toBe(`/payment/payson/apisettings?CompanyId=${COMPANY_A}`);
    const [list] = gateway.fakes.requestsTo('payson');
    expect(list?.path).toBe('/Checkouts?status=ReadyToShip&page=1');
    expect(list?.headers.authorization).toBe(basicA);
  });

  it('asks for page 1 of every status by default', async () => {
    await admin.get(`/api/companies/${COMPANY_A}/checkouts`);
    expect(gateway.fakes.requestsTo('payson')[0]?.path).toBe('/Checkouts?page=1');
  });

  it('keeps the Payson credentials for a while instead of asking BokaMera on every page', async () => {
    await admin.get(`/api/companies/${COMPANY_A}/checkouts?page=1`);
    await admin.get(`/api/companies/${COMPANY_A}/checkouts?page=2`);
    expect(gateway.fakes.requestsTo('bokamera')).toHaveLength(1);
    expect(gateway.fakes.requestsTo('payson')).toHaveLength(2);
  });

  it('refuses another company with 403 before any upstream call', async () => {
    const response = await admin.get(`/api/companies/${COMPANY_B}/checkouts`);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect(gateway.fakes.requests).toEqual([]);
  });

  it('lets a superadmin open any company', async () => {
    const superadmin = gateway.browser();
    await superadmin.signIn('super@test.se');
    const response = await superadmin.get(`/api/companies/${COMPANY_B}/checkouts`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: [{ id: OTHER_COMPANY_CHECKOUT }] });
  });

  it("refuses when BokaMera answers with another company's settings", async () => {
    gateway.fakes.override((request) =>
      request.path.startsWith('/payment/payson/apisettings')
        ? Response.json({ CompanyId: COMPANY_B, SecurityUserId: '4002', SecurityPassword: 'payson-key-b' })
        : undefined,
    );
    const response = await admin.get(`/api/companies/${COMPANY_A}/checkouts`);
    expect(response.status).toBe(403);
    expect(gateway.fakes.requestsTo('payson')).toEqual([]);
  });

  it('validates status and page', async () => {
    for (const query of ['status=ReadyToShip', 'status=bogus', 'page=0', 'page=-1', 'page=1.5', 'page=x']) {
      const response = await admin.get(`/api/companies/${COMPANY_A}/checkouts?${query}`);
      expect(response.status, query).toBe(400);
    }
    expect((await admin.get('/api/companies/a.b/checkouts')).status).toBe(400);
    expect(gateway.fakes.requests).toEqual([]);
  });

  it('answers 504 quickly when Payson is too slow', async () => {
    gateway.fakes.override((request) => (request.upstream === 'payson' ? delay(3000).then(() => new Response('{}')) : undefined));
    const started = performance.now();
    const response = await admin.get(`/api/companies/${COMPANY_A}/checkouts`);
    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({ error: { code: 'upstream_timeout' } });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('retries a read once when Payson fails, and reports a second failure as 502', async () => {
    gateway.fakes.override((request) => (request.upstream === 'payson' ? new Response(null, { status: 500 }) : undefined));
    const response = await admin.get(`/api/companies/${COMPANY_A}/checkouts`);
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ error: { code: 'upstream_error' } });
    expect(gateway.fakes.requestsTo('payson')).toHaveLength(2);
  });

  it('reports a page the contract rejects as 502 upstream_contract', async () => {
    gateway.fakes.override((request) => (request.upstream === 'payson' ? Response.json({ data: 'nope' }) : undefined));
    const response = await admin.get(`/api/companies/${COMPANY_A}/checkouts`);
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ error: { code: 'upstream_contract' } });
  });

  it('uses the configured single merchant without asking BokaMera', async () => {
    await gateway.close();
    gateway = await startTestGateway({ singleMerchant: { agentId: '4001', apiKey: 'payson-key-a', companyId: COMPANY_A } });
    const browser = gateway.browser();
    await browser.signIn('admin@test.se');
    gateway.fakes.requests.length = 0;
    expect((await browser.get(`/api/companies/${COMPANY_A}/checkouts`)).status).toBe(200);
    expect(gateway.fakes.requestsTo('bokamera')).toEqual([]);
    expect(gateway.fakes.requestsTo('payson')[0]?.headers.authorization).toBe(basicA);
  });
});

describe('GET /api/companies/:companyId/checkouts/:checkoutId', () => {
  it('returns the checkout, parsed', async () => {
    const response = await admin.get(`/api/companies/${COMPANY_A}/checkouts/${READY_CHECKOUT}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: READY_CHECKOUT, status: 'readyToShip', customer: { firstName: 'Åsa' } });
    expect(gateway.fakes.requestsTo('payson')[0]?.path).toBe(`/Checkouts/${READY_CHECKOUT}`);
  });

  it("mirrors Payson's 404", async () => {
    const response = await admin.get(`/api/companies/${COMPANY_A}/checkouts/${OTHER_COMPANY_CHECKOUT}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: 'Checkout not found', upstream: 'payson', upstreamMessage: true } });
  });

  it('refuses another company before any upstream call', async () => {
    expect((await admin.get(`/api/companies/${COMPANY_B}/checkouts/${OTHER_COMPANY_CHECKOUT}`)).status).toBe(403);
    expect(gateway.fakes.requests).toEqual([]);
  });

  it('needs a session', async () => {
    expect((await gateway.browser().get(`/api/companies/${COMPANY_A}/checkouts/${READY_CHECKOUT}`)).status).toBe(401);
  });
});

describe('GET /api/companies/:companyId/checkouts/status-counts', () => {
  it("counts each status from the total of its first Payson page, asked in parallel", async () => {
    const response = await admin.get(`/api/companies/${COMPANY_A}/checkouts/status-counts`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ total: expect.any(Number), counts: { readyToShip: 1 } });
    const paths = gateway.fakes.requestsTo('payson').map((request) => request.path).sort();
    expect(paths).toContain('/Checkouts?page=1');
    expect(paths).toContain('/Checkouts?status=ReadyToShip&page=1');
    expect(paths).toHaveLength(11);
  });

  it('leaves out a status whose page failed instead of guessing', async () => {
    gateway.fakes.override((request) =>
      request.upstream === 'payson' && request.path.includes('status=Shipped') ? new Response(null, { status: 400 }) : undefined,
    );
    const body = await (await admin.get(`/api/companies/${COMPANY_A}/checkouts/status-counts`)).json();
    expect(body.counts).not.toHaveProperty('shipped');
    expect(body.counts).toHaveProperty('readyToShip', 1);
  });

  it('refuses another company before any upstream call', async () => {
    expect((await admin.get(`/api/companies/${COMPANY_B}/checkouts/status-counts`)).status).toBe(403);
    expect(gateway.fakes.requests).toEqual([]);
  });
});
