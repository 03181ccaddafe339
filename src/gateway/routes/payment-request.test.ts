import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_API_KEY } from '../../sandbox/start-sandbox.ts';
import { checkoutResource, COMPANY_A, COMPANY_B, READY_CHECKOUT, SHIPPED_CHECKOUT } from '../../server/testing/gateway-test-fixture.ts';
import { SHORT_UPSTREAM_TIMEOUT_MS, startGatewayWithSandbox, type GatewayWithSandbox } from '../../server/testing/gateway-with-sandbox.ts';
import type { TestBrowser } from '../../server/testing/test-browser.ts';

let gateway: GatewayWithSandbox;
beforeEach(async () => {
  gateway = await startGatewayWithSandbox();
});
afterEach(() => gateway.close());

async function signedIn(email: string): Promise<TestBrowser> {
  const browser = gateway.browser();
  await browser.signIn(email);
  gateway.sandbox.forget();
  return browser;
}

const send = (browser: TestBrowser, companyId: string, checkoutId: string) =>
  browser.request('POST', `/api/companies/${companyId}/checkouts/${checkoutId}/payment-request`, { json: {} });

describe('POST /api/companies/:companyId/checkouts/:checkoutId/payment-request', () => {
  it("sends exactly one PUT with {CompanyId} and answers BokaMera's response", async () => {
    const admin = await signedIn('admin@sandbox.test');
    const response = await send(admin, COMPANY_A, READY_CHECKOUT);
    expect(response.status).toBe(200);
    // Payson shipped it; BokaMera answers the checkout as it now is.
    expect(await response.json()).toEqual({ Id: READY_CHECKOUT, Snippet: checkoutResource(READY_CHECKOUT, 'shipped', 'Åsa').snippet, Status: 'shipped' });

    expect(gateway.sandbox.requests).toHaveLength(1);
    const [put] = gateway.sandbox.requests;
    expect(put).toMatchObject({
      upstream: 'bokamera',
      method: 'PUT',
      path: `/payment/payson/v2/checkout/${READY_CHECKOUT}/sendpaymentrequest`,
      headers: { 'x-api-key': SANDBOX_API_KEY, 'content-type': 'application/json' },
    });
    expect(JSON.parse(put?.body ?? '')).toEqual({ CompanyId: COMPANY_A });
  });

  it("maps BokaMera's 400 to 409 conflict with its message", async () => {
    const admin = await signedIn('admin@sandbox.test');
    const response = await send(admin, COMPANY_A, SHIPPED_CHECKOUT);
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: { code: 'conflict', message: 'The checkout must have status ReadyToShip to send the payment request. Its status is Shipped.', upstream: 'bokamera', upstreamMessage: true },
    });
  });

  it('refuses the read-only role before any upstream call', async () => {
    const reader = await signedIn('reader@sandbox.test');
    expect((await send(reader, COMPANY_A, READY_CHECKOUT)).status).toBe(403);
    expect(gateway.sandbox.requests).toEqual([]);
  });

  it('refuses another company before any upstream call', async () => {
    const admin = await signedIn('admin@sandbox.test');
    expect((await send(admin, COMPANY_B, READY_CHECKOUT)).status).toBe(403);
    expect(gateway.sandbox.requests).toEqual([]);
  });

  it("passes BokaMera's 403 on", async () => {
    const admin = await signedIn('admin@sandbox.test');
    await gateway.sandbox.fault({ upstream: 'bokamera', status: 403, body: { ResponseStatus: { ErrorCode: 'Forbidden', Message: 'Invalid Role' } } });
    const response = await send(admin, COMPANY_A, READY_CHECKOUT);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: 'forbidden', message: 'Invalid Role', upstream: 'bokamera', upstreamMessage: true } });
  });

  it('never retries, even after a 5xx', async () => {
    const admin = await signedIn('admin@sandbox.test');
    await gateway.sandbox.fault({ upstream: 'bokamera', status: 500, times: 5, body: { ResponseStatus: { Message: 'Payson did not answer' } } });
    const response = await send(admin, COMPANY_A, READY_CHECKOUT);
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ error: { code: 'upstream_error', message: 'Payson did not answer', upstream: 'bokamera', upstreamMessage: true } });
    expect(gateway.sandbox.requests).toHaveLength(1);
  });

  it('answers 504 on a timeout, after exactly one PUT', async () => {
    await gateway.close();
    gateway = await startGatewayWithSandbox({ upstreamTimeoutMs: SHORT_UPSTREAM_TIMEOUT_MS });
    const admin = await signedIn('admin@sandbox.test');
    await gateway.sandbox.fault({ upstream: 'bokamera', timeout: true, times: 5 });
    const response = await send(admin, COMPANY_A, READY_CHECKOUT);
    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({ error: { code: 'upstream_timeout' } });
    expect(gateway.sandbox.requests).toHaveLength(1);
  });

  it('ends the session when BokaMera no longer accepts the token', async () => {
    const admin = await signedIn('admin@sandbox.test');
    await gateway.sandbox.fault({ upstream: 'bokamera', status: 401 });
    const response = await send(admin, COMPANY_A, READY_CHECKOUT);
    expect(response.status).toBe(401);
    expect(admin.sessionCookie).toBeUndefined();
  });

  it('needs our Origin and a JSON body', async () => {
    const admin = await signedIn('admin@sandbox.test');
    const path = `/api/companies/${COMPANY_A}/checkouts/${READY_CHECKOUT}/payment-request`;
    expect((await admin.request('POST', path, { json: {}, headers: { Origin: '' } })).status).toBe(403);
    expect((await admin.request('POST', path, { json: {}, headers: { Origin: 'https://evil.example' } })).status).toBe(403);
    expect((await admin.request('POST', path)).status).toBe(403);
    expect((await admin.request('POST', path, { json: [] })).status).toBe(400);
    expect(gateway.sandbox.requests).toEqual([]);
  });
});
