import { randomBytes, randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorBodySchema } from '../../contract/gateway-api.ts';
import { overviewSchema } from '../../contract/overview.ts';
import { ROLES } from '../../contract/roles.ts';
import type { CheckoutIndexing } from '../checkout-index/checkout-indexing.ts';
import { putIndexRows, setIndexPhase, type TestRow } from '../checkout-index/testing/index-rows.ts';
import { gatewayConfigFromUrls } from '../config.ts';
import type { Database } from '../db/database.ts';
import { DATABASE_BACKENDS } from '../db/testing/test-databases.ts';
import { errorHandler } from '../error-handler.ts';
import type { GatewayDeps, GatewayEnv } from '../gateway-env.ts';
import { SessionStore } from '../session/store.ts';
import { overviewRoutes } from './overview.ts';

let nextCheckout = 0;
/** A row of the company with what the test says about it, under a checkout id of its own. */
function row(companyId: string, fields: Omit<TestRow, 'companyId' | 'checkoutId'> = {}): TestRow {
  nextCheckout += 1;
  return { companyId, checkoutId: `checkout-${nextCheckout}`, ...fields };
}

/**
 * The route on its own, on both databases: sessions made in the store, index rows put in directly,
 * and a stand-in for the background indexing that records what the route asks of it. No upstream
 * is reached (the credentials are the configured single merchant's).
 */
const NOW = Date.parse('2026-11-10T12:00:00Z');
const OWN = 'aaaaaaaa-0000-4000-8000-000000000001';
const OTHER = 'bbbbbbbb-0000-4000-8000-000000000002';
const INDEXING = 'cccccccc-0000-4000-8000-000000000003';

function fakeIndexing(started: string[]): CheckoutIndexing {
  return {
    ensureIndexing: (companyId) => void started.push(companyId),
    refreshNow: () => Promise.resolve(),
    recordCheckout: () => Promise.resolve(),
    stop: () => Promise.resolve(),
  };
}

describe.each(DATABASE_BACKENDS)('GET /api/companies/:companyId/overview on $name', (backend) => {
  let database: Database;
  let deps: GatewayDeps;
  const started: string[] = [];

  beforeAll(async () => {
    database = await backend.open();
    const unreachable = 'http://127.0.0.1:9';
    const config = gatewayConfigFromUrls(
      { identity: unreachable, bokamera: unreachable, payson: unreachable, embed: `${unreachable}/embed` },
      'key',
      { PUBLIC_ORIGIN: 'http://localhost', PAYSON_AGENT_ID: '1', PAYSON_API_KEY: 'k' },
    );
    const sessions = new SessionStore({ db: database.db, secret: randomBytes(32).toString('base64'), idleMs: 3_600_000, absoluteMs: 3_600_000, now: () => NOW });
    deps = { config, db: database.db, sessions, index: fakeIndexing(started) } as unknown as GatewayDeps;
            await putIndexRows(database.db, [
      row(OWN, { status: 'readyToShip', createdAt: NOW - 3_600_000, readyToShipAt: NOW - 3_600_000, amount: 250 }),
      row(OWN, { status: 'shipped', createdAt: NOW - 3_600_000, amount: 100 }),
      row(OTHER, { status: 'readyToShip', createdAt: NOW - 3_600_000, readyToShipAt: NOW, amount: 999 }),
    ]);
  }, 60_000);
  afterAll(() => database.close());

  function app(overrides: Partial<GatewayDeps> = {}) {
    const routes = new Hono<GatewayEnv>();
    const withOverrides = { ...deps, ...overrides };
    routes.onError(errorHandler(withOverrides));
    // What the gateway's own middleware sets before any route (the audit trail reads them).
    routes.use(async (c, next) => {
      c.set('clientAddress', '127.0.0.1');
      c.set('requestId', randomUUID());
      await next();
    });
    routes.route('/api', overviewRoutes(withOverrides));
    return routes;
  }

  async function as(roles: string[], companyId: string, path: string, overrides: Partial<GatewayDeps> = {}): Promise<Response> {
    const user = { email: 'someone@example.se', name: 'Someone', roles, companyId: OWN };
    const { id } = await deps.sessions.create({ user, userHash: 'h', tokens: { accessToken: 't', accessExpiresAt: NOW + 3_600_000, refreshToken: undefined } });
    return app(overrides).request(`/api/companies/${companyId}/${path}`, { headers: { Cookie: `session=${id}` } });
  }
  const admin = [ROLES.write];
  const superadmin = [ROLES.superadmin];

  async function reason(response: Response) {
    return apiErrorBodySchema.parse(await response.json()).error;
  }

  it('answers the company\'s own figures from the index, with its freshness', async () => {
    const response = await as(admin, OWN, 'overview');
    expect(response.status).toBe(200);
    const overview = overviewSchema.parse(await response.json());
    expect(overview.timeZone).toBe('Europe/Stockholm');
    expect(overview.days.at(-1)).toEqual({
      date: '2026-11-10',
      statuses: [
        { status: 'readyToShip', count: 1, amounts: [{ currency: 'SEK', amount: 250 }] },
        { status: 'shipped', count: 1, amounts: [{ currency: 'SEK', amount: 100 }] },
      ],
    });
    expect(overview.readyToShip.find((bucket) => bucket.key === '31-59')).toMatchObject({ count: 1, amounts: [{ currency: 'SEK', amount: 250 }] });
    expect(overview.index).toMatchObject({ state: 'ready', indexed: 2 });
  });

  it('refuses another company to its administrators, and `all` to anyone but a superadmin', async () => {
    const other = await as(admin, OTHER, 'overview');
    expect(other.status).toBe(403);
    expect(await reason(other)).toMatchObject({ reason: 'company_access' });
    expect((await as(admin, 'all', 'overview')).status).toBe(403);
  });

  it('gives superadmins every company in one overview', async () => {
    const response = await as(superadmin, 'all', 'overview');
    expect(response.status).toBe(200);
    const overview = overviewSchema.parse(await response.json());
    expect(overview.readyToShip.find((bucket) => bucket.key === '31-59')).toMatchObject({ count: 2, amounts: [{ currency: 'SEK', amount: 1249 }] });
  });

  it('answers 409 index_not_ready while the first pass runs, and starts it', async () => {
    started.length = 0;
    await setIndexPhase(database.db, INDEXING, 'first-pass');
    const response = await as(superadmin, INDEXING, 'overview');
    expect(response.status).toBe(409);
    expect(await reason(response)).toMatchObject({ code: 'conflict', reason: 'index_not_ready' });
    expect(started).toEqual([INDEXING]);
    // All companies are ready only when each is.
    expect((await as(superadmin, 'all', 'overview')).status).toBe(409);
    await setIndexPhase(database.db, INDEXING, 'ready');
  });

  it('answers 409 index_not_ready with INDEX=off', async () => {
    const response = await as(admin, OWN, 'overview', { index: undefined });
    expect(response.status).toBe(409);
    expect(await reason(response)).toMatchObject({ reason: 'index_not_ready' });
  });

  it('answers 401 without a session', async () => {
    expect((await app().request(`/api/companies/${OWN}/overview`)).status).toBe(401);
  });
});
