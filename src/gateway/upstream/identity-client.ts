import * as z from 'zod/mini';
import { tokenErrorSchema, tokenResponseSchema, type TokenResponse } from '../../contract/identity.ts';
import type { GatewayConfig } from '../config.ts';
import { createUpstreamHttp, UpstreamError } from './http.ts';

export interface IdentityClient {
  /** Keycloak's password grant. */
  signIn(email: string, password: string): Promise<TokenResponse>;
  refresh(refreshToken: string): Promise<TokenResponse>;
  /** Ends the Keycloak session, so the refresh token is dead even if it leaked. */
  logout(accessToken: string, refreshToken: string | undefined): Promise<void>;
}

export function createIdentityClient(config: GatewayConfig): IdentityClient {
  const http = createUpstreamHttp({
    upstream: 'identity',
    timeoutMs: config.upstreamTimeoutMs,
    // Keycloak's error_description can tell whether an account exists or is disabled; it is never shown.
    errorMessage: () => undefined,
  });
  const clientId = config.identityClientId;
  const tokenUrl = `${config.identityUrl}/token`;

  return {
    signIn: (email, password) =>
      http({
        method: 'POST',
        url: tokenUrl,
        body: { form: { grant_type: 'password', client_id: clientId, username: email, password } },
        schema: tokenResponseSchema,
      }),
    refresh: (refreshToken) =>
      http({
        method: 'POST',
        url: tokenUrl,
        body: { form: { grant_type: 'refresh_token', client_id: clientId, refresh_token: refreshToken } },
        schema: tokenResponseSchema,
      }),
    logout: async (accessToken, refreshToken) => {
      await http({
        method: 'POST',
        url: `${config.identityUrl}/logout`,
        headers: { Authorization: `Bearer ${accessToken}` },
        body: { form: refreshToken ? { client_id: clientId, refresh_token: refreshToken } : { client_id: clientId } },
        schema: z.unknown(),
      });
    },
  };
}

/**
 * Keycloak refused the grant itself (wrong password, expired or revoked refresh token), as opposed
 * to being unreachable or broken: 401, or 400 with `invalid_grant`.
 */
export function isRejectedGrant(error: unknown): boolean {
  if (!(error instanceof UpstreamError) || error.upstream !== 'identity' || error.failure.kind !== 'status') {
    return false;
  }
  const { status, body } = error.failure;
  return status === 401 || (status === 400 && tokenErrorSchema.safeParse(body).data?.error === 'invalid_grant');
}
