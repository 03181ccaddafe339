import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { ACCOUNTS, PASSWORD, type FakeAccount } from './fake-data.ts';

/** What the fake Keycloak has issued; tests shorten `ttlSeconds` to force a refresh. */
export interface IssuedTokens {
  ttlSeconds: number;
  access: Map<string, { account: FakeAccount; expiresAt: number }>;
  refresh: Map<string, FakeAccount>;
}

const CLIENT_ID = 'bm-external-api-users';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

function issue(tokens: IssuedTokens, account: FakeAccount) {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    sub: account.sub,
    email: account.email,
    name: account.name,
    realm_access: { roles: account.roles },
    iat: now,
    exp: now + tokens.ttlSeconds,
    jti: randomUUID(),
  };
  const accessToken = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(claims)}.fake-signature`;
  const refreshToken = `refresh-${randomUUID()}`;
  tokens.access.set(accessToken, { account, expiresAt: Date.now() + tokens.ttlSeconds * 1000 });
  tokens.refresh.set(refreshToken, account);
  return {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: tokens.ttlSeconds,
    refresh_token: refreshToken,
    refresh_expires_in: 1800,
    scope: 'email profile',
  };
}

/** Keycloak's token and logout endpoints, form-encoded, with Keycloak's error shapes. */
export function fakeIdentity(tokens: IssuedTokens) {
  const app = new Hono();

  app.post('/token', async (c) => {
    const form = new URLSearchParams(await c.req.text());
    if (form.get('client_id') !== CLIENT_ID) return c.json({ error: 'unauthorized_client' }, 401);
    if (form.get('grant_type') === 'password') {
      const account = ACCOUNTS.find((candidate) => candidate.email === form.get('username')?.toLowerCase());
      if (!account || form.get('password') !== PASSWORD) {
        return c.json({ error: 'invalid_grant', error_description: 'Invalid user credentials' }, 401);
      }
      return c.json(issue(tokens, account));
    }
    if (form.get('grant_type') === 'refresh_token') {
      const refreshToken = form.get('refresh_token') ?? '';
      const account = tokens.refresh.get(refreshToken);
      if (!account) return c.json({ error: 'invalid_grant', error_description: 'Token is not active' }, 400);
      tokens.refresh.delete(refreshToken);
      return c.json(issue(tokens, account));
    }
    return c.json({ error: 'unsupported_grant_type' }, 400);
  });

  app.post('/logout', async (c) => {
    const form = new URLSearchParams(await c.req.text());
    tokens.refresh.delete(form.get('refresh_token') ?? '');
    return c.body(null, 204);
  });

  return app;
}

/** The account behind `Authorization: Bearer …`, if that access token is live. */
export function bearerAccount(tokens: IssuedTokens, authorization: string | undefined): FakeAccount | undefined {
  const issued = tokens.access.get(authorization?.replace(/^Bearer /, '') ?? '');
  return issued && issued.expiresAt > Date.now() ? issued.account : undefined;
}
