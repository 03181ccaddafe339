import { afterEach, describe, expect, it } from 'vitest';
import { COMPANY_A, COMPANY_B, FAKE_API_KEY, PASSWORD, PAYSON_MERCHANTS, READY_CHECKOUT } from './test-support/fake-data.ts';
import { startTestGateway, type TestGateway } from './test-support/test-gateway.ts';

/**
 * The request log must never carry a secret or personal data beyond ids, whatever the request and
 * however it ends. Every secret the test gateway handled is collected by value and looked for.
 */

let gateway: TestGateway;
afterEach(() => gateway.close());

type Line = Record<string, unknown>;

describe('the request log', () => {
  it('writes one line per request, on success and failure alike, and no secret or personal data', async () => {
    const lines: Line[] = [];
    gateway = await startTestGateway({}, { logger: (line) => lines.push(line as Line) });
    gateway.fakes.tokens.ttlSeconds = 20; // every call refreshes: refresh tokens pass through too
    const admin = gateway.browser();
    const reader = gateway.browser();
    const cookies: string[] = [];

    const calls: Array<() => Promise<Response>> = [
      () => admin.signIn('admin@test.se', 'wrong password'),
      () => admin.signIn('nobody@test.se'),
      () => admin.signIn('admin@test.se'),
      () => admin.get('/api/session'),
      () => admin.get('/api/companies'),
      () => admin.get(`/api/companies/${COMPANY_A}/checkouts?status=readyToShip&page=1`),
      () => admin.get(`/api/companies/${COMPANY_A}/checkouts/status-counts`),
      () => admin.get(`/api/companies/${COMPANY_A}/checkouts/${READY_CHECKOUT}`),
      () => admin.get(`/api/companies/${COMPANY_B}/checkouts`),
      () => admin.request('POST', `/api/companies/${COMPANY_A}/checkouts/${READY_CHECKOUT}/payment-request`, { json: {} }),
      () => reader.signIn('reader@test.se'),
      () => reader.request('POST', `/api/companies/${COMPANY_A}/checkouts/${READY_CHECKOUT}/payment-request`, { json: {} }),
      () => admin.get('/api/no-such-route?email=admin@test.se'),
      () => admin.request('DELETE', '/api/session'),
    ];
    for (const call of calls) {
      await call();
      for (const cookie of [admin.sessionCookie, reader.sessionCookie]) if (cookie) cookies.push(cookie);
    }

    expect(lines).toHaveLength(calls.length);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(expect.arrayContaining(['durationMs', 'method', 'path', 'status', 'time', 'user']));
      expect(String(line.path)).not.toContain('?');
    }
    expect(lines.map((line) => line.status)).toEqual([401, 401, 200, 200, 200, 200, 200, 200, 403, 200, 200, 403, 404, 204]);
    expect(lines[0]).toMatchObject({ error: 'invalid_credentials', user: 'none' });

    const secrets = [
      PASSWORD,
      'wrong password',
      FAKE_API_KEY,
      ...Object.values(PAYSON_MERCHANTS).map((merchant) => merchant.apiKey),
      ...gateway.fakes.tokens.access.keys(),
      ...gateway.fakes.tokens.refresh.keys(),
      ...gateway.fakes.requests.map((request) => new URLSearchParams(request.body).get('refresh_token')).filter((token) => token !== null),
      ...cookies,
    ];
    expect(secrets.length).toBeGreaterThan(10);
    const written = JSON.stringify(lines);
    for (const secret of secrets) expect(written).not.toContain(secret);
    // Personal data: emails and names of the signed-in users, the customers behind the checkouts.
    expect(written).not.toMatch(/@|Anna|Admin|Rolf|Åsa|Svensson|user-admin|user-reader|Bearer|Basic|eyJ/);
  });

  it('logs an unexpected failure by name and message only, never a stack', async () => {
    const lines: Line[] = [];
    gateway = await startTestGateway(
      {},
      {
        logger: (line) => lines.push(line as Line),
        control: () => {
          throw new TypeError('cannot read x');
        },
      },
    );
    await gateway.app.request('http://gateway.test/__sandbox/requests');
    expect(lines).toEqual([expect.objectContaining({ status: 500, error: 'internal', detail: 'TypeError: cannot read x' })]);
    expect(JSON.stringify(lines)).not.toMatch(/\bat \S+ \(|\.ts:\d+/);
  });
});
