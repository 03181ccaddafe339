import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { signInFailures } from '../db/sign-in-failures-table.ts';
import { freshMemoryDatabase } from '../db/testing/test-databases.ts';
import { refusalWaitMs, SignInThrottle, slowdownMs } from './sign-in-throttle.ts';
import { DatabaseThrottleStore } from './throttle-store.ts';

const MINUTE = 60_000;
const OWNER = '192.0.2.10';
const GUESSER = '198.51.100.66';

// The policy over the store the gateway uses (embedded PGlite here; the store itself is tested on
// both backends in throttle-store.test.ts). Every test starts with no failures counted.
let database: Database;
beforeAll(async () => {
  database = await freshMemoryDatabase();
});
afterAll(() => database.close());
beforeEach(async () => {
  await database.db.delete(signInFailures);
});

function throttleWithClock() {
  const clock = { now: 0 };
  const waits: number[] = [];
  const throttle = new SignInThrottle({
    store: new DatabaseThrottleStore({ db: database.db }),
    now: () => clock.now,
    wait: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  });
  const fail = async (times: number, account: string, client: (i: number) => string) => {
    for (let i = 0; i < times; i += 1) await throttle.recordFailure(account, client(i));
  };
  return { clock, waits, throttle, fail };
}

describe('SignInThrottle: per account and client', () => {
  it('allows four wrong passwords and then makes that client wait a minute for that account', async () => {
    const { clock, throttle } = throttleWithClock();
    for (let i = 0; i < 4; i += 1) {
      await throttle.recordFailure('anna@test.se', GUESSER);
      expect(await throttle.admit('anna@test.se', GUESSER)).toBe(0);
    }
    await throttle.recordFailure('anna@test.se', GUESSER);
    expect(await throttle.admit('anna@test.se', GUESSER)).toBe(60);
    // The email's case and spaces do not matter.
    expect(await throttle.admit(' ANNA@test.se', GUESSER)).toBe(60);
    clock.now += 30_000;
    expect(await throttle.admit('anna@test.se', GUESSER)).toBe(30);
    clock.now += 30_000;
    expect(await throttle.admit('anna@test.se', GUESSER)).toBe(0);
  });

  it('does not refuse the owner on another client, however often the guesser fails', async () => {
    const { throttle, fail } = throttleWithClock();
    await fail(12, 'anna@test.se', () => GUESSER);
    expect(await throttle.admit('anna@test.se', GUESSER)).toBeGreaterThan(0);
    expect(await throttle.admit('anna@test.se', OWNER)).toBe(0);
  });

  it('doubles the wait with each further failure, up to the window', async () => {
    const { clock, throttle } = throttleWithClock();
    const refusals: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      await throttle.recordFailure('anna@test.se', GUESSER);
      refusals.push(await throttle.admit('anna@test.se', GUESSER));
      clock.now += 1000;
    }
    expect(refusals).toEqual([0, 0, 0, 0, 60, 120, 240, 480, 900]);
  });

  it('forgets failures older than the window', async () => {
    const { clock, throttle, fail } = throttleWithClock();
    await fail(5, 'anna@test.se', () => GUESSER);
    clock.now += 15 * MINUTE + 1;
    expect(await throttle.admit('anna@test.se', GUESSER)).toBe(0);
    await throttle.recordFailure('anna@test.se', GUESSER);
    expect(await throttle.admit('anna@test.se', GUESSER)).toBe(0);
  });
});

describe('SignInThrottle: per client across accounts', () => {
  it('refuses one client guessing at many accounts after 20 failures, not other clients', async () => {
    const { throttle } = throttleWithClock();
    for (let i = 0; i < 19; i += 1) await throttle.recordFailure(`user${i}@test.se`, GUESSER);
    expect(await throttle.admit('someone-new@test.se', GUESSER)).toBe(0);
    await throttle.recordFailure('user19@test.se', GUESSER);
    expect(await throttle.admit('someone-new@test.se', GUESSER)).toBe(60);
    expect(await throttle.admit('someone-new@test.se', OWNER)).toBe(0);
  });

  it('keeps the client count when one of its accounts signs in: a valid account unlocks no guessing at others', async () => {
    const { throttle } = throttleWithClock();
    for (let i = 0; i < 20; i += 1) await throttle.recordFailure(`user${i}@test.se`, GUESSER);
    await throttle.recordSuccess('mine@test.se', GUESSER);
    expect(await throttle.admit('user0@test.se', GUESSER)).toBe(60);
  });
});

describe('SignInThrottle: per account across clients', () => {
  it('slows every attempt at the account once it has five failures from anywhere, growing to a cap', async () => {
    const { throttle, waits, fail } = throttleWithClock();
    await fail(4, 'anna@test.se', (i) => `203.0.113.${i}`);
    expect(await throttle.admit('anna@test.se', OWNER)).toBe(0);
    expect(waits).toEqual([]);
    for (let i = 4; i < 10; i += 1) {
      await throttle.recordFailure('anna@test.se', `203.0.113.${i}`);
      expect(await throttle.admit('anna@test.se', OWNER)).toBe(0);
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('never refuses a client that has not failed, even after a hundred failures from a hundred clients', async () => {
    const { throttle, waits, fail } = throttleWithClock();
    await fail(100, 'anna@test.se', (i) => `203.0.113.${i}`);
    expect(await throttle.admit('anna@test.se', OWNER)).toBe(0);
    expect(waits).toEqual([8000]);
  });

  it('slows other accounts not at all', async () => {
    const { throttle, waits, fail } = throttleWithClock();
    await fail(10, 'anna@test.se', (i) => `203.0.113.${i}`);
    expect(await throttle.admit('bo@test.se', OWNER)).toBe(0);
    expect(waits).toEqual([]);
  });
});

describe('SignInThrottle: success', () => {
  it('tells how many wrong passwords were tried since the last sign-in, from any client, and starts again', async () => {
    const { clock, throttle, fail } = throttleWithClock();
    await fail(3, 'anna@test.se', () => GUESSER);
    clock.now += 60 * MINUTE; // older than any window still counts
    await fail(4, 'ANNA@test.se', (i) => `203.0.113.${i}`);
    expect(await throttle.recordSuccess('anna@test.se', OWNER)).toBe(7);
    expect(await throttle.recordSuccess('anna@test.se', OWNER)).toBe(0);
  });

  it('clears the account slowdown and the signing-in client, but not the guesser', async () => {
    const { throttle, waits, fail } = throttleWithClock();
    await fail(5, 'anna@test.se', () => GUESSER);
    await fail(5, 'anna@test.se', () => OWNER);
    await throttle.recordSuccess('anna@test.se', OWNER);
    expect(await throttle.admit('anna@test.se', OWNER)).toBe(0);
    expect(waits).toEqual([]);
    expect(await throttle.admit('anna@test.se', GUESSER)).toBe(60);
  });
});

describe('the rules as functions of the counts', () => {
  const refusal = { maxFailures: 5, windowMs: 15 * MINUTE, baseDelayMs: MINUTE };
  it('refuses from the limit on, for the base delay doubled per failure beyond it, counted from the latest', () => {
    expect(refusalWaitMs({ count: 4, latest: 0 }, refusal, 0)).toBe(0);
    expect(refusalWaitMs({ count: 5, latest: 1000 }, refusal, 1000)).toBe(MINUTE);
    expect(refusalWaitMs({ count: 6, latest: 1000 }, refusal, 31_000)).toBe(2 * MINUTE - 30_000);
    expect(refusalWaitMs({ count: 50, latest: 0 }, refusal, 0)).toBe(15 * MINUTE);
  });

  it('slows down from the threshold on, doubling up to the cap', () => {
    const rule = { afterFailures: 5, windowMs: 15 * MINUTE, baseDelayMs: 1000, maxDelayMs: 8000 };
    expect([4, 5, 6, 7, 8, 9, 1000].map((count) => slowdownMs({ count, latest: 0 }, rule))).toEqual([0, 1000, 2000, 4000, 8000, 8000, 8000]);
  });
});
