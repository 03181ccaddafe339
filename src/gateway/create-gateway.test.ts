import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SANDBOX_ACCOUNTS, SANDBOX_API_KEY, SANDBOX_PASSWORD } from '../sandbox/start-sandbox.ts';
import { COMPANY_A } from '../server/testing/gateway-test-fixture.ts';
import { startGatewayWithSandbox, type GatewayWithSandbox } from '../server/testing/gateway-with-sandbox.ts';
import { GATEWAY_ORIGIN } from '../server/testing/test-browser.ts';

let gateway: GatewayWithSandbox | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
});

function builtSpa(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-spa-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Payson checkouts</title><script src="/assets/app-3f9a.js"></script>');
  writeFileSync(join(dir, 'assets', 'app-3f9a.js'), 'console.log(1)');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

describe('createGateway', () => {
  it('puts the security headers on every response', async () => {
    gateway = await startGatewayWithSandbox({ embedUrls: ['https://test-www.payson.se/embedded/checkout', 'https://www.payson.se/embedded/checkout'] });
    for (const path of ['/api/config', '/api/nothing-here', '/not-served']) {
      const response = await gateway.app.request(`${GATEWAY_ORIGIN}${path}`);
      expect(response.headers.get('Content-Security-Policy'), path).toBe(
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
          'frame-src https://test-www.payson.se https://www.payson.se; ' +
          "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'; " +
          "require-trusted-types-for 'script'; trusted-types payson-snippet-inert",
      );
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
      expect(response.headers.get('Permissions-Policy')).toBe('camera=(), microphone=(), geolocation=(), payment=(), usb=()');
      expect(response.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
      expect(response.headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
      expect(response.headers.get('X-Frame-Options')).toBe('DENY');
      // Plain-http test configuration: no HSTS.
      expect(response.headers.get('Strict-Transport-Security')).toBeNull();
    }
  });

  it('tells the SPA the embed allow-list without a session', async () => {
    gateway = await startGatewayWithSandbox();
    const response = await gateway.app.request(`${GATEWAY_ORIGIN}/api/config`);
    expect(await response.json()).toEqual({
      embedUrls: [gateway.sandbox.running.urls.embed],
      paysonTimeZone: 'Europe/Stockholm',
      companyTimeZone: 'Europe/Stockholm',
    });
  });

  it('answers unknown /api routes with a JSON 404', async () => {
    gateway = await startGatewayWithSandbox();
    for (const [method, path] of [['GET', '/api/unknown'], ['PUT', `/api/companies/${COMPANY_A}/checkouts`]] as const) {
      const response = await gateway.app.request(`${GATEWAY_ORIGIN}${path}`, {
        method,
        headers: { Origin: GATEWAY_ORIGIN, 'Content-Type': 'application/json' },
        body: method === 'GET' ? undefined : '{}',
      });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: 'not_found', message: 'Not found.' } });
    }
  });

  it('refuses a large body before reading it', async () => {
    gateway = await startGatewayWithSandbox();
    const response = await gateway.browser().request('POST', '/api/session', { json: { email: 'a@b.se', password: 'x'.repeat(20_000) } });
    expect(response.status).toBe(413);
    expect(gateway.sandbox.requests).toEqual([]);
  });

  it('mounts the sandbox control only when given, and never leaks a stack trace', async () => {
    gateway = await startGatewayWithSandbox({}, { staticDir: builtSpa() });
    for (const method of ['GET', 'POST']) {
      const absent = await gateway.app.request(`${GATEWAY_ORIGIN}/__sandbox/requests`, { method });
      expect(absent.status, `${method}: not index.html either`).toBe(404);
      expect(absent.headers.get('Content-Type')).toMatch(/json/);
    }
    await gateway.close();

    const lines: object[] = [];
    gateway = await startGatewayWithSandbox(
      {},
      {
        control: async (request) => {
          if (request.method === 'POST') throw new Error('boom in /srv/sandbox/faults.ts');
          return Response.json({ requests: [] });
        },
        logger: (line) => lines.push(line),
      },
    );
    const listed = await gateway.app.request(`${GATEWAY_ORIGIN}/__sandbox/requests`);
    expect(await listed.json()).toEqual({ requests: [] });
    expect(listed.headers.get('X-Frame-Options')).toBe('DENY');

    const failed = await gateway.app.request(`${GATEWAY_ORIGIN}/__sandbox/reset`, { method: 'POST' });
    expect(failed.status).toBe(500);
    const body = await failed.text();
    expect(JSON.parse(body)).toMatchObject({ error: { code: 'internal' } });
    expect(body).not.toMatch(/boom|\/srv|at /);
    expect(lines.at(-1)).toMatchObject({ method: 'POST', path: '/__sandbox/reset', status: 500, error: 'internal', detail: 'Error: boom in /srv/sandbox/faults.ts' });
  });

  it('logs one line per request with a pseudonym, no query values and no secrets', async () => {
    const lines: Array<Record<string, unknown>> = [];
    gateway = await startGatewayWithSandbox({}, { logger: (line) => lines.push(line as Record<string, unknown>) });
    const browser = gateway.browser();
    await browser.signIn('admin@sandbox.test');
    const response = await browser.get(`/api/companies/${COMPANY_A}/checkouts?status=readyToShip&page=2`);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toEqual({
      time: expect.any(String),
      method: 'GET',
      path: `/api/companies/${COMPANY_A}/checkouts`,
      status: 200,
      durationMs: expect.any(Number),
      user: expect.stringMatching(/^[0-9a-f]{16}$/),
      client: 'unknown', // app.request has no socket
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    // Support can find the log line of the request a person quotes from the response header.
    expect(response.headers.get('X-Request-Id')).toBe(lines[1]?.requestId);
    expect(lines[0]?.requestId).not.toBe(lines[1]?.requestId);
    expect(lines[0]?.user).toBe(lines[1]?.user);
    const written = JSON.stringify(lines);
    expect(written).not.toMatch(/admin@sandbox\.test|Bearer|Basic|eyJ/);
    const issued = JSON.parse(gateway.sandbox.requestsTo('identity')[0]?.responseBody ?? '{}') as { refresh_token?: string };
    const paysonKey = Buffer.from(gateway.sandbox.paysonAuthorization(COMPANY_A).slice(6), 'base64').toString().split(':')[1];
    for (const secret of [SANDBOX_PASSWORD, SANDBOX_API_KEY, issued.refresh_token, paysonKey, SANDBOX_ACCOUNTS[0]?.userId]) {
      expect(secret).toBeTruthy();
      expect(written).not.toContain(secret);
    }
  });

  describe('serving the built SPA', () => {
    it('serves hashed assets with long immutable caching', async () => {
      gateway = await startGatewayWithSandbox({}, { staticDir: builtSpa() });
      const response = await gateway.app.request(`${GATEWAY_ORIGIN}/assets/app-3f9a.js`);
      expect(response.status).toBe(200);
      expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('Content-Type')).toMatch(/javascript/);
      expect((await gateway.app.request(`${GATEWAY_ORIGIN}/assets/app-0000.js`)).status).toBe(404);
    });

    it('answers client-side routes with index.html, never cached', async () => {
      gateway = await startGatewayWithSandbox({}, { staticDir: builtSpa() });
      for (const path of ['/', '/sign-in?returnTo=%2F', `/companies/${COMPANY_A}/checkouts/x`]) {
        const response = await gateway.app.request(`${GATEWAY_ORIGIN}${path}`);
        expect(response.status, path).toBe(200);
        expect(response.headers.get('Cache-Control'), path).toBe('no-store');
        expect(await response.text()).toContain('<title>Payson checkouts</title>');
        expect(response.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
      }
    });

    it('serves other build files, revalidated, and keeps /api out of the fallback', async () => {
      gateway = await startGatewayWithSandbox({}, { staticDir: builtSpa() });
      const icon = await gateway.app.request(`${GATEWAY_ORIGIN}/favicon.svg`);
      expect(icon.headers.get('Cache-Control')).toBe('no-cache');
      const api = await gateway.app.request(`${GATEWAY_ORIGIN}/api/nope`);
      expect(api.status).toBe(404);
      expect(api.headers.get('Content-Type')).toMatch(/json/);
    });
  });
});
