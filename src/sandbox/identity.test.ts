import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessTokenClaimsSchema, tokenResponseSchema } from '../contract/identity.ts';
import { ROLES } from '../contract/roles.ts';
import { IDENTITY_CLIENT_ID } from './identity.ts';
import type { RunningSandbox } from './start-sandbox.ts';
import { bokamera, formPost, manualClock, passwordGrant, signIn, startTestSandbox } from './test-support.ts';

const clock = manualClock();
let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox({ tokenTtlSeconds: 120 }, clock);
});
afterAll(() => sandbox.close());

const token = (params: Record<string, string>) =>
  fetch(`${sandbox.urls.identity}/token`, formPost({ client_id: IDENTITY_CLIENT_ID, ...params }));
const logout = (params: Record<string, string>) =>
  fetch(`${sandbox.urls.identity}/logout`, formPost({ client_id: IDENTITY_CLIENT_ID, ...params }));
const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));

describe('the password grant', () => {
  it('answers Keycloak’s token response with an HS256 JWT carrying the user and roles', async () => {
    const response = await passwordGrant(sandbox, 'Admin@Sandbox.test');
    expect(response.status).toBe(200);
    const body = tokenResponseSchema.parse(await response.json());
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 120, refresh_expires_in: 1800 });
    const [header] = body.access_token.split('.');
    expect(JSON.parse(Buffer.from(header ?? '', 'base64url').toString('utf8'))).toEqual({ alg: 'HS256', typ: 'JWT' });
    const claims = claimsOf(body.access_token);
    expect(accessTokenClaimsSchema.parse(claims)).toEqual({
      sub: '3f1c9a52-7a0e-4c6b-9d2f-1a8e5b7c4d01',
      email: 'admin@sandbox.test',
      name: 'Anna Lindqvist',
      given_name: 'Anna',
      family_name: 'Lindqvist',
      realm_access: { roles: [ROLES.write] },
    });
    expect(claims.exp - claims.iat).toBe(120);
    expect(claims.iat).toBe(Math.floor(clock() / 1000));
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    for (const response of [await passwordGrant(sandbox, 'admin@sandbox.test', 'wrong'), await passwordGrant(sandbox, 'nobody@sandbox.test')]) {
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: 'invalid_grant', error_description: 'Invalid user credentials' });
    }
  });

  it('knows only its client and grants', async () => {
    const wrongClient = await token({ grant_type: 'password', client_id: 'bm-admin', username: 'admin@sandbox.test', password: 'sandbox' });
    expect(wrongClient.status).toBe(401);
    expect(await wrongClient.json()).toMatchObject({ error: 'invalid_client' });
    const unsupported = await token({ grant_type: 'client_credentials' });
    expect(unsupported.status).toBe(400);
    expect(await unsupported.json()).toMatchObject({ error: 'unsupported_grant_type' });
    const json = await fetch(`${sandbox.urls.identity}/token`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(json.status).toBe(400);
  });
});

describe('the refresh_token grant', () => {
  it('rotates: the new refresh token works, the old one no longer does', async () => {
    const first = await signIn(sandbox, 'reader@sandbox.test');
    const refreshed = await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token ?? '' });
    expect(refreshed.status).toBe(200);
    const second = tokenResponseSchema.parse(await refreshed.json());
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(second.session_state).toBe(first.session_state);
    const reused = await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token ?? '' });
    expect(reused.status).toBe(400);
    expect(await reused.json()).toMatchObject({ error: 'invalid_grant' });
    const again = await token({ grant_type: 'refresh_token', refresh_token: second.refresh_token ?? '' });
    expect(again.status).toBe(200);
  });

  it('refuses an expired refresh token, and BokaMera an expired access token', async () => {
    const tokens = await signIn(sandbox, 'admin@sandbox.test');
    expect((await bokamera(sandbox, '/users', { token: tokens.access_token })).status).toBe(200);
    clock.advance(121_000);
    expect((await bokamera(sandbox, '/users', { token: tokens.access_token })).status).toBe(401);
    clock.advance(30 * 60_000);
    const expired = await token({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token ?? '' });
    expect(expired.status).toBe(400);
    expect(await expired.json()).toEqual({ error: 'invalid_grant', error_description: 'Token is not active' });
  });

  it('refuses a token it never issued', async () => {
    const response = await token({ grant_type: 'refresh_token', refresh_token: 'made-up' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'invalid_grant', error_description: 'Invalid refresh token' });
  });
});

describe('logout', () => {
  it('ends the session: its refresh token stops working', async () => {
    const tokens = await signIn(sandbox, 'superadmin@sandbox.test');
    const response = await logout({ refresh_token: tokens.refresh_token ?? '' });
    expect(response.status).toBe(204);
    const refresh = await token({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token ?? '' });
    expect(refresh.status).toBe(400);
    expect(await refresh.json()).toMatchObject({ error: 'invalid_grant' });
    expect((await logout({ refresh_token: tokens.refresh_token ?? '' })).status).toBe(400);
  });
});
