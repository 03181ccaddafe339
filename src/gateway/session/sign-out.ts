import type { IdentityClient } from '../upstream/identity-client.ts';
import type { SessionTokens } from './store.ts';

/**
 * Ends the user's Keycloak session so its tokens die upstream too. Best effort: signing out of the
 * dashboard must work even when the identity provider is down, so failures are swallowed.
 */
export async function revokeUpstream(identity: IdentityClient, tokens: SessionTokens): Promise<void> {
  try {
    await identity.logout(tokens.accessToken, tokens.refreshToken);
  } catch {
    // The local session is gone either way; the upstream one expires by itself.
  }
}
