import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rawRows, type Database } from '../db/database.ts';
import { signInFailures } from '../db/sign-in-failures-table.ts';
import { DATABASE_BACKENDS } from '../db/testing/test-databases.ts';
import { DatabaseThrottleStore, MAX_TIMES_PER_KEY } from './throttle-store.ts';

const DAY = 24 * 3_600_000;

describe.each(DATABASE_BACKENDS)('DatabaseThrottleStore on $name', (backend) => {
  let two: Awaited<ReturnType<typeof backend.openTwo>>;
  let database: Database;
  beforeAll(async () => {
    two = await backend.openTwo();
    database = two.first;
  });
  afterAll(() => two.close());
  beforeEach(async () => {
    await database.db.delete(signInFailures);
  });

  it('counts within a window, totals since the last reset beyond the times it keeps, and forgets on reset', async () => {
    const store = new DatabaseThrottleStore({ db: database.db });
    for (let at = 1; at <= 100; at += 1) await store.record(['k'], at);
    expect(await store.count('k', 90)).toEqual({ count: 10, latest: 100 });
    // Only the newest times are kept; the policy never looks further back than that.
    expect(await store.count('k', 0)).toEqual({ count: MAX_TIMES_PER_KEY, latest: 100 });
    expect(await store.count('other', 0)).toEqual({ count: 0, latest: undefined });
    expect(await store.reset('k')).toBe(100);
    expect(await store.count('k', 0)).toEqual({ count: 0, latest: undefined });
    expect(await store.reset('k')).toBe(0);
  });

  it('records one failure under several keys at once, each counted on its own', async () => {
    const store = new DatabaseThrottleStore({ db: database.db });
    await store.record(['a', 'b'], 10);
    await store.record(['b'], 20);
    expect(await store.count('a', 0)).toEqual({ count: 1, latest: 10 });
    expect(await store.count('b', 0)).toEqual({ count: 2, latest: 20 });
    expect(await store.count('b', 10)).toEqual({ count: 1, latest: 20 });
  });

  it('is shared: failures recorded through one gateway’s connection are counted and reset through another’s', async () => {
    const first = new DatabaseThrottleStore({ db: two.first.db });
    const second = new DatabaseThrottleStore({ db: two.second.db });
    await first.record(['shared'], 1);
    await second.record(['shared'], 2);
    expect(await second.count('shared', 0)).toEqual({ count: 2, latest: 2 });
    expect(await first.reset('shared')).toBe(2);
    expect(await second.count('shared', 0)).toEqual({ count: 0, latest: undefined });
  });

  it('loses no failure when two gateways record the same keys at the same moment', async () => {
    const first = new DatabaseThrottleStore({ db: two.first.db });
    const second = new DatabaseThrottleStore({ db: two.second.db });
    const keys = ['account+client', 'client', 'account'];
    // Each store records in the opposite key order: the upserts lock rows in one order regardless.
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? first.record(keys, 1000 + i) : second.record([...keys].reverse(), 1000 + i))),
    );
    for (const key of keys) expect(await first.count(key, 0)).toEqual({ count: 20, latest: 1019 });
    expect(await second.reset('client')).toBe(20);
  });

  it('holds no email and no address in the table, only hashes of the keys', async () => {
    const store = new DatabaseThrottleStore({ db: database.db });
    await store.record(['account+client:anna@test.se 198.51.100.66'], 1);
    const rows = await rawRows<Record<string, unknown>>(database.db, sql`select * from sign_in_failures`);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toMatch(/anna|198\.51/);
  });

  it('purges keys with no new failure for longer than the retention', async () => {
    const store = new DatabaseThrottleStore({ db: database.db, retainMs: DAY });
    await store.record(['old'], 0);
    await store.record(['recent'], 0.5 * DAY);
    await store.record(['now'], 1.2 * DAY);
    const keysLeft = await rawRows<{ n: number }>(database.db, sql`select count(*)::int as n from sign_in_failures`);
    expect(keysLeft[0]?.n).toBe(2);
    expect(await store.count('old', -1)).toEqual({ count: 0, latest: undefined });
    expect(await store.count('recent', 0)).toEqual({ count: 1, latest: 0.5 * DAY });
  });
});
