import { expect, test } from '@playwright/test';
import { ACCOUNTS } from './fixtures.ts';
import { expectCleanError, FAULT_KINDS, timed, TRANSPORT, UPSTREAM_FAILED, type ExpectedError, type FaultKind } from './faults-support.ts';
import {
  addFault,
  ANSWER_MARGIN_MS,
  apiSignIn,
  clearFaults,
  resetSandbox,
  sameOrigin,
  setTokenLifetime,
  signedInApi,
  UPSTREAM_TIMEOUT_MS,
  upstreamCalls,
} from './sandbox-control.ts';

/**
 * The identity provider failing in every way, at each of its three calls: the password grant
 * (sign-in), the refresh grant (any call once the access token is about to expire), and logout.
 */

test.beforeEach(async ({ request }) => resetSandbox(request));
// No fault may outlive its test and meet another journey.
test.afterEach(async ({ request }) => resetSandbox(request));

const KINDS = Object.keys(FAULT_KINDS) as FaultKind[];

/** Keycloak's 401 is its answer to a wrong password; anything else is the sign-in service failing. */
const SIGN_IN: Record<FaultKind, ExpectedError> = {
  '401': { status: 401, code: 'invalid_credentials' },
  '403': UPSTREAM_FAILED,
  '404': UPSTREAM_FAILED,
  '429': UPSTREAM_FAILED,
  '500': UPSTREAM_FAILED,
  ...TRANSPORT,
};

/** A refused refresh ends the session; a failing identity provider leaves it alive for the next try. */
const REFRESH: Record<FaultKind, ExpectedError> = { ...SIGN_IN, '401': { status: 401, code: 'unauthenticated' } };

const tokenCalls = async (request: Parameters<typeof upstreamCalls>[0]) =>
  (await upstreamCalls(request, 'identity')).filter((call) => call.path === '/token');

for (const kind of KINDS) {
  test(`sign-in, identity answers ${kind}: a clean ${SIGN_IN[kind].status}, and the next sign-in works`, async ({ request, baseURL }) => {
    await addFault(request, { upstream: 'identity', path: '/token', ...FAULT_KINDS[kind] });
    await expectCleanError(await timed(() => apiSignIn(request, baseURL, ACCOUNTS.superadmin)), SIGN_IN[kind]);
    expect(await (await request.get('/api/session')).json()).toEqual({ user: null });

    await clearFaults(request);
    expect((await apiSignIn(request, baseURL, ACCOUNTS.superadmin)).status()).toBe(200);
  });

  test(`token refresh, identity answers ${kind}: a clean ${REFRESH[kind].status}, then recovery`, async ({ request, baseURL }) => {
    await setTokenLifetime(request, 20);
    await signedInApi(request, baseURL, ACCOUNTS.admin);
    await addFault(request, { upstream: 'identity', path: '/token', ...FAULT_KINDS[kind] });

    await expectCleanError(await timed(() => request.get('/api/companies')), REFRESH[kind]);
    await expect.poll(async () => (await tokenCalls(request)).length, { message: 'the gateway tried to refresh' }).toBe(2);
    await clearFaults(request);

    const session = (await (await request.get('/api/session')).json()) as { user: unknown };
    if (kind === '401') {
      // Signed out cleanly: no session, no cookie, and signing in again works.
      expect(session).toEqual({ user: null });
      expect((await request.storageState()).cookies.filter((cookie) => cookie.name === 'session')).toEqual([]);
      await signedInApi(request, baseURL, ACCOUNTS.admin);
    } else {
      expect(session.user).toMatchObject({ email: ACCOUNTS.admin });
    }
    expect((await request.get('/api/companies')).status()).toBe(200);
  });

  test(`sign-out, identity answers ${kind}: signed out locally all the same, in time`, async ({ request, baseURL }) => {
    await signedInApi(request, baseURL, ACCOUNTS.admin);
    await addFault(request, { upstream: 'identity', path: '/logout', ...FAULT_KINDS[kind] });

    const { answer, ms } = await timed(() => request.delete('/api/session', { headers: sameOrigin(baseURL) }));
    expect(answer.status()).toBe(204);
    expect(ms).toBeLessThan(UPSTREAM_TIMEOUT_MS + ANSWER_MARGIN_MS);
    expect(await (await request.get('/api/session')).json()).toEqual({ user: null });
    await expect.poll(async () => (await upstreamCalls(request, 'identity')).filter((call) => call.path === '/logout').length).toBe(1);
  });
}

test('a refresh the identity provider acts on too late signs out cleanly, not into a broken session', async ({ request, baseURL }) => {
  await setTokenLifetime(request, 20);
  await signedInApi(request, baseURL, ACCOUNTS.admin);
  // Slow, not hung: Keycloak rotates the refresh token after the gateway gave up waiting for it.
  await addFault(request, { upstream: 'identity', path: '/token', delayMs: UPSTREAM_TIMEOUT_MS + 300 });
  await expectCleanError(await timed(() => request.get('/api/companies')), TRANSPORT.timeout);
  await expect.poll(async () => (await tokenCalls(request)).map((call) => call.status), { timeout: 5000 }).toEqual([200, 200]);

  // The gateway still holds the refresh token Keycloak has since replaced: the session is over.
  const next = await request.get('/api/companies');
  expect(next.status()).toBe(401);
  expect(await next.json()).toMatchObject({ error: { code: 'unauthenticated' } });
  await signedInApi(request, baseURL, ACCOUNTS.admin);
  expect((await request.get('/api/companies')).status()).toBe(200);
});
