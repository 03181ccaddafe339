import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../contract/roles.ts';
import { gatewayConfigFromUrls } from '../gateway/config.ts';
import { sharedTestDatabase } from '../gateway/db/testing/test-databases.ts';
import { createGateway } from '../gateway/create-gateway.ts';
import { SANDBOX_API_KEY, SANDBOX_PASSWORD } from '../sandbox/accounts.ts';
import type { TokenRoles } from '../sandbox/options.ts';
import type { RunningSandbox } from '../sandbox/start-sandbox.ts';
import { startTestSandbox } from '../sandbox/test-support.ts';

/**
 * Sign-in's roles, the gateway on the sandbox: from the token when it carries them, otherwise from
 * BokaMera itself (SANDBOX_TOKEN_ROLES=none), with the same answers either way.
 */

const ORIGIN = 'http://gateway.test';

interface Wired {
  sandbox: RunningSandbox;
  gateway: ReturnType<typeof createGateway>;
}

async function wire(tokenRoles: TokenRoles): Promise<Wired> {
  const sandbox = await startTestSandbox({ tokenRoles });
  const config = {
    ...gatewayConfigFromUrls(sandbox.urls, SANDBOX_API_KEY, { PUBLIC_ORIGIN: ORIGIN, INDEX: 'off' }),
    upstreamTimeoutMs: 1000,
    sessionSecret: randomBytes(32).toString('base64url'),
  };
  const gateway = createGateway(config, { database: await sharedTestDatabase() });
  return { sandbox, gateway };
}

const control = (wired: Wired, path: string, init: RequestInit = {}) =>
  wired.sandbox.control(new Request(`${wired.sandbox.origin}/__sandbox${path}`, init), '127.0.0.1');

async function upstreamPaths(wired: Wired, upstream: string): Promise<string[]> {
  const { requests } = (await (await control(wired, '/requests')).json()) as { requests: { upstream: string; path: string }[] };
  return requests.filter((entry) => entry.upstream === upstream).map((entry) => entry.path.split('?')[0] ?? '');
}
const bokameraPaths = (wired: Wired) => upstreamPaths(wired, 'bokamera');

async function addFault(wired: Wired, fault: Record<string, unknown>): Promise<void> {
  const response = await control(wired, '/faults', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ upstream: 'bokamera', ...fault }),
  });
  expect(response.status).toBe(201);
}

async function signIn(wired: Wired, email: string): Promise<{ status: number; body: unknown; cookie: string | undefined }> {
  const response = await wired.gateway.request(`${ORIGIN}/api/session`, {
    method: 'POST',
    headers: { Origin: ORIGIN, 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: SANDBOX_PASSWORD }),
  });
  const cookie = /^session=([^;]+)/.exec(response.headers.getSetCookie()[0] ?? '')?.[1];
  return { status: response.status, body: await response.json(), cookie };
}

const ROLE_OF = { admin: ROLES.write, reader: ROLES.read, superadmin: ROLES.superadmin } as const;

for (const tokenRoles of ['realm_access', 'none'] as const) {
  describe(`sign-in with SANDBOX_TOKEN_ROLES=${tokenRoles}`, () => {
    let wired: Wired;
    beforeAll(async () => {
      wired = await wire(tokenRoles);
    });
    afterAll(() => wired.sandbox.close());
    afterEach(async () => {
      await control(wired, '/reset', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    });

    it('gives each sandbox administrator the role BokaMera keeps for them', async () => {
      for (const [who, role] of Object.entries(ROLE_OF)) {
        const { status, body } = await signIn(wired, `${who}@sandbox.test`);
        expect(status, who).toBe(200);
        expect(body).toMatchObject({ user: { email: `${who}@sandbox.test`, roles: [role] } });
      }
    });

    it(
      tokenRoles === 'none'
        ? 'asks BokaMera for the roles: its own administrator record'
        : 'takes the roles from the token and does not ask BokaMera for them',
      async () => {
        await signIn(wired, 'reader@sandbox.test');
        const paths = await bokameraPaths(wired);
        expect(paths).toEqual(tokenRoles === 'none' ? ['/users', '/administrators'] : ['/users']);
      },
    );

    it('refuses a booking customer with 403 forbidden', async () => {
      const { status, body, cookie } = await signIn(wired, 'customer@sandbox.test');
      expect(status).toBe(403);
      expect(body).toMatchObject({ error: { code: 'forbidden' } });
      expect(cookie).toBeUndefined();
    });
  });
}

describe('BokaMera failing during the role lookup', () => {
  let wired: Wired;
  beforeAll(async () => {
    wired = await wire('none');
  });
  afterAll(() => wired.sandbox.close());
  afterEach(async () => {
    await control(wired, '/reset', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  });

  it('answers a clean 502 and no session when BokaMera fails', async () => {
    await addFault(wired, { status: 500, path: '/administrators', times: 5 });
    const { status, body, cookie } = await signIn(wired, 'admin@sandbox.test');
    expect(status).toBe(502);
    expect(body).toEqual({ error: { code: 'upstream_error', message: 'Internal Server Error', upstream: 'bokamera', upstreamMessage: true } });
    expect(cookie).toBeUndefined();
    // The tokens just issued do not stay alive upstream.
    expect(await upstreamPaths(wired, 'identity')).toEqual(['/token', '/logout']);
  });

  it('refuses with 403 when BokaMera refuses the role lookup (no administrator role there)', async () => {
    await addFault(wired, { status: 403, path: '/administrators' });
    const { status, body } = await signIn(wired, 'admin@sandbox.test');
    expect(status).toBe(403);
    expect(body).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('keeps BokaMera the authority after sign-in: its 403 on a later call is shown as such', async () => {
    const { cookie, body } = await signIn(wired, 'reader@sandbox.test');
    const { companyId } = (body as { user: { companyId: string } }).user;
    await addFault(wired, { status: 403, path: '/payment/payson/apisettings', times: 5 });
    const response = await wired.gateway.request(`${ORIGIN}/api/companies/${companyId}/checkouts`, {
      headers: { Cookie: `session=${cookie}` },
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
  });
});
