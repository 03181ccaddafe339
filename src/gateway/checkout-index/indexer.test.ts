import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Checkout, CheckoutListPage } from '../../contract/payson.ts';
import { checkoutResource, COMPANY_A, COMPANY_B, type SandboxFixture } from '../../server/testing/gateway-test-fixture.ts';
import { startGatewayWithSandbox, type GatewayWithSandbox } from '../../server/testing/gateway-with-sandbox.ts';
import { checkoutIndex, checkoutIndexState } from '../db/checkout-index-table.ts';
import type { Database } from '../db/database.ts';
import { DATABASE_BACKENDS, freshMemoryDatabase } from '../db/testing/test-databases.ts';
import { createPaysonClient, type PaysonClient, type PaysonCredentials } from '../upstream/payson-client.ts';
import { readIndexFreshness } from './freshness.ts';
import { CheckoutIndexer, type CheckoutIndexerOptions } from './indexer.ts';
import { eq } from 'drizzle-orm';

/** 65 checkouts of company A: four list pages (20, 20, 20, 5); every fifth waits to be shipped. */
const COUNT = 65;
const idOf = (n: number) => `c1000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
function fixture(): SandboxFixture {
  return {
    companies: [
      {
        id: COMPANY_A,
        name: 'A',
        checkouts: Array.from({ length: COUNT }, (_, n) => checkoutResource(idOf(n), n % 5 === 0 ? 'readyToShip' : 'paidToAccount', n % 2 ? 'Åsa' : 'Erik')),
      },
      { id: COMPANY_B, name: 'B', checkouts: [] },
    ],
  };
}

let gateway: GatewayWithSandbox;
let database: Database;
let credentials: PaysonCredentials;
let indexers: CheckoutIndexer[];
let waits: number[];

beforeEach(async () => {
  gateway = await startGatewayWithSandbox({}, {}, { fixture: fixture() });
  database = await freshMemoryDatabase();
  const [agentId = '', apiKey = ''] = Buffer.from(gateway.sandbox.paysonAuthorization(COMPANY_A).slice(6), 'base64').toString().split(':');
  credentials = { agentId, apiKey };
  indexers = [];
  waits = [];
  gateway.sandbox.forget();
});
afterEach(async () => {
  await Promise.all(indexers.map((indexer) => indexer.stop()));
  await database.close();
  await gateway.close();
});

function indexer(options: Partial<CheckoutIndexerOptions> = {}): CheckoutIndexer {
  const created = new CheckoutIndexer({
    db: database.db,
    payson: createPaysonClient(gateway.config),
    config: { paysonTimeZone: 'Europe/Stockholm', index: { enabled: true, refreshSeconds: 120, concurrency: 2 } },
    // Backoffs are recorded, not slept through.
    wait: async (ms) => void waits.push(ms),
    random: () => 0,
    ...options,
  });
  indexers.push(created);
  return created;
}

async function indexed(companyId = COMPANY_A) {
  await indexers[0]?.settled(companyId);
  return readIndexFreshness(database.db, [companyId], Date.now());
}

const listPaths = () => gateway.sandbox.requestsTo('payson').filter((call) => call.path.startsWith('/Checkouts?')).map((call) => call.path);
const statusOf = async (id: string) =>
  (await database.db.select({ status: checkoutIndex.status }).from(checkoutIndex).where(eq(checkoutIndex.checkoutId, id)))[0]?.status;

describe('the first pass', () => {
  it("indexes every checkout of Payson's unfiltered list, then is ready with the counts", async () => {
    const first = indexer();
    first.ensureIndexing(COMPANY_A, credentials);
    expect(await indexed()).toMatchObject({ state: 'ready', indexed: COUNT, expected: COUNT, refreshing: false, lastError: null });
    expect(listPaths().sort()).toEqual([1, 2, 3, 4].map((page) => `/Checkouts?status=&page=${page}`));

    const [state] = await database.db.select().from(checkoutIndexState);
    expect(state).toMatchObject({ phase: 'ready', cursor: null, leaseHolder: null });
    expect(state?.firstPassDoneAt).toEqual(expect.any(Number));
    const rows = await database.db.select().from(checkoutIndex);
    expect(rows).toHaveLength(COUNT);
    expect(JSON.stringify(rows)).not.toMatch(/198503142386|7711020157|paysonContainer/);
  });

  it('asks Payson at most `concurrency` pages at a time', async () => {
    let inFlight = 0;
    let most = 0;
    const payson = createPaysonClient(gateway.config);
    const counting: PaysonClient = {
      ...payson,
      listCheckouts: async (...args): Promise<CheckoutListPage> => {
        most = Math.max(most, ++inFlight);
        try {
          return await payson.listCheckouts(...args);
        } finally {
          inFlight -= 1;
        }
      },
    };
    await gateway.sandbox.fault({ upstream: 'payson', delayMs: 30, times: 10 });
    indexer({ payson: counting }).ensureIndexing(COMPANY_A, credentials);
    expect((await indexed()).indexed).toBe(COUNT);
    expect(most).toBe(2);
  });

  it('resumes from its cursor after a stop in the middle', async () => {
    const payson = createPaysonClient(gateway.config);
    let stopping: Promise<void> | undefined;
    const stoppedAtPage3: PaysonClient = {
      ...payson,
      listCheckouts: async (creds, query, options) => {
        if (query.page === 3) stopping ??= first.stop();
        return payson.listCheckouts(creds, query, options);
      },
    };
    const first = indexer({ payson: stoppedAtPage3, config: { paysonTimeZone: 'Europe/Stockholm', index: { enabled: true, refreshSeconds: 120, concurrency: 1 } } });
    first.ensureIndexing(COMPANY_A, credentials);
    await first.settled(COMPANY_A);
    await stopping;
    const [state] = await database.db.select().from(checkoutIndexState);
    // Pages 1 to 3 were read (the third was in flight when the stop came); the lease was given back.
    expect(state).toMatchObject({ phase: 'first-pass', cursor: { nextPage: 4 }, indexedCount: 60, leaseHolder: null });

    gateway.sandbox.forget();
    const second = indexer();
    second.ensureIndexing(COMPANY_A, credentials);
    await second.settled(COMPANY_A);
    expect(listPaths()).toEqual(['/Checkouts?status=&page=4']);
    expect(await readIndexFreshness(database.db, [COMPANY_A], Date.now())).toMatchObject({ state: 'ready', indexed: COUNT });
  });
});

describe('politeness', () => {
  it("waits as long as a 429's Retry-After says, then goes on", async () => {
    await gateway.sandbox.fault({ upstream: 'payson', status: 429, retryAfterSeconds: 7, path: 'page=2', times: 1 });
    indexer().ensureIndexing(COMPANY_A, credentials);
    expect(await indexed()).toMatchObject({ state: 'ready', indexed: COUNT });
    expect(waits).toEqual([7000]);
    expect(listPaths().filter((path) => path.endsWith('page=2'))).toHaveLength(2);
  });

  it('backs off exponentially on errors, and records the error when Payson keeps failing', async () => {
    await gateway.sandbox.fault({ upstream: 'payson', status: 503, path: 'page=1', times: 50 });
    indexer().ensureIndexing(COMPANY_A, credentials);
    const freshness = await indexed();
    expect(freshness).toMatchObject({ state: 'indexing', indexed: 0, lastError: 'Payson answered HTTP 503: Service Unavailable.' });
    // random() = 0: half of 1 s, 2 s, 4 s, 8 s; then the company as a whole waits before its next try.
    expect(waits).toEqual([500, 1000, 2000, 4000]);
    expect(listPaths()).toHaveLength(5);
  });
});

describe('refresh', () => {
  it('picks up a status changed in Payson directly and new checkouts, at either end', async () => {
    const first = indexer();
    first.ensureIndexing(COMPANY_A, credentials);
    expect((await indexed()).indexed).toBe(COUNT);

    await gateway.sandbox.changeCheckout(idOf(0), 'shipped'); // still a changeable status
    // Left the changeable statuses, in the middle of the list (page 3), where neither end is read.
    await gateway.sandbox.changeCheckout(idOf(45), 'canceled');
    const created = await gateway.sandbox.addCheckout(COMPANY_A, { firstName: 'Östen', status: 'created' });
    const paid = await gateway.sandbox.addCheckout(COMPANY_A, { status: 'paidToAccount' });
    await first.refreshNow(COMPANY_A);

    expect(await statusOf(idOf(0))).toBe('shipped');
    expect(await statusOf(idOf(45))).toBe('canceled');
    expect(await statusOf(created.id)).toBe('created');
    expect(await statusOf(paid.id)).toBe('paidToAccount');
    expect(await readIndexFreshness(database.db, [COMPANY_A], Date.now())).toMatchObject({ state: 'ready', indexed: COUNT + 2, expected: COUNT + 2 });
  });

  it('writes a checkout read live at once', async () => {
    const first = indexer();
    const checkout = (await createPaysonClient(gateway.config).getCheckout(credentials, idOf(3))) satisfies Checkout;
    await first.recordCheckout(COMPANY_A, { ...checkout, status: 'shipped' });
    expect(await statusOf(idOf(3))).toBe('shipped');
  });
});

describe.each(DATABASE_BACKENDS)('the lease on $name', (backend) => {
  it('lets one gateway index a company while another shares the database', async () => {
    const two = await backend.openTwo();
    try {
      const make = (db: Database) =>
        indexer({ db: db.db, holder: undefined });
      const a = make(two.first);
      const b = make(two.second);
      a.ensureIndexing(COMPANY_A, credentials);
      b.ensureIndexing(COMPANY_A, credentials);
      await Promise.all([a.settled(COMPANY_A), b.settled(COMPANY_A)]);
      expect(await readIndexFreshness(two.first.db, [COMPANY_A], Date.now())).toMatchObject({ state: 'ready', indexed: COUNT });
      // Each page read once: the other gateway found the lease taken (or the index fresh) and read nothing.
      expect(listPaths().filter((path) => path.endsWith('page=1'))).toHaveLength(1);
      expect(listPaths()).toHaveLength(4);
    } finally {
      await Promise.all([indexers.pop()?.stop(), indexers.pop()?.stop()]);
      await two.close();
    }
  });
});
