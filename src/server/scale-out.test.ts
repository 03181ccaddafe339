import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityPageSchema, sessionUserSchema } from '../contract/gateway-api.ts';
import { checkoutListPageSchema } from '../contract/payson.ts';
import { gatewayConfigFromUrls } from '../gateway/config.ts';
import { createGateway } from '../gateway/create-gateway.ts';
import { openDatabase, type Database } from '../gateway/db/database.ts';
import { createPostgresDatabase } from '../gateway/db/testing/test-databases.ts';
import { SANDBOX_API_KEY, sandboxOptionsFromEnv, startSandbox, type RunningSandbox } from '../sandbox/start-sandbox.ts';

/**
 * Two gateways sharing one PostgreSQL database and SESSION_SECRET in front of one sandbox, as a
 * load balancer without sticky sessions would use them.
 */
const ORIGIN = 'http://gateway.test';
let sandbox: RunningSandbox;
let url: string;
const secret = randomBytes(32).toString('base64url');
const opened: Database[] = [];

async function startGateway() {
  const database = await openDatabase({ url });
  opened.push(database);
  const config = { ...gatewayConfigFromUrls(sandbox.urls, SANDBOX_API_KEY, { PUBLIC_ORIGIN: ORIGIN, INDEX: 'off' }), sessionSecret: secret };
  const app = createGateway(config, { database, control: sandbox.control });
  return { app, database };
}

const control = (path: string, init?: RequestInit) => sandbox.control(new Request(`${sandbox.origin}/__sandbox${path}`, init), '127.0.0.1');

beforeAll(async () => {
  sandbox = await startSandbox(sandboxOptionsFromEnv({}));
  url = await createPostgresDatabase();
});
afterAll(async () => {
  await Promise.all(opened.map((database) => database.close()));
  await sandbox.close();
});

type App = Awaited<ReturnType<typeof startGateway>>['app'];

const signInAttempt = (app: App, email: string, password: string) =>
  app.request(`${ORIGIN}/api/session`, {
    method: 'POST',
    headers: { Origin: ORIGIN, 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

async function signIn(app: App): Promise<string> {
  const response = await signInAttempt(app, 'admin@sandbox.test', 'sandbox');
  expect(response.status).toBe(200);
  return response.headers.getSetCookie()[0]!.split(';')[0]!;
}

describe('two gateways on one database', () => {
  it('a person signed in through one is signed in on the other, and restarting one signs nobody out', async () => {
    const first = await startGateway();
    const second = await startGateway();
    const cookie = await signIn(first.app);
    const who = async (app: typeof first.app) => (await (await app.request(`${ORIGIN}/api/session`, { headers: { Cookie: cookie } })).json()) as unknown;
    expect(await who(second.app)).toMatchObject({ user: { email: 'admin@sandbox.test' } });

    await first.database.close();
    opened.splice(opened.indexOf(first.database), 1);
    const restarted = await startGateway();
    expect(await who(restarted.app)).toMatchObject({ user: { email: 'admin@sandbox.test' } });
  });

  it('sends exactly one refresh grant upstream when both refresh the same session at once', async () => {
    const first = await startGateway();
    const second = await startGateway();
    expect((await control('/reset', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(204);
    // Tokens below the gateway's 30-second refresh margin: every request finds its token expiring.
    expect((await control('/tokens', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ttlSeconds: 5 }) })).status).toBe(200);
    const cookie = await signIn(first.app);
    // The refresh takes a moment, so all six requests have read the expiring token before it is done.
    const slowRefresh = { upstream: 'identity', path: '/token', delayMs: 1000, times: 1 };
    expect((await control('/faults', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(slowRefresh) })).status).toBe(201);

    const answers = await Promise.all(
      [first, second, first, second, first, second].map(({ app }) => app.request(`${ORIGIN}/api/companies`, { headers: { Cookie: cookie } })),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const { requests } = (await (await control('/requests')).json()) as { requests: { upstream: string; method: string; path: string }[] };
    const grants = requests.filter((call) => call.upstream === 'identity' && call.path === '/token');
    expect(grants).toHaveLength(2); // the password grant of the sign-in, and one refresh grant
  });

  it('five wrong passwords through one gateway, and the sixth attempt through the other is throttled', async () => {
    const first = await startGateway();
    const second = await startGateway();
    // The throttle's own account; both gateways see the same client (no proxy in front).
    for (let i = 0; i < 5; i += 1) expect((await signInAttempt(first.app, 'throttle@sandbox.test', `guess-${i}`)).status).toBe(401);
    const sixth = await signInAttempt(second.app, 'throttle@sandbox.test', 'sandbox');
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get('Retry-After')).toBe('60');
  });

  it('a payment request sent through one gateway appears in the other’s activity', async () => {
    const first = await startGateway();
    const second = await startGateway();
    const cookie = await signIn(first.app);
    const get = async (app: App, path: string) => {
      const response = await app.request(`${ORIGIN}${path}`, { headers: { Cookie: cookie } });
      expect(response.status).toBe(200);
      return (await response.json()) as unknown;
    };
    const { companyId } = sessionUserSchema.parse(((await get(first.app, '/api/session')) as { user: unknown }).user);
    const ready = checkoutListPageSchema.parse(await get(first.app, `/api/companies/${companyId}/checkouts?status=readyToShip`));
    const checkoutId = ready.data[0]?.id;
    expect(checkoutId).toBeDefined();

    const sent = await first.app.request(`${ORIGIN}/api/companies/${companyId}/checkouts/${checkoutId}/payment-request`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: ORIGIN, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(sent.status).toBe(200);
    const { entries } = activityPageSchema.parse(await get(second.app, '/api/activity?action=sent_payment_request'));
    expect(entries).toContainEqual(
      expect.objectContaining({ requestId: sent.headers.get('X-Request-Id'), checkoutId, companyId, outcome: 'success', who: expect.objectContaining({ email: 'admin@sandbox.test' }) }),
    );
  });
});
