import type { TokenResponse } from '../../contract/identity.ts';
import { isRejectedGrant, type IdentityClient } from '../upstream/identity-client.ts';
import type { Session, SessionStore, SessionTokens } from './store.ts';

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
 * Makes sure the session's access token is valid for at least the next 30 s. Keycloak rotates
 * refresh tokens, so of all requests (in any gateway) that find the token about to expire, exactly
 * one may use the refresh token: each takes the session's row lock in turn, and the first refreshes
 * and stores the result; the others find a newer token version under the lock and use it. Throws
 * SessionEndedError when the identity provider refuses the refresh token or the session is gone; an
 * unreachable identity provider throws its UpstreamError and leaves the session as it was.
 */
export async function ensureFreshAccessToken(session: Session, sessions: SessionStore, identity: IdentityClient): Promise<void> {
  if (!needsRefresh(session.tokens, sessions.now())) return;
  const latest = await sessions.withTokenLock(session, async (current) => {
    const now = sessions.now();
    // Refreshed by another request since this one began (it may have waited for that refresh to
    // read the session at all): its result is what this request came for.
    const refreshedMeanwhile =
      (current.tokenVersion !== session.tokenVersion || current.tokensRefreshedAt >= session.readStartedAt) && current.tokens.accessExpiresAt > now;
    if (refreshedMeanwhile || !needsRefresh(current.tokens, now)) return undefined;
    return refresh(current.tokens, identity, sessions.now);
  });
  if (!latest) throw new SessionEndedError();
  session.tokens = latest.tokens;
  session.tokenVersion = latest.tokenVersion;
}

function needsRefresh(tokens: SessionTokens, now: number): boolean {
  return tokens.accessExpiresAt - now <= REFRESH_MARGIN_MS;
}

async function refresh(tokens: SessionTokens, identity: IdentityClient, now: () => number): Promise<SessionTokens> {
  const { refreshToken } = tokens;
  if (!refreshToken) throw new SessionEndedError();
  try {
    return sessionTokensFrom(await identity.refresh(refreshToken), now(), refreshToken);
  } catch (error) {
    throw isRejectedGrant(error) ? new SessionEndedError() : error;
  }
}
