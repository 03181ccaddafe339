import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_API_KEY, SANDBOX_PASSWORD } from '../../sandbox/start-sandbox.ts';
import { COMPANY_A } from '../../server/testing/gateway-test-fixture.ts';
import { SHORT_UPSTREAM_TIMEOUT_MS, startGatewayWithSandbox, type GatewayWithSandbox } from '../../server/testing/gateway-with-sandbox.ts';
import { GATEWAY_ORIGIN } from '../../server/testing/test-browser.ts';

let gateway: GatewayWithSandbox;
beforeEach(async () => {
  gateway = await startGatewayWithSandbox();
});
afterEach(() => gateway.close());

describe('POST /api/session', () => {
  it('signs an admin in with an HttpOnly SameSite=Strict cookie and no token in the body', async () => {
    const browser = gateway.browser();
    const response = await browser.signIn('admin@sandbox.test');
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({
      user: { email: 'admin@sandbox.test', name: 'Anna Lindqvist', roles: ['bookingsupplier-administrator-write'], companyId: COMPANY_A },
      failedSignInsSinceLast: 0,
    });
    const [password] = gateway.sandbox.requestsTo('identity');
    const issued = JSON.parse(password?.responseBody ?? '{}') as { access_token: string; refresh_token: string };
    expect(body).not.toMatch(/eyJ|access_token/);
    for (const secret of [issued.access_token, issued.refresh_token, SANDBOX_API_KEY]) expect(body).not.toContain(secret);
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(/^session=[\w-]{43}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Strict$/);

    expect(password?.path).toBe('/token');
    expect(new URLSearchParams(password?.body)).toEqual(
      new URLSearchParams({ grant_type: 'password', client_id: 'bm-external-api-users', username: 'admin@sandbox.test', password: SANDBOX_PASSWORD }),
    );
    const users = gateway.sandbox.requestsTo('bokamera')[0];
    expect(users).toMatchObject({ method: 'GET', path: '/users', headers: { 'x-api-key': SANDBOX_API_KEY } });
    expect(users?.headers.authorization).toMatch(/^Bearer eyJ/);
  });

  it('marks the cookie Secure when configured', async () => {
    await gateway.close();
    gateway = await startGatewayWithSandbox({ secureCookies: true });
    const response = await gateway.browser().signIn('admin@sandbox.test');
    expect(response.headers.getSetCookie()[0]).toMatch(/; Secure/);
    expect(response.headers.get('Strict-Transport-Security')).toBe('max-age=31536000; includeSubDomains');
  });

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const wrongPassword = await gateway.browser().signIn('admin@sandbox.test', 'wrong');
    const unknownEmail = await gateway.browser().signIn('nobody@sandbox.test');
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    const body = await wrongPassword.json();
    expect(body).toEqual({ error: { code: 'invalid_credentials', message: 'The email or password is incorrect.' } });
    expect(await unknownEmail.json()).toEqual(body);
    expect(wrongPassword.headers.getSetCookie()).toEqual([]);
  });

  it('refuses a user with no admin role, and revokes the tokens it got', async () => {
    const response = await gateway.browser().signIn('customer@sandbox.test');
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
    // The token names no admin role, so BokaMera is asked; it knows no administrator either.
    expect(gateway.sandbox.requestsTo('bokamera').map((request) => request.path)).toEqual(['/users']);
    expect(gateway.sandbox.requestsTo('identity').map((request) => request.path)).toEqual(['/token', '/logout']);
  });

  it('throttles repeated wrong passwords with 429 and Retry-After, without asking the identity provider', async () => {
    const browser = gateway.browser();
    for (let i = 0; i < 5; i += 1) expect((await browser.signIn('admin@sandbox.test', `guess-${i}`)).status).toBe(401);
    const throttled = await browser.signIn('admin@sandbox.test');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('Retry-After')).toBe('60');
    expect(await throttled.json()).toMatchObject({ error: { code: 'too_many_attempts' } });
    expect(gateway.sandbox.requestsTo('identity')).toHaveLength(5);
  });

  it('throttles an unknown account exactly like a known one, so the 429 tells nothing either', async () => {
    const browser = gateway.browser();
    const answers = [];
    for (const email of ['admin@sandbox.test', 'nobody@sandbox.test']) {
      for (let i = 0; i < 5; i += 1) expect((await browser.signIn(email, `guess-${i}`)).status).toBe(401);
      const throttled = await browser.signIn(email, 'one more guess');
      answers.push({ status: throttled.status, retryAfter: throttled.headers.get('Retry-After'), body: await throttled.json() });
    }
    expect(answers[0]).toEqual({
      status: 429,
      retryAfter: '60',
      body: { error: { code: 'too_many_attempts', message: 'Too many failed sign-in attempts. Please wait and try again.' } },
    });
    expect(answers[1]).toEqual(answers[0]);
  });

  it('rejects a malformed body with 400', async () => {
    const response = await gateway.browser().request('POST', '/api/session', { json: { email: 'admin@sandbox.test' } });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'bad_request' } });
  });

  it('refuses a sign-in without our Origin (CSRF) before reading it', async () => {
    const response = await gateway.app.request(`${GATEWAY_ORIGIN}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@sandbox.test', password: SANDBOX_PASSWORD }),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect(gateway.sandbox.requests).toEqual([]);
  });

  it('answers 504 when the identity provider is too slow', async () => {
    await gateway.close();
    gateway = await startGatewayWithSandbox({ upstreamTimeoutMs: SHORT_UPSTREAM_TIMEOUT_MS });
    await gateway.sandbox.fault({ upstream: 'identity', timeout: true });
    const response = await gateway.browser().signIn('admin@sandbox.test');
    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({ error: { code: 'upstream_timeout' } });
  });
});

describe('GET /api/session', () => {
  it('returns the signed-in user', async () => {
    const browser = gateway.browser();
    await browser.signIn('superadmin@sandbox.test');
    const response = await browser.get('/api/session');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ user: { email: 'superadmin@sandbox.test', roles: ['superadmin'] } });
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });

  it('answers a null user without a session or with an unknown one', async () => {
    const browser = gateway.browser();
    const missing = await browser.get('/api/session');
    expect(missing.status).toBe(200);
    expect(await missing.json()).toEqual({ user: null });
    expect(missing.headers.get('Cache-Control')).toBe('no-store');
    browser.sessionCookie = 'forged';
    const response = await browser.get('/api/session');
    expect(await response.json()).toEqual({ user: null });
    expect(response.headers.getSetCookie()[0]).toMatch(/^session=; Max-Age=0/);
  });

  it('refreshes an access token that expires within 30 s, and keeps using the new one', async () => {
    await gateway.sandbox.setTokenLifetime(20);
    const browser = gateway.browser();
    await browser.signIn('admin@sandbox.test');
    await gateway.sandbox.setTokenLifetime(300);
    expect((await browser.get(`/api/companies/${COMPANY_A}/checkouts`)).status).toBe(200);
    expect((await browser.get(`/api/companies/${COMPANY_A}/checkouts`)).status).toBe(200);

    const grants = gateway.sandbox.requestsTo('identity').map((request) => new URLSearchParams(request.body).get('grant_type'));
    expect(grants).toEqual(['password', 'refresh_token']);
    const [, apiSettings] = gateway.sandbox.requestsTo('bokamera');
    const refreshed = gateway.sandbox.requestsTo('identity')[1];
    const refreshedToken = (JSON.parse(refreshed?.responseBody ?? '{}') as { access_token?: string }).access_token;
    expect(refreshedToken).toMatch(/^eyJ/);
    expect(apiSettings?.headers.authorization).toBe(`Bearer ${refreshedToken}`);
  });

  it('ends the session when the identity provider refuses the refresh', async () => {
    await gateway.sandbox.setTokenLifetime(10);
    const browser = gateway.browser();
    await browser.signIn('admin@sandbox.test');
    // Keycloak's answer to a refresh token it no longer knows.
    await gateway.sandbox.fault({ upstream: 'identity', path: '/token', status: 400 });
    const response = await browser.get('/api/session');
    expect(await response.json()).toEqual({ user: null });
    expect((await browser.get(`/api/companies/${COMPANY_A}/checkouts`)).status).toBe(401);
    expect(browser.sessionCookie).toBeUndefined();
    expect(gateway.sandbox.requestsTo('identity')).toHaveLength(2);
  });
});

describe('DELETE /api/session', () => {
  it('signs out upstream and locally', async () => {
    const browser = gateway.browser();
    await browser.signIn('admin@sandbox.test');
    const cookie = browser.sessionCookie;
    const response = await browser.request('DELETE', '/api/session');
    expect(response.status).toBe(204);
    expect(browser.sessionCookie).toBeUndefined();

    const logout = gateway.sandbox.requestsTo('identity').at(-1);
    expect(logout?.path).toBe('/logout');
    expect(logout?.headers.authorization).toMatch(/^Bearer /);
    const issued = JSON.parse(gateway.sandbox.requestsTo('identity')[0]?.responseBody ?? '{}') as { refresh_token?: string };
    expect(new URLSearchParams(logout?.body).get('refresh_token')).toBe(issued.refresh_token);

    browser.sessionCookie = cookie;
    expect(await (await browser.get('/api/session')).json()).toEqual({ user: null });
  });

  it('still signs out locally when the identity provider is down', async () => {
    const browser = gateway.browser();
    await browser.signIn('admin@sandbox.test');
    await gateway.sandbox.fault({ upstream: 'identity', status: 503, times: 5 });
    expect((await browser.request('DELETE', '/api/session')).status).toBe(204);
    expect(await (await browser.get('/api/session')).json()).toEqual({ user: null });
  });

  it('needs our Origin', async () => {
    const browser = gateway.browser();
    await browser.signIn('admin@sandbox.test');
    const response = await browser.request('DELETE', '/api/session', { headers: { Origin: 'https://evil.example' } });
    expect(response.status).toBe(403);
    expect((await browser.get('/api/session')).status).toBe(200);
  });
});
