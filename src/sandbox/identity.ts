import { STATUS_CODES } from 'node:http';
import { Hono, type Context } from 'hono';
import type { TokenResponse } from '../contract/identity.ts';
import { accountByEmail } from './accounts.ts';
import type { Clock } from './clock.ts';
import type { IdentitySession, IdentitySessions, RefreshRefusal } from './identity-sessions.ts';
import { signJwt } from './jwt.ts';
import type { TokenRoles } from './options.ts';
import type { TokenLifetime } from './token-lifetime.ts';

/** Keycloak's OpenID Connect endpoints of realm bookmore-admin: the token endpoint and logout. */

export const IDENTITY_PATH = '/identity/realms/bookmore-admin/protocol/openid-connect';
export const IDENTITY_CLIENT_ID = 'bm-external-api-users';

export interface IdentityDependencies {
  sessions: IdentitySessions;
  tokenSecret: Buffer;
  tokenLifetime: TokenLifetime;
  /** The realm's URL, the `iss` of its tokens. */
  issuer: string;
  clock: Clock;
  /** Whether access tokens carry the account's roles in `realm_access` or no role claims at all. */
  tokenRoles: TokenRoles;
}

/** Keycloak's error body. */
function identityError(status: number, error: string, description: string): Response {
  return Response.json({ error, error_description: description }, { status, headers: { 'cache-control': 'no-store' } });
}

/** Keycloak's error code for a status, for injected faults: what its token endpoint answers with it. */
export function identityErrorForStatus(status: number): Response {
  const error = IDENTITY_ERRORS[status] ?? (status >= 500 ? 'unknown_error' : 'invalid_request');
  return identityError(status, error, STATUS_CODES[status] ?? 'Error');
}
const IDENTITY_ERRORS: Record<number, string> = { 400: 'invalid_grant', 401: 'invalid_client', 403: 'access_denied' };

const invalidClient = () => identityError(401, 'invalid_client', 'Invalid client or Invalid client credentials');
const refused = (refusal: RefreshRefusal) => identityError(400, 'invalid_grant', refusal);

/** Keycloak reads only form-encoded bodies; anything else reads as missing parameters. */
async function formOf(c: Context): Promise<URLSearchParams> {
  const contentType = c.req.header('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')) return new URLSearchParams();
  return new URLSearchParams(await c.req.text());
}

export function createIdentity(deps: IdentityDependencies): Hono {
  const app = new Hono({ strict: false }).basePath(IDENTITY_PATH);

  const tokenResponse = (session: IdentitySession): Response => {
    const nowSeconds = Math.floor(deps.clock() / 1000);
    const ttlSeconds = deps.tokenLifetime.seconds;
    const { account } = session;
    const accessToken = signJwt(
      {
        exp: nowSeconds + ttlSeconds,
        iat: nowSeconds,
        jti: crypto.randomUUID(),
        iss: deps.issuer,
        aud: 'account',
        sub: account.userId,
        typ: 'Bearer',
        azp: IDENTITY_CLIENT_ID,
        sid: session.id,
        scope: 'email profile',
        email_verified: true,
        name: `${account.firstName} ${account.lastName}`,
        preferred_username: account.email,
        given_name: account.firstName,
        family_name: account.lastName,
        email: account.email,
        ...(deps.tokenRoles === 'realm_access' ? { realm_access: { roles: [...account.roles] } } : {}),
      },
      deps.tokenSecret,
    );
    const body: TokenResponse & { 'not-before-policy': number } = {
      access_token: accessToken,
      expires_in: ttlSeconds,
      refresh_expires_in: Math.round((session.refreshExpiresAtMs - deps.clock()) / 1000),
      refresh_token: session.refreshToken,
      token_type: 'Bearer',
      'not-before-policy': 0,
      session_state: session.id,
      scope: 'email profile',
    };
    return Response.json(body, { headers: { 'cache-control': 'no-store', pragma: 'no-cache' } });
  };

  app.post('/token', async (c) => {
    const form = await formOf(c);
    const grantType = form.get('grant_type');
    if (!grantType) return identityError(400, 'invalid_request', 'Missing form parameter: grant_type');
    if (form.get('client_id') !== IDENTITY_CLIENT_ID) return invalidClient();

    if (grantType === 'password') {
      const account = accountByEmail(form.get('username') ?? '');
      if (!account || form.get('password') !== account.password) {
        return identityError(401, 'invalid_grant', 'Invalid user credentials');
      }
      return tokenResponse(deps.sessions.open(account));
    }
    if (grantType === 'refresh_token') {
      const refreshToken = form.get('refresh_token');
      if (!refreshToken) return identityError(400, 'invalid_request', 'Missing form parameter: refresh_token');
      const session = deps.sessions.refresh(refreshToken);
      return typeof session === 'string' ? refused(session) : tokenResponse(session);
    }
    return identityError(400, 'unsupported_grant_type', 'Unsupported grant_type');
  });

  app.post('/logout', async (c) => {
    const form = await formOf(c);
    if (form.get('client_id') !== IDENTITY_CLIENT_ID) return invalidClient();
    const refreshToken = form.get('refresh_token');
    if (!refreshToken) return identityError(400, 'invalid_request', 'Missing form parameter: refresh_token');
    const closed = deps.sessions.close(refreshToken);
    return closed === true ? c.body(null, 204) : refused(closed);
  });

  app.notFound(() => identityError(404, 'not_found', 'Unable to find matching target resource method'));
  app.onError(() => identityError(500, 'unknown_error', 'Internal server error'));
  return app;
}
