import { accessTokenClaimsSchema, type AccessTokenClaims } from '../../contract/identity.ts';
import { UpstreamError } from '../upstream/http.ts';

/**
 * The claims inside Keycloak's access token (a JWT). Read, not verified: see accessTokenClaimsSchema.
 * A token that is not a readable JWT is the identity provider breaking its contract.
 */
export function readAccessTokenClaims(accessToken: string): AccessTokenClaims {
  const payload = accessToken.split('.')[1];
  const claims = payload === undefined ? undefined : accessTokenClaimsSchema.safeParse(parseJsonObject(payload));
  if (!claims?.success) throw new UpstreamError('identity', { kind: 'contract' });
  return claims.data;
}

function parseJsonObject(base64url: string): unknown {
  try {
    return JSON.parse(Buffer.from(base64url, 'base64url').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
