import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGatewayWithSandbox, type GatewayWithSandbox } from '../../server/testing/gateway-with-sandbox.ts';

/**
 * The sign-in throttle through the route, with clients told apart by the address one trusted proxy
 * appends to X-Forwarded-For (as behind a TLS-terminating proxy).
 */
const GUESSER = '198.51.100.66';
const OWNER = '192.0.2.10';

let gateway: GatewayWithSandbox;
let waits: number[];
beforeEach(async () => {
  waits = [];
  gateway = await startGatewayWithSandbox(
    { trustedProxies: 1 },
    {
      wait: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    },
  );
});
afterEach(() => gateway.close());

/** The sandbox's password for every account. */
const RIGHT_PASSWORD = 'sandbox';

function signInFrom(client: string, email: string, password = RIGHT_PASSWORD) {
  return gateway.browser().request('POST', '/api/session', { json: { email, password }, headers: { 'X-Forwarded-For': client } });
}

describe('sign-in throttle per account and client', () => {
  it('lets the owner in from another client after a guesser’s five failures, and tells them of the failures', async () => {
    for (let i = 0; i < 5; i += 1) expect((await signInFrom(GUESSER, 'admin@sandbox.test', `guess-${i}`)).status).toBe(401);
    const guesser = await signInFrom(GUESSER, 'admin@sandbox.test');
    expect(guesser.status).toBe(429);
    expect(guesser.headers.get('Retry-After')).toBe('60');

    const owner = await signInFrom(OWNER, 'admin@sandbox.test');
    expect(owner.status).toBe(200);
    expect(await owner.json()).toMatchObject({ user: { email: 'admin@sandbox.test' }, failedSignInsSinceLast: 5 });
    // The owner's attempt was slowed down, not refused; the guesser is still refused.
    expect(waits).toEqual([1000]);
    expect((await signInFrom(GUESSER, 'admin@sandbox.test', 'guess-6')).status).toBe(429);

    const again = await signInFrom(OWNER, 'admin@sandbox.test');
    expect(await again.json()).toMatchObject({ failedSignInsSinceLast: 0 });
  });

  it('counts parallel guesses from one client as they go: ten at once get five tries, not ten', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => signInFrom(GUESSER, 'Admin@sandbox.test', `guess-${i}`)));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
  });

  it('ignores X-Forwarded-For with no trusted proxy: every header value is the same client', async () => {
    await gateway.close();
    gateway = await startGatewayWithSandbox();
    for (let i = 0; i < 5; i += 1) expect((await signInFrom(`203.0.113.${i}`, 'admin@sandbox.test', `guess-${i}`)).status).toBe(401);
    expect((await signInFrom(OWNER, 'admin@sandbox.test')).status).toBe(429);
  });
});
