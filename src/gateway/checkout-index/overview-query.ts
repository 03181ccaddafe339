import { and, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { EXPIRY_BUCKET_KEYS, EXPIRY_DAY_RANGES, type CurrencyAmount, type ExpiryBucket, type OverviewDay } from '../../contract/overview.ts';
import type { Db } from '../db/database.ts';
import { checkoutIndex } from '../db/checkout-index-table.ts';
import { expiryBounds, overviewDays } from './overview-calendar.ts';

/**
 * The overview's two aggregates over `checkout_index`, grouped in SQL (one query each): checkouts
 * created per day by status and currency, and Ready to ship ones by days until Payson expires them.
 * JavaScript only arranges the groups (at most 30 days × statuses × currencies) into the answer.
 */
export interface OverviewQuery {
  /** Lower-case company ids; `undefined`: every company (superadmins' "All companies"). */
  companyIds: readonly string[] | undefined;
  now: number;
  timeZone: string;
}

export interface OverviewFigures {
  days: OverviewDay[];
  readyToShip: ExpiryBucket[];
}

export async function queryOverview(db: Db, query: OverviewQuery): Promise<OverviewFigures> {
  const [days, readyToShip] = await Promise.all([checkoutsPerDay(db, query), readyToShipByExpiry(db, query)]);
  return { days, readyToShip };
}

const currency = sql<string>`upper(coalesce(${checkoutIndex.currency}, ''))`;
const count = sql<number>`count(*)::int`;
// Summed as double precision, as stored; a checkout without an amount counts but adds nothing.
const amount = sql<number>`coalesce(sum(${checkoutIndex.amount}), 0)::float8`;

function companyFilter(companyIds: OverviewQuery['companyIds']): SQL | undefined {
  return companyIds === undefined ? undefined : inArray(checkoutIndex.companyId, [...companyIds]);
}

/** `width_bucket(value, bounds)`: 0 below the first bound, i from the i-th bound on. */
function bucketOf(value: SQL | typeof checkoutIndex.createdAt, bounds: readonly number[]): SQL<number> {
  const array = sql.join(
    bounds.map((bound) => sql`${bound}::bigint`),
    sql`, `,
  );
  return sql<number>`width_bucket(${value}, array[${array}])`;
}

/**
 * `group by 1, 2, …`: the selected expressions by position. Repeating a bucket expression would
 * bind its bounds again as new parameters, which PostgreSQL does not take for the same expression.
 */
function byColumns(count: number): SQL[] {
  return Array.from({ length: count }, (_, index) => sql.raw(String(index + 1)));
}

async function checkoutsPerDay(db: Db, query: OverviewQuery): Promise<OverviewDay[]> {
  const { days, end } = overviewDays(query.now, query.timeZone);
  const day = bucketOf(checkoutIndex.createdAt, days.map((d) => d.start));
  // Rows without a creation time cannot be placed on a day and are left out by the range.
  const groups = await db
    .select({ day, status: checkoutIndex.status, currency, count, amount })
    .from(checkoutIndex)
    .where(and(companyFilter(query.companyIds), gte(checkoutIndex.createdAt, days[0]?.start ?? end), lt(checkoutIndex.createdAt, end)))
    .groupBy(...byColumns(3));

  return days.map((calendarDay, index) => {
    const ofDay = groups.filter((group) => Number(group.day) === index + 1);
    const statuses = [...new Set(ofDay.map((group) => group.status))].map((status) => totals(ofDay.filter((group) => group.status === status), { status }));
    return { date: calendarDay.date, statuses: statuses.sort((a, b) => b.count - a.count || a.status.localeCompare(b.status)) };
  });
}

async function readyToShipByExpiry(db: Db, query: OverviewQuery): Promise<ExpiryBucket[]> {
  // -1: no Ready to ship time; 0: expiry passed; i: EXPIRY_DAY_RANGES[i - 1].
  const bucket = sql<number>`case when ${checkoutIndex.readyToShipAt} is null then -1 else ${bucketOf(sql`${checkoutIndex.readyToShipAt}`, expiryBounds(query.now, query.timeZone))} end`;
  const groups = await db
    .select({ bucket, currency, count, amount })
    .from(checkoutIndex)
    .where(and(companyFilter(query.companyIds), eq(checkoutIndex.status, 'readyToShip')))
    .groupBy(...byColumns(2));

  return EXPIRY_BUCKET_KEYS.map((key) => {
    const number = key === 'unknown' ? -1 : key === 'past' ? 0 : EXPIRY_DAY_RANGES.findIndex(([from, to]) => key === `${from}-${to}`) + 1;
    const range = number > 0 ? EXPIRY_DAY_RANGES[number - 1] : undefined;
    return totals(
      groups.filter((group) => Number(group.bucket) === number),
      { key, fromDays: range?.[0] ?? null, toDays: range?.[1] ?? null },
    );
  });
}

/** Groups summed per currency (largest amount first), and their count in all currencies. */
function totals<T extends object>(groups: ReadonlyArray<{ currency: string; count: number; amount: number }>, into: T): T & { count: number; amounts: CurrencyAmount[] } {
  const byCurrency = new Map<string, number>();
  for (const group of groups) byCurrency.set(group.currency, (byCurrency.get(group.currency) ?? 0) + Number(group.amount));
  const amounts = [...byCurrency].map(([code, sum]) => ({ currency: code, amount: roundToCents(sum) })).sort((a, b) => b.amount - a.amount);
  return { ...into, count: groups.reduce((total, group) => total + Number(group.count), 0), amounts };
}

/** Sums of doubles drift (0.1 + 0.2); Payson's amounts have at most two decimals. */
function roundToCents(value: number): number {
  return Math.round(value * 100) / 100;
}
