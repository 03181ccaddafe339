import { afterEach, describe, expect, it } from 'vitest';
import { COMPANY_A } from '../../server/testing/gateway-test-fixture.ts';
import { startGatewayWithSandbox, type GatewayWithSandbox } from '../../server/testing/gateway-with-sandbox.ts';

let gateway: GatewayWithSandbox;
afterEach(() => gateway.close());

describe('the session cookie', () => {
  it('is __Host-session behind HTTPS: Secure, Path=/, no Domain', async () => {
    gateway = await startGatewayWithSandbox({ secureCookies: true });
    const browser = gateway.browser();
    const response = await browser.signIn('admin@sandbox.test');
    expect(response.headers.getSetCookie()[0]).toMatch(/^__Host-session=[\w-]{43}; Max-Age=43200; Path=\/; HttpOnly; Secure; SameSite=Strict$/);
    expect((await browser.get(`/api/companies/${COMPANY_A}/checkouts`)).status).toBe(200);
    // A plain `session` cookie (planted over HTTP or by a sibling subdomain) is not ours.
    const planted = await browser.request('GET', '/api/session', { headers: { Cookie: `session=${browser.sessionCookie}` } });
    expect(await planted.json()).toEqual({ user: null });
  });

  it('refuses a request carrying two session cookies instead of serving the first', async () => {
    gateway = await startGatewayWithSandbox();
    const victim = gateway.browser();
    await victim.signIn('admin@sandbox.test');
    const attacker = gateway.browser();
    await attacker.signIn('other-admin@sandbox.test');
    const both = { Cookie: `session=${attacker.sessionCookie}; session=${victim.sessionCookie}` };

    for (const path of ['/api/session', `/api/companies/${COMPANY_A}/checkouts`]) {
      const response = await victim.request('GET', path, { headers: both });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'ambiguous_session' } });
    }
    expect((await victim.get(`/api/companies/${COMPANY_A}/checkouts`)).status).toBe(200);
  });
});
