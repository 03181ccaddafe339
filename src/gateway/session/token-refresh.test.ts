import { describe, expect, it } from 'vitest';
import { DATABASE_BACKENDS } from '../db/testing/test-databases.ts';
import { UpstreamError } from '../upstream/http.ts';
import type { IdentityClient } from '../upstream/identity-client.ts';
import { SessionStore } from './store.ts';
import { ensureFreshAccessToken, SessionEndedError } from './token-refresh.ts';

const SECRET = 'a-test-secret-of-at-least-32-characters';

/** Keycloak with refresh-token rotation: each refresh token works once, and a refresh takes a while. */
function rotatingIdentity() {
  const valid = new Set(['refresh-0']);
  let issued = 0;
  const refreshes: string[] = [];
  const identity: IdentityClient = {
    signIn: () => Promise.reject(new Error('not used')),
    logout: () => Promise.resolve(),
    async refresh(refreshToken) {
      refreshes.push(refreshToken);
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (!valid.delete(refreshToken)) throw new UpstreamError('identity', { kind: 'status', status: 400, message: undefined, body: { error: 'invalid_grant' } });
      issued += 1;
      valid.add(`refresh-${issued}`);
      return { access_token: `access-${issued}`, expires_in: 300, refresh_token: `refresh-${issued}`, refresh_expires_in: 1800 };
    },
  };
  return { identity, refreshes };
}

describe.each(DATABASE_BACKENDS)('token refresh on $name', (backend) => {
  it('sends exactly one refresh upstream when two gateways find the token expiring at once, and all use its result', async () => {
    const { first, second, close } = await backend.openTwo();
    try {
      const now = () => Date.now();
      const options = { secret: SECRET, idleMs: 3_600_000, absoluteMs: 3_600_000, now };
      const gatewayA = new SessionStore({ db: first.db, ...options });
      const gatewayB = new SessionStore({ db: second.db, ...options });
      const { id } = await gatewayA.create({
        user: { email: 'a@b.se', name: 'A', roles: [], companyId: 'c' },
        userHash: 'hash',
        tokens: { accessToken: 'access-0', accessExpiresAt: now() + 10_000, refreshToken: 'refresh-0' },
      });
      const { identity, refreshes } = rotatingIdentity();

      // Six requests, three through each gateway, each with the session as it read it.
      const requests = await Promise.all([gatewayA, gatewayB, gatewayA, gatewayB, gatewayA, gatewayB].map((store) => store.get(id)));
      await Promise.all(requests.map((session, index) => ensureFreshAccessToken(session!, index % 2 ? gatewayB : gatewayA, identity)));

      expect(refreshes).toEqual(['refresh-0']);
      expect(requests.map((session) => session!.tokens.accessToken)).toEqual(Array(6).fill('access-1'));
      expect((await gatewayB.get(id))?.tokens).toMatchObject({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    } finally {
      await close();
    }
  });

  it('ends the session when the identity provider refuses the refresh token', async () => {
    const database = await backend.open();
    try {
      const store = new SessionStore({ db: database.db, secret: SECRET, idleMs: 3_600_000, absoluteMs: 3_600_000 });
      const { id } = await store.create({
        user: { email: 'a@b.se', name: 'A', roles: [], companyId: 'c' },
        userHash: 'hash',
        tokens: { accessToken: 'access-0', accessExpiresAt: Date.now(), refreshToken: 'revoked' },
      });
      const session = (await store.get(id))!;
      await expect(ensureFreshAccessToken(session, store, rotatingIdentity().identity)).rejects.toThrow(SessionEndedError);
    } finally {
      await database.close();
    }
  });
});
