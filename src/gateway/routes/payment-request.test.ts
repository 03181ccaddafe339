import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMPANY_A, COMPANY_B, READY_CHECKOUT, SHIPPED_CHECKOUT } from '../test-support/fake-data.ts';
import { delay } from '../test-support/fake-upstreams.ts';
import { startTestGateway, type TestBrowser, type TestGateway } from '../test-support/test-gateway.ts';

let gateway: TestGateway;
beforeEach(async () => {
  gateway = await startTestGateway();
});
afterEach(() => gateway.close());

async function signedIn(email: string): Promise<TestBrowser> {
  const browser = gateway.browser();
  await browser.signIn(email);
  gateway.fakes.requests.length = 0;
  return browser;
}

const send = (browser: TestBrowser, companyId: string, checkoutId: string) =>
  browser.request('POST', `/api/companies/${companyId}/checkouts/${checkoutId}/payment-request`, { json: {} });

describe('POST /api/companies/:companyId/checkouts/:checkoutId/payment-request', () => {
  it("sends exactly one PUT with {CompanyId} and answers BokaMera's response", async () => {
    const admin = await signedIn('admin@test.se');
    const response = await send(admin, COMPANY_A, READY_CHECKOUT);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ Id: READY_CHECKOUT, Snippet: '<div id="paysonContainer"></div>', Status: 'readyToShip' });

    expect(gateway.fakes.requests).toHaveLength(1);
    const [put] = gateway.fakes.requests;
    expect(put).toMatchObject({
      upstream: 'bokamera',
      method: 'PUT',
      path: `/payment/payson/v2/checkout/${READY_CHECKOUT}/sendpaymentrequest`,
      headers: { 'x-api-key': 'test-api-key', 'content-type': 'application/json' },
    });
    expect(JSON.parse(put?.body ?? '')).toEqual({ CompanyId: COMPANY_A });
  });

  it("maps BokaMera's 400 to 409 conflict with its message", async () => {
    const admin = await signedIn('admin@test.se');
    const response = await send(admin, COMPANY_A, SHIPPED_CHECKOUT);
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: { code: 'conflict', message: 'The checkout must have status ReadyToShip', upstream: 'bokamera', upstreamMessage: true },
    });
  });

  it('refuses the read-only role before any upstream call', async () => {
    const reader = await signedIn('reader@test.se');
    expect((await send(reader, COMPANY_A, READY_CHECKOUT)).status).toBe(403);
    expect(gateway.fakes.requests).toEqual([]);
  });

  it('refuses another company before any upstream call', async () => {
    const admin = await signedIn('admin@test.se');
    expect((await send(admin, COMPANY_B, READY_CHECKOUT)).status).toBe(403);
    expect(gateway.fakes.requests).toEqual([]);
  });

  it("passes BokaMera's 403 on", async () => {
    const admin = await signedIn('admin@test.se');
    gateway.fakes.override(() => Response.json({ ResponseStatus: { ErrorCode: 'Forbidden', Message: 'Invalid Role' } }, { status: 403 }));
    const response = await send(admin, COMPANY_A, READY_CHECKOUT);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: 'forbidden', message: 'Invalid Role', upstream: 'bokamera', upstreamMessage: true } });
  });

  it('never retries, even after a 5xx', async () => {
    const admin = await signedIn('admin@test.se');
    gateway.fakes.override(() => Response.json({ ResponseStatus: { Message: 'Payson did not answer' } }, { status: 500 }));
    const response = await send(admin, COMPANY_A, READY_CHECKOUT);
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ error: { code: 'upstream_error', message: 'Payson did not answer', upstream: 'bokamera', upstreamMessage: true } });
    expect(gateway.fakes.requests).toHaveLength(1);
  });

  it('answers 504 quickly on a timeout, after exactly one PUT', async () => {
    const admin = await signedIn('admin@test.se');
    gateway.fakes.override(() => delay(3000).then(() => new Response('{}')));
    const started = performance.now();
    const response = await send(admin, COMPANY_A, READY_CHECKOUT);
    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({ error: { code: 'upstream_timeout' } });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(gateway.fakes.requests).toHaveLength(1);
  });

  it('ends the session when BokaMera no longer accepts the token', async () => {
    const admin = await signedIn('admin@test.se');
    gateway.fakes.tokens.access.clear();
    const response = await send(admin, COMPANY_A, READY_CHECKOUT);
    expect(response.status).toBe(401);
    expect(admin.sessionCookie).toBeUndefined();
  });

  it('needs our Origin and a JSON body', async () => {
    const admin = await signedIn('admin@test.se');
    const path = `/api/companies/${COMPANY_A}/checkouts/${READY_CHECKOUT}/payment-request`;
    expect((await admin.request('POST', path, { json: {}, headers: { Origin: '' } })).status).toBe(403);
    expect((await admin.request('POST', path, { json: {}, headers: { Origin: 'https://evil.example' } })).status).toBe(403);
    expect((await admin.request('POST', path)).status).toBe(403);
    expect((await admin.request('POST', path, { json: [] })).status).toBe(400);
    expect(gateway.fakes.requests).toEqual([]);
  });
});
