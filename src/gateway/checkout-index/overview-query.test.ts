import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READY_TO_SHIP_LIFETIME_DAYS } from '../../contract/checkout-rules.ts';
import type { ExpiryBucket, OverviewDay } from '../../contract/overview.ts';
import { addCalendarDays, calendarDaysBetween } from '../../contract/zoned-time.ts';
import type { Database } from '../db/database.ts';
import { DATABASE_BACKENDS } from '../db/testing/test-databases.ts';
import { queryOverview } from './overview-query.ts';
import { putIndexRows, type TestRow } from './testing/index-rows.ts';

let nextCheckout = 0;
/** A row of the company with what the test says about it, under a checkout id of its own. */
function row(companyId: string, fields: Omit<TestRow, 'companyId' | 'checkoutId'> = {}): TestRow {
  nextCheckout += 1;
  return { companyId, checkoutId: `checkout-${nextCheckout}`, ...fields };
}

const ZONE = 'Europe/Stockholm';
const A = 'company-a';
const B = 'company-b';
const at = (iso: string) => Date.parse(iso);
// Stockholm leaves summer time on 25 October 2026 (03:00 CEST → 02:00 CET): that day has 25 hours.
const NOW = at('2026-11-10T12:00:00Z');

function day(days: OverviewDay[], date: string): OverviewDay | undefined {
  return days.find((entry) => entry.date === date);
}

function bucket(buckets: ExpiryBucket[], key: ExpiryBucket['key']): ExpiryBucket | undefined {
  return buckets.find((entry) => entry.key === key);
}

describe.each(DATABASE_BACKENDS)('the overview aggregates on $name', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await backend.open();
    await putIndexRows(database.db, [
      // The window's first day is 12 October (today, 10 November, and the 29 days before).
      row(A, { createdAt: at('2026-10-11T21:59:59Z'), status: 'shipped' }), // 11 Oct 23:59:59 CEST: outside
      row(A, { createdAt: at('2026-10-11T22:00:00Z'), status: 'shipped', amount: 7 }), // 12 Oct 00:00 CEST
      // Around the DST change: days are the zone's, not UTC's.
      row(A, { createdAt: at('2026-10-24T21:59:59Z'), status: 'created', amount: 1 }), // 24 Oct 23:59:59 CEST
      row(A, { createdAt: at('2026-10-24T22:00:00Z'), status: 'readyToShip', amount: 100.5, currency: 'SEK' }), // 25 Oct 00:00 CEST
      row(A, { createdAt: at('2026-10-25T22:59:59Z'), status: 'readyToShip', amount: 50.25, currency: 'sek' }), // 25 Oct 23:59:59 CET
      row(A, { createdAt: at('2026-10-25T12:00:00Z'), status: 'readyToShip', amount: 10, currency: 'EUR' }),
      row(A, { createdAt: at('2026-10-25T13:00:00Z'), status: 'canceled', amount: null, currency: null }),
      row(A, { createdAt: at('2026-10-25T23:00:00Z'), status: 'shipped', amount: 3 }), // 26 Oct 00:00 CET
      // Today runs to midnight, later than now.
      row(A, { createdAt: at('2026-11-10T22:59:59Z'), status: 'created', amount: 2 }),
      row(A, { createdAt: at('2026-11-10T23:00:00Z'), status: 'created' }), // tomorrow: outside
      row(A, { createdAt: null, status: 'created' }),
      row(B, { createdAt: at('2026-10-25T12:00:00Z'), status: 'readyToShip', amount: 1000 }),
    ]);
  }, 60_000);
  afterAll(() => database.close());

  it('counts the checkouts created on each of the last 30 days in the company\'s zone, by status, amounts per currency', async () => {
    const { days } = await queryOverview(database.db, { companyIds: [A], now: NOW, timeZone: ZONE });
    expect(days).toHaveLength(30);
    expect(days[0]?.date).toBe('2026-10-12');
    expect(days[29]?.date).toBe('2026-11-10');
    expect(day(days, '2026-10-12')?.statuses).toEqual([{ status: 'shipped', count: 1, amounts: [{ currency: 'SEK', amount: 7 }] }]);
    expect(day(days, '2026-10-24')?.statuses).toEqual([{ status: 'created', count: 1, amounts: [{ currency: 'SEK', amount: 1 }] }]);
    expect(day(days, '2026-10-25')?.statuses).toEqual([
      // SEK and EUR are never added together; `sek` is SEK.
      { status: 'readyToShip', count: 3, amounts: [{ currency: 'SEK', amount: 150.75 }, { currency: 'EUR', amount: 10 }] },
      { status: 'canceled', count: 1, amounts: [{ currency: '', amount: 0 }] },
    ]);
    expect(day(days, '2026-10-26')?.statuses).toEqual([{ status: 'shipped', count: 1, amounts: [{ currency: 'SEK', amount: 3 }] }]);
    expect(day(days, '2026-11-10')?.statuses).toEqual([{ status: 'created', count: 1, amounts: [{ currency: 'SEK', amount: 2 }] }]);
    expect(days.reduce((total, entry) => total + entry.statuses.reduce((sum, status) => sum + status.count, 0), 0)).toBe(8);
  });

  it('keeps to the companies asked for; every company when none is named', async () => {
    const onlyB = await queryOverview(database.db, { companyIds: [B], now: NOW, timeZone: ZONE });
    expect(day(onlyB.days, '2026-10-25')?.statuses).toEqual([{ status: 'readyToShip', count: 1, amounts: [{ currency: 'SEK', amount: 1000 }] }]);
    const all = await queryOverview(database.db, { companyIds: undefined, now: NOW, timeZone: ZONE });
    expect(day(all.days, '2026-10-25')?.statuses[0]).toEqual({ status: 'readyToShip', count: 4, amounts: [{ currency: 'SEK', amount: 1150.75 }, { currency: 'EUR', amount: 10 }] });
  });
});

describe.each(DATABASE_BACKENDS)('money waiting in Ready to ship on $name', (backend) => {
  let database: Database;
  const company = 'company-expiry';
  // Ready to ship times on both sides of every bucket's first day, in the zone.
  const readyTimes = [
    '2026-09-11T21:59:59Z', // 11 Sep 23:59:59 CEST: expired yesterday
    '2026-09-11T22:00:00Z', // 12 Sep: expires today, 0 days
    '2026-09-19T21:59:59Z', // 19 Sep: 7 days
    '2026-09-19T22:00:00Z', // 20 Sep: 8 days
    '2026-10-12T21:59:59Z', // 12 Oct: 30 days
    '2026-10-12T22:00:00Z', // 13 Oct: 31 days
    '2026-11-10T12:00:00Z', // today: 59 days
  ].map(at);

  beforeAll(async () => {
    database = await backend.open();
    await putIndexRows(database.db, [
      ...readyTimes.map((readyToShipAt, index) => row(company, { status: 'readyToShip', readyToShipAt, amount: 10 ** index })),
      row(company, { status: 'readyToShip', readyToShipAt: null, amount: 5, currency: 'EUR' }),
      row(company, { status: 'shipped', readyToShipAt: readyTimes[1] }),
    ]);
  }, 60_000);
  afterAll(() => database.close());

  it('groups Ready to ship checkouts by days until Payson expires them, as the checkout page counts them', async () => {
    const { readyToShip } = await queryOverview(database.db, { companyIds: [company], now: NOW, timeZone: ZONE });
    expect(readyToShip.map((entry) => [entry.key, entry.fromDays, entry.toDays, entry.count])).toEqual([
      ['past', null, null, 1],
      ['0-7', 0, 7, 2],
      ['8-14', 8, 14, 1],
      ['15-30', 15, 30, 1],
      ['31-59', 31, 59, 2],
      ['unknown', null, null, 1],
    ]);
    expect(bucket(readyToShip, '0-7')?.amounts).toEqual([{ currency: 'SEK', amount: 10 + 100 }]);
    expect(bucket(readyToShip, 'unknown')?.amounts).toEqual([{ currency: 'EUR', amount: 5 }]);

    // The same days the SPA shows for one checkout (expiry = Ready to ship + 59 calendar days).
    const daysLeft = readyTimes.map((time) => calendarDaysBetween(new Date(NOW), addCalendarDays(new Date(time), READY_TO_SHIP_LIFETIME_DAYS, ZONE), ZONE));
    expect(daysLeft).toEqual([-1, 0, 7, 8, 30, 31, 59]);
  });
});
