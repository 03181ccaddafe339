import { afterEach, describe, expect, it } from 'vitest';
import { SANDBOX_ACCOUNTS, SANDBOX_API_KEY, SANDBOX_PASSWORD } from '../sandbox/start-sandbox.ts';
import { COMPANY_A, COMPANY_B, READY_CHECKOUT } from '../server/testing/gateway-test-fixture.ts';
import { startGatewayWithSandbox, type GatewayWithSandbox } from '../server/testing/gateway-with-sandbox.ts';

/**
 * The request log must never carry a secret or personal data beyond ids, whatever the request and
 * however it ends. Every secret the test gateway handled is collected by value and looked for.
 */

let gateway: GatewayWithSandbox;
afterEach(() => gateway.close());

type Line = Record<string, unknown>;

describe('the request log', () => {
  it('writes one line per request, on success and failure alike, and no secret or personal data', async () => {
    const lines: Line[] = [];
    gateway = await startGatewayWithSandbox({}, { logger: (line) => lines.push(line as Line) });
    await gateway.sandbox.setTokenLifetime(20); // every call refreshes: refresh tokens pass through too
    const admin = gateway.browser();
    const reader = gateway.browser();
    const cookies: string[] = [];

    const calls: Array<() => Promise<Response>> = [
      () => admin.signIn('admin@sandbox.test', 'wrong password'),
      () => admin.signIn('nobody@sandbox.test'),
      () => admin.signIn('admin@sandbox.test'),
      () => admin.get('/api/session'),
      () => admin.get('/api/companies'),
      () => admin.get(`/api/companies/${COMPANY_A}/checkouts?status=readyToShip&page=1`),
      () => admin.get(`/api/companies/${COMPANY_A}/checkouts/status-counts`),
      () => admin.get(`/api/companies/${COMPANY_A}/checkouts/${READY_CHECKOUT}`),
      () => admin.get(`/api/companies/${COMPANY_B}/checkouts`),
      () => admin.request('POST', `/api/companies/${COMPANY_A}/checkouts/${READY_CHECKOUT}/payment-request`, { json: {} }),
      () => reader.signIn('reader@sandbox.test'),
      () => reader.request('POST', `/api/companies/${COMPANY_A}/checkouts/${READY_CHECKOUT}/payment-request`, { json: {} }),
      () => admin.get('/api/no-such-route?email=admin@sandbox.test'),
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

    // Every token the identity provider issued, as it answered on the wire.
    const issued = gateway.sandbox
      .requestsTo('identity')
      .filter((request) => request.path === '/token' && request.status === 200)
      .flatMap((request) => {
        const tokens = JSON.parse(request.responseBody) as { access_token: string; refresh_token: string };
        return [tokens.access_token, tokens.refresh_token];
      });
    const paysonKeys = [COMPANY_A, COMPANY_B].map(
      (companyId) => Buffer.from(gateway.sandbox.paysonAuthorization(companyId).slice(6), 'base64').toString().split(':')[1] ?? '',
    );
    const secrets = [
      SANDBOX_PASSWORD,
      'wrong password',
      SANDBOX_API_KEY,
      ...paysonKeys,
      ...issued,
      ...gateway.sandbox.requests.map((request) => new URLSearchParams(request.body).get('refresh_token')).filter((token) => token !== null),
      ...cookies,
    ];
    expect(secrets.length).toBeGreaterThan(10);
    const written = JSON.stringify(lines);
    for (const secret of secrets) expect(written).not.toContain(secret);
    // Personal data: emails and names of the signed-in users, the customers behind the checkouts.
    const [adminAccount, readerAccount] = SANDBOX_ACCOUNTS;
    expect(written).not.toMatch(/@|Anna|Lindqvist|Erik|Johansson|Åsa|Svensson|Bearer|Basic|eyJ/);
    for (const userId of [adminAccount?.userId, readerAccount?.userId]) expect(written).not.toContain(userId);
  });

  it('logs an unexpected failure by name and message only, never a stack', async () => {
    const lines: Line[] = [];
    gateway = await startGatewayWithSandbox(
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
