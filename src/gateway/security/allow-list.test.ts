import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMPANY_A, COMPANY_B, OTHER_COMPANY_CHECKOUT, READY_CHECKOUT } from '../../server/testing/gateway-test-fixture.ts';
import { startGatewayWithSandbox, type GatewayWithSandbox } from '../../server/testing/gateway-with-sandbox.ts';
import type { TestBrowser } from '../../server/testing/test-browser.ts';

/**
 * Nothing but the allow-listed operations is reachable, and each checks the session, the company and
 * (for the write) the role before any upstream call. A new route fails the first test until it is
 * added here, with its checks.
 */

const ALLOW_LIST = [
  'POST /api/session',
  'GET /api/session',
  'DELETE /api/session',
  'GET /api/config',
  'GET /api/companies',
  'GET /api/companies/:companyId/checkouts',
  'GET /api/companies/:companyId/checkouts/status-counts',
  'GET /api/companies/:companyId/checkouts/index',
  'POST /api/companies/:companyId/checkouts/index/refresh',
  'GET /api/companies/:companyId/overview',
  'GET /api/companies/:companyId/checkouts/export.csv',
  'GET /api/companies/:companyId/checkouts/:checkoutId',
  'GET /api/companies/:companyId/checkouts/:checkoutId/as-sent',
  'POST /api/companies/:companyId/checkouts/:checkoutId/payment-request',
  'POST /api/companies/:companyId/checkouts/:checkoutId/identity-number',
  'GET /api/activity',
];

/** Every operation that needs a session, as a request for company `companyId`. */
const companyScoped = (companyId: string, checkoutId: string) =>
  [
    ['GET', `/api/companies/${companyId}/checkouts`],
    ['GET', `/api/companies/${companyId}/checkouts/status-counts`],
    ['GET', `/api/companies/${companyId}/checkouts/index`],
    ['POST', `/api/companies/${companyId}/checkouts/index/refresh`],
    ['GET', `/api/companies/${companyId}/overview`],
    ['GET', `/api/companies/${companyId}/checkouts/export.csv`],
    ['GET', `/api/companies/${companyId}/checkouts/${checkoutId}`],
    ['GET', `/api/companies/${companyId}/checkouts/${checkoutId}/as-sent`],
    ['POST', `/api/companies/${companyId}/checkouts/${checkoutId}/payment-request`],
    ['POST', `/api/companies/${companyId}/checkouts/${checkoutId}/identity-number`],
  ] as const;

let gateway: GatewayWithSandbox;
beforeEach(async () => {
  gateway = await startGatewayWithSandbox();
});
afterEach(() => gateway.close());

const send = (browser: TestBrowser, method: string, path: string) =>
  browser.request(method, path, method === 'POST' ? { json: {} } : {});

async function signedIn(email: string): Promise<TestBrowser> {
  const browser = gateway.browser();
  expect((await browser.signIn(email)).status).toBe(200);
  gateway.sandbox.forget();
  return browser;
}

describe('the /api allow-list', () => {
  it('is exactly the operations the SPA needs', () => {
    const routes = new Set(
      gateway.app.routes.filter((route) => route.method !== 'ALL' && route.path.startsWith('/api')).map((route) => `${route.method} ${route.path}`),
    );
    expect([...routes].sort()).toEqual([...ALLOW_LIST].sort());
  });

  it('answers anything else with 404, without an upstream call', async () => {
    const admin = await signedIn('admin@sandbox.test');
    for (const [method, path] of [
      ['GET', '/api/users'],
      ['GET', '/api/payment/payson/apisettings'],
      ['PUT', `/api/companies/${COMPANY_A}/checkouts/${READY_CHECKOUT}`],
      ['DELETE', `/api/companies/${COMPANY_A}/checkouts/${READY_CHECKOUT}`],
      ['GET', `/api/companies/${COMPANY_A}/checkouts/${READY_CHECKOUT}/payment-request`],
      ['POST', '/api/companies'],
    ] as const) {
      const response = await admin.request(method, path, method === 'GET' ? {} : { json: {} });
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    expect(gateway.sandbox.requests).toEqual([]);
  });

  it('needs a session for every company operation and the company list', async () => {
    const anonymous = gateway.browser();
    for (const [method, path] of [...companyScoped(COMPANY_A, READY_CHECKOUT), ['GET', '/api/companies'] as const]) {
      const response = await send(anonymous, method, path);
      expect(response.status, `${method} ${path}`).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    }
    expect(gateway.sandbox.requests).toEqual([]);
  });

  it("refuses another company's data in every operation before any upstream call", async () => {
    const admin = await signedIn('admin@sandbox.test');
    for (const [method, path] of companyScoped(COMPANY_B, OTHER_COMPANY_CHECKOUT)) {
      const response = await send(admin, method, path);
      expect(response.status, `${method} ${path}`).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
    // The company id's case does not open a back door.
    expect((await admin.get(`/api/companies/${COMPANY_B.toUpperCase()}/checkouts`)).status).toBe(403);
    expect(gateway.sandbox.requests).toEqual([]);
  });

  it('refuses the write to a read-only user before any upstream call', async () => {
    const reader = await signedIn('reader@sandbox.test');
    const response = await send(reader, 'POST', `/api/companies/${COMPANY_A}/checkouts/${READY_CHECKOUT}/payment-request`);
    expect(response.status).toBe(403);
    expect(gateway.sandbox.requests).toEqual([]);
  });

  it('refuses ids that could change the upstream path, before any upstream call', async () => {
    const admin = await signedIn('superadmin@sandbox.test');
    // `..` itself is resolved by URL parsing before routing, so it meets no route at all (404).
    for (const id of ['..', '%2E%2E', 'a%2Fb', 'a.b', 'x'.repeat(101), '%00', 'a%3Fstatus%3DShipped', '%20']) {
      for (const path of [`/api/companies/${id}/checkouts`, `/api/companies/${COMPANY_A}/checkouts/${id}`]) {
        expect([400, 404], path).toContain((await admin.get(path)).status);
      }
    }
    expect(gateway.sandbox.requests).toEqual([]);
  });
});
