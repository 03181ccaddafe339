import type { TokenResponse } from '../../contract/identity.ts';
import { isRejectedGrant, type IdentityClient } from '../upstream/identity-client.ts';
import type { Session, SessionTokens } from './store.ts';

/** Refresh a little before expiry, so a token never dies on its way to an upstream. */
const REFRESH_MARGIN_MS = 30_000;

export function sessionTokensFrom(tokens: TokenResponse, now: number, previousRefreshToken?: string): SessionTokens {
  return {
    accessToken: tokens.access_token,
    accessExpiresAt: now + tokens.expires_in * 1000,
    // Keycloak may omit the refresh token on refresh; the old one then stays valid.
    refreshToken: tokens.refresh_token || previousRefreshToken,
  };
}

/** The session can no longer get a valid access token: it must end and the user sign in again. */
export class SessionEndedError extends Error {
  constructor() {
    super('The identity provider no longer accepts this session.');
    this.name = 'SessionEndedError';
  }
}

/**
 * Makes sure the session's access token is valid for at least the next 30 s. Concurrent requests
 * share one refresh. Throws SessionEndedError when the identity provider refuses the refresh token;
 * an unreachable identity provider throws its UpstreamError and leaves the session as it was.
 */
export async function ensureFreshAccessToken(session: Session, identity: IdentityClient, now: () => number): Promise<void> {
  if (session.tokens.accessExpiresAt - now() > REFRESH_MARGIN_MS) return;
  session.refreshing ??= refresh(session, identity, now).finally(() => {
    session.refreshing = undefined;
  });
  await session.refreshing;
}

async function refresh(session: Session, identity: IdentityClient, now: () => number): Promise<void> {
  const { refreshToken } = session.tokens;
  if (!refreshToken) throw new SessionEndedError();
  try {
    session.tokens = sessionTokensFrom(await identity.refresh(refreshToken), now(), refreshToken);
  } catch (error) {
    throw isRejectedGrant(error) ? new SessionEndedError() : error;
  }
}
