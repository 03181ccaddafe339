import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { IDENTITY_CLIENT_ID } from './identity.ts';
import type { RunningSandbox } from './start-sandbox.ts';
import { addFault, control, formPost, passwordGrant, signIn, startTestSandbox } from './test-support.ts';

/**
 * The gateway's fault matrix drives the identity provider's three calls (sign-in, refresh, logout)
 * through these controls, so each must reach all three, and the token lifetime must be adjustable.
 */

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await control(sandbox, '/reset', { method: 'POST' });
});

const refresh = (refreshToken: string) =>
  fetch(`${sandbox.urls.identity}/token`, formPost({ grant_type: 'refresh_token', client_id: IDENTITY_CLIENT_ID, refresh_token: refreshToken }));
const logout = (refreshToken: string) =>
  fetch(`${sandbox.urls.identity}/logout`, formPost({ client_id: IDENTITY_CLIENT_ID, refresh_token: refreshToken }));
const lastLogged = async () => ((await (await control(sandbox, '/requests')).json()) as { requests: { path: string; status: number }[] }).requests.at(-1);

describe('identity faults', () => {
  it('hit the token endpoint for a refresh as for a sign-in, in Keycloak’s error shape', async () => {
    const { refresh_token: refreshToken } = await signIn(sandbox, 'admin@sandbox.test');
    await addFault(sandbox, { upstream: 'identity', status: 429, path: '/token' });
    const refused = await refresh(String(refreshToken));
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: 'invalid_request' });
    // The fault answered instead of Keycloak: the refresh token was not used up.
    expect((await refresh(String(refreshToken))).status).toBe(200);
  });

  it('hit logout, and leave the session open when they do', async () => {
    const { refresh_token: refreshToken } = await signIn(sandbox, 'admin@sandbox.test');
    await addFault(sandbox, { upstream: 'identity', status: 500, path: '/logout' });
    expect((await logout(String(refreshToken))).status).toBe(500);
    expect((await logout(String(refreshToken))).status).toBe(204);
  });

  it('drop a sign-in', async () => {
    await addFault(sandbox, { upstream: 'identity', drop: true });
    await expect(passwordGrant(sandbox, 'admin@sandbox.test')).rejects.toThrow();
    expect(await lastLogged()).toMatchObject({ path: '/token', status: 0 });
  });
});

describe('a timeout fault', () => {
  it('hangs until the caller gives up, and never acts on the call', async () => {
    const { refresh_token: refreshToken } = await signIn(sandbox, 'admin@sandbox.test');
    await addFault(sandbox, { upstream: 'identity', timeout: true });
    // It is the caller's own timeout that ends the call: no answer and no dropped connection came first.
    await expect(
      fetch(`${sandbox.urls.identity}/token`, {
        ...formPost({ grant_type: 'refresh_token', client_id: IDENTITY_CLIENT_ID, refresh_token: String(refreshToken) }),
        signal: AbortSignal.timeout(300),
      }),
    ).rejects.toMatchObject({ name: 'TimeoutError' });
    await expect.poll(lastLogged).toMatchObject({ path: '/token', status: 0 });
    // A hung Keycloak never rotated the refresh token, so it still works.
    expect((await refresh(String(refreshToken))).status).toBe(200);
  });
});

describe('the token lifetime control', () => {
  it('sets the lifetime of tokens issued from now on, until a reset', async () => {
    const set = await control(sandbox, '/tokens', { method: 'POST', body: JSON.stringify({ ttlSeconds: 20 }) });
    expect(await set.json()).toEqual({ ttlSeconds: 20 });
    const short = await signIn(sandbox, 'admin@sandbox.test');
    expect(short.expires_in).toBe(20);
    expect(((await (await refresh(String(short.refresh_token))).json()) as { expires_in: number }).expires_in).toBe(20);

    await control(sandbox, '/reset', { method: 'POST' });
    expect((await signIn(sandbox, 'admin@sandbox.test')).expires_in).toBe(300);
  });

  it('refuses a lifetime too short to use, or not a number', async () => {
    for (const body of [{ ttlSeconds: 0 }, { ttlSeconds: 4 }, { ttlSeconds: '20' }, {}]) {
      expect((await control(sandbox, '/tokens', { method: 'POST', body: JSON.stringify(body) })).status).toBe(400);
    }
  });
});
