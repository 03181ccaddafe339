import { afterEach, describe, expect, it } from 'vitest';
import { COMPANY_A } from '../../server/testing/gateway-test-fixture.ts';
import { startGatewayWithSandbox, type GatewayWithSandbox } from '../../server/testing/gateway-with-sandbox.ts';

/**
 * The store's own tests prove the arithmetic; these prove the gateway wires the configured minutes
 * and hours into it, and that an ended session is refused and its cookie cleared on every route.
 */

const MINUTE = 60_000;
let gateway: GatewayWithSandbox;
afterEach(() => gateway.close());

async function signedIn(config: { sessionIdleMinutes?: number; sessionAbsoluteHours?: number }) {
  const clock = { now: Date.now() };
  gateway = await startGatewayWithSandbox(config, { now: () => clock.now });
  const browser = gateway.browser();
  expect((await browser.signIn('admin@sandbox.test')).status).toBe(200);
  return { clock, browser };
}

describe('session lifetime', () => {
  it('ends a session left idle for the configured minutes', async () => {
    const { clock, browser } = await signedIn({ sessionIdleMinutes: 5 });
    clock.now += 4 * MINUTE;
    expect((await browser.get(`/api/companies/${COMPANY_A}/checkouts`)).status).toBe(200);
    clock.now += 5 * MINUTE;
    const response = await browser.get(`/api/companies/${COMPANY_A}/checkouts`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    expect(browser.sessionCookie).toBeUndefined();
  });

  it('ends a busy session at the configured absolute lifetime', async () => {
    const { clock, browser } = await signedIn({ sessionIdleMinutes: 30, sessionAbsoluteHours: 1 });
    for (let elapsed = 0; elapsed < 50; elapsed += 25) {
      clock.now += 25 * MINUTE;
      expect((await browser.get('/api/session')).status).toBe(200);
      expect(await (await browser.get('/api/session')).json()).toMatchObject({ user: { email: 'admin@sandbox.test' } });
    }
    clock.now += 10 * MINUTE;
    expect(await (await browser.get('/api/session')).json()).toEqual({ user: null });
    expect((await browser.get('/api/companies')).status).toBe(401);
  });

  it('lets the cookie itself expire no later than the absolute lifetime', async () => {
    gateway = await startGatewayWithSandbox({ sessionAbsoluteHours: 2 });
    const response = await gateway.browser().signIn('admin@sandbox.test');
    expect(response.headers.getSetCookie()[0]).toMatch(/Max-Age=7200;/);
  });
});
