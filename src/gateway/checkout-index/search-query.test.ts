import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHECKOUT_SORT_KEYS } from '../../contract/checkout-search.ts';
import { PAYSON_STATUSES } from '../../contract/status.ts';
import { checkoutIndex } from '../db/checkout-index-table.ts';
import { rawRows, type Database } from '../db/database.ts';
import { DATABASE_BACKENDS } from '../db/testing/test-databases.ts';
import { COUNT_CAP, searchCheckoutIndex, walkCheckoutIndex, type CheckoutSearch, type IndexedCheckout } from './search-query.ts';
import { foldForSearch } from './search-text.ts';
import { indexStatusTotals } from './status-totals.ts';
import { clearIndex, putIndexRows, type TestRow } from './testing/index-rows.ts';

const A = 'company-a';
const B = 'company-b';
const DAY = 86_400_000;
const JAN = Date.UTC(2026, 0, 1);

/** Eight checkouts of company A, one of B, different in every field the list sorts and filters by. */
const ROWS: TestRow[] = [
  { companyId: A, checkoutId: 'a1000000-0000-4000-8000-000000000001', status: 'readyToShip', firstName: 'Åsa', lastName: 'Östlund', email: 'asa.ostlund@example.se', amount: 250, createdAt: JAN + 1 * DAY, lastChangeAt: JAN + 9 * DAY, readyToShipAt: JAN + 2 * DAY, reference: 'BK-1001', purchaseId: '3001' },
  { companyId: A, checkoutId: 'a2000000-0000-4000-8000-000000000002', status: 'shipped', firstName: 'Anna', lastName: 'Berg', email: 'anna@example.se', amount: 99.5, createdAt: JAN + 2 * DAY, lastChangeAt: JAN + 3 * DAY, reference: 'BK-1002', purchaseId: '3002' },
  { companyId: A, checkoutId: 'a3000000-0000-4000-8000-000000000003', status: 'created', firstName: 'Erik', lastName: 'Lind', email: 'erik@firma.se', amount: 1200, createdAt: JAN + 3 * DAY, lastChangeAt: JAN + 4 * DAY, reference: 'ORDER_7', purchaseId: null },
  { companyId: A, checkoutId: 'a4000000-0000-4000-8000-000000000004', status: 'readyToShip', firstName: 'Lisa', lastName: 'Ek', email: 'lisa@example.se', amount: 10, createdAt: JAN + 4 * DAY, lastChangeAt: JAN + 5 * DAY, readyToShipAt: JAN + 1 * DAY, reference: '100%', purchaseId: '3004' },
  { companyId: A, checkoutId: 'a5000000-0000-4000-8000-000000000005', status: 'canceled', firstName: 'Zoe', lastName: 'Åberg', email: 'zoe@example.se', amount: null, createdAt: null, lastChangeAt: null, reference: 'BK-1005', purchaseId: '3005' },
  { companyId: A, checkoutId: 'a6000000-0000-4000-8000-000000000006', status: 'readyToShip', firstName: 'Bo', lastName: 'Ek', email: 'bo@example.se', amount: 500, createdAt: JAN + 4 * DAY, lastChangeAt: JAN + 8 * DAY, readyToShipAt: null, reference: 'BK-1006', purchaseId: '3006' },
  { companyId: A, checkoutId: 'a7000000-0000-4000-8000-000000000007', status: 'paidToAccount', firstName: 'Karin', lastName: 'Svensson', email: 'karin@example.se', amount: 75, createdAt: JAN + 6 * DAY, lastChangeAt: JAN + 7 * DAY, reference: 'BK-1007', purchaseId: '3007' },
  { companyId: A, checkoutId: 'a8000000-0000-4000-8000-000000000008', status: 'expired', firstName: null, lastName: null, email: null, amount: 0, createdAt: JAN + 7 * DAY, lastChangeAt: JAN + 6 * DAY, reference: null, purchaseId: null },
  { companyId: B, checkoutId: 'b1000000-0000-4000-8000-000000000001', status: 'shipped', firstName: 'Anna', lastName: 'Östlund', email: 'anna@other.se', amount: 300, createdAt: JAN + 5 * DAY, reference: 'BK-1001', purchaseId: '3001' },
];

const ids = (rows: readonly IndexedCheckout[]) => rows.map((row) => row.checkoutId);
const of = (search: Partial<CheckoutSearch> = {}): CheckoutSearch => ({ company: A, words: [], statuses: [], attention: false, ...search });

describe.each(DATABASE_BACKENDS)('the index search on $name', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await backend.open();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await clearIndex(database.db);
    await putIndexRows(database.db, ROWS);
  });

  const find = async (search: Partial<CheckoutSearch>, page = 1, pageSize = 100) => searchCheckoutIndex(database.db, of(search), page, pageSize);
  const words = (q: string) => foldForSearch(q).split(' ');

  it('lists one company, newest first by default, and counts it exactly', async () => {
    const { rows, total } = await find({});
    expect(ids(rows)).toEqual([
      'a8000000-0000-4000-8000-000000000008',
      'a7000000-0000-4000-8000-000000000007',
      // Same creation time: the checkout id breaks the tie, in the same direction.
      'a6000000-0000-4000-8000-000000000006',
      'a4000000-0000-4000-8000-000000000004',
      'a3000000-0000-4000-8000-000000000003',
      'a2000000-0000-4000-8000-000000000002',
      'a1000000-0000-4000-8000-000000000001',
      // No creation time: last when newest first.
      'a5000000-0000-4000-8000-000000000005',
    ]);
    expect(total).toEqual({ count: 8, estimate: false });
  });

  it('finds by name without accents or case, "ostlund" finds "Östlund"', async () => {
    expect(ids((await find({ words: words('ostlund') })).rows)).toEqual(['a1000000-0000-4000-8000-000000000001']);
    expect(ids((await find({ words: words('ÅSA') })).rows)).toEqual(['a1000000-0000-4000-8000-000000000001']);
    expect(ids((await find({ words: words('aberg') })).rows)).toEqual(['a5000000-0000-4000-8000-000000000005']);
  });

  it('needs every word to match, in any order', async () => {
    expect(ids((await find({ words: words('ostlund asa') })).rows)).toEqual(['a1000000-0000-4000-8000-000000000001']);
    expect((await find({ words: words('ostlund erik') })).rows).toEqual([]);
  });

  it('finds by part of an e-mail, a merchant reference and a purchase id', async () => {
    expect(ids((await find({ words: words('anna@ex') })).rows)).toEqual(['a2000000-0000-4000-8000-000000000002']);
    expect(ids((await find({ words: words('@firma') })).rows)).toEqual(['a3000000-0000-4000-8000-000000000003']);
    expect(ids((await find({ words: words('BK-1002') })).rows)).toEqual(['a2000000-0000-4000-8000-000000000002']);
    expect(ids((await find({ words: words('order_7') })).rows)).toEqual(['a3000000-0000-4000-8000-000000000003']);
    expect(ids((await find({ words: words('3007') })).rows)).toEqual(['a7000000-0000-4000-8000-000000000007']);
  });

  it('finds by the first characters of a checkout id', async () => {
    expect(ids((await find({ words: words('A40000') })).rows)).toEqual(['a4000000-0000-4000-8000-000000000004']);
    expect(ids((await find({ words: words('a4') })).rows)).toEqual(['a4000000-0000-4000-8000-000000000004']);
  });

  it('matches % and _ literally', async () => {
    expect(ids((await find({ words: ['100%'] })).rows)).toEqual(['a4000000-0000-4000-8000-000000000004']);
    expect(ids((await find({ words: ['%'] })).rows)).toEqual(['a4000000-0000-4000-8000-000000000004']);
    expect(ids((await find({ words: ['r_7'] })).rows)).toEqual(['a3000000-0000-4000-8000-000000000003']);
    expect((await find({ words: ['k_1'] })).rows).toEqual([]);
  });

  it('never shows another company’s checkouts', async () => {
    expect(ids((await find({ words: words('anna') })).rows)).toEqual(['a2000000-0000-4000-8000-000000000002']);
    expect(ids((await find({ company: B })).rows)).toEqual(['b1000000-0000-4000-8000-000000000001']);
  });

  it('filters by one status or several, and counts the filter exactly', async () => {
    const ready = await find({ statuses: ['readyToShip'] });
    expect(new Set(ids(ready.rows))).toEqual(new Set(['a1000000-0000-4000-8000-000000000001', 'a4000000-0000-4000-8000-000000000004', 'a6000000-0000-4000-8000-000000000006']));
    expect(ready.total).toEqual({ count: 3, estimate: false });
    const two = await find({ statuses: ['created', 'canceled'] });
    expect(new Set(ids(two.rows))).toEqual(new Set(['a3000000-0000-4000-8000-000000000003', 'a5000000-0000-4000-8000-000000000005']));
    expect(two.total.count).toBe(2);
  });

  it('filters by creation time, from included and before excluded, leaving out checkouts without a time', async () => {
    const { rows, total } = await find({ createdFrom: JAN + 2 * DAY, createdBefore: JAN + 4 * DAY });
    expect(ids(rows)).toEqual(['a3000000-0000-4000-8000-000000000003', 'a2000000-0000-4000-8000-000000000002']);
    expect(total.count).toBe(2);
    expect(ids((await find({ createdBefore: JAN + 2 * DAY })).rows)).toEqual(['a1000000-0000-4000-8000-000000000001']);
  });

  it('filters by amount, both ends included, leaving out checkouts without one', async () => {
    expect(ids((await find({ amountFrom: 75, amountTo: 250 })).rows)).toEqual([
      'a7000000-0000-4000-8000-000000000007',
      'a2000000-0000-4000-8000-000000000002',
      'a1000000-0000-4000-8000-000000000001',
    ]);
    expect(ids((await find({ amountTo: 0 })).rows)).toEqual(['a8000000-0000-4000-8000-000000000008']);
    expect((await find({ amountFrom: -10, amountTo: 0 })).total.count).toBe(1);
  });

  it('combines search, statuses and ranges', async () => {
    const { rows } = await find({ words: ['example'], statuses: ['readyToShip', 'shipped'], amountFrom: 100, createdFrom: JAN });
    expect(new Set(ids(rows))).toEqual(new Set(['a1000000-0000-4000-8000-000000000001', 'a6000000-0000-4000-8000-000000000006']));
  });

  const RANK = new Map<string, number>(PAYSON_STATUSES.map((status, rank) => [status, rank]));
  const sortValue: Record<(typeof CHECKOUT_SORT_KEYS)[number], (row: TestRow) => number | string> = {
    created: (row) => row.createdAt ?? 0,
    lastChange: (row) => row.lastChangeAt ?? 0,
    amount: (row) => row.amount ?? 0,
    customer: (row) => `${row.firstName ?? ''} ${row.lastName ?? ''}`.toLowerCase(),
    status: (row) => RANK.get(row.status ?? '') ?? 99,
  };

  for (const key of CHECKOUT_SORT_KEYS) {
    for (const dir of ['asc', 'desc'] as const) {
      it(`sorts by ${key} ${dir}, ties broken by checkout id`, async () => {
        const expected = ROWS.filter((row) => row.companyId === A)
          .map((row) => ({ id: row.checkoutId, value: sortValue[key](row) }))
          .sort((x, y) => (x.value < y.value ? -1 : x.value > y.value ? 1 : x.id < y.id ? -1 : 1))
          .map((row) => row.id);
        if (dir === 'desc') expected.reverse();
        expect(ids((await find({ sort: { key, dir } })).rows)).toEqual(expected);
      });
    }
  }

  it('pages with the page size, each row once', async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => find({}, page, 3)));
    expect(pages.map((page) => page.rows.length)).toEqual([3, 3, 2]);
    expect(new Set(pages.flatMap((page) => ids(page.rows))).size).toBe(8);
    expect(pages.every((page) => page.total.count === 8)).toBe(true);
    expect((await find({}, 4, 3)).rows).toEqual([]);
  });

  it('the work queue: Ready to ship only, the one that became so first (expires first) first, unknown last', async () => {
    const { rows, total } = await find({ attention: true });
    expect(ids(rows)).toEqual([
      'a4000000-0000-4000-8000-000000000004',
      'a1000000-0000-4000-8000-000000000001',
      'a6000000-0000-4000-8000-000000000006',
    ]);
    expect(total).toEqual({ count: 3, estimate: false });
  });

  it('every company: both companies in one list', async () => {
    const { rows, total } = await find({ company: 'every', words: words('ostlund') });
    expect(new Set(ids(rows))).toEqual(new Set(['a1000000-0000-4000-8000-000000000001', 'b1000000-0000-4000-8000-000000000001']));
    expect(total.count).toBe(2);
    expect((await find({ company: 'every' })).total.count).toBe(9);
  });

  it('walks every match in the page order, a batch at a time', async () => {
    for (const key of CHECKOUT_SORT_KEYS) {
      for (const dir of ['asc', 'desc'] as const) {
        const search = of({ sort: { key, dir } });
        const batches: string[][] = [];
        for await (const batch of walkCheckoutIndex(database.db, search, 3)) batches.push(ids(batch));
        expect(batches.map((batch) => batch.length), `${key} ${dir}`).toEqual([3, 3, 2]);
        expect(batches.flat(), `${key} ${dir}`).toEqual(ids((await find({ sort: { key, dir } })).rows));
      }
    }
    const every: string[] = [];
    for await (const batch of walkCheckoutIndex(database.db, of({ company: 'every', words: ['bk-1001'] }), 1)) every.push(...ids(batch));
    expect(every).toEqual(['b1000000-0000-4000-8000-000000000001', 'a1000000-0000-4000-8000-000000000001']);
    const queue: string[] = [];
    for await (const batch of walkCheckoutIndex(database.db, of({ attention: true }), 2)) queue.push(...ids(batch));
    expect(queue).toEqual(ids((await find({ attention: true })).rows));
  });

  it('counts up to the cap exactly, and estimates beyond it', async () => {
    const many: TestRow[] = Array.from({ length: COUNT_CAP + 50 }, (_, n) => ({
      companyId: 'company-big',
      checkoutId: `c${String(n).padStart(7, '0')}-0000-4000-8000-000000000000`,
      firstName: 'Many',
      createdAt: JAN + n,
    }));
    await putIndexRows(database.db, many);
    await database.db.execute(sql`analyze checkout_index`);
    const searched = await searchCheckoutIndex(database.db, of({ company: 'company-big', words: ['many'] }), 1, 20);
    expect(searched.rows).toHaveLength(20);
    expect(searched.total.estimate).toBe(true);
    expect(searched.total.count).toBeGreaterThan(COUNT_CAP);
    // Without search words or ranges the count is exact however many there are.
    expect((await searchCheckoutIndex(database.db, of({ company: 'company-big' }), 1, 20)).total).toEqual({ count: COUNT_CAP + 50, estimate: false });
    const few = await searchCheckoutIndex(database.db, of({ company: 'company-big', words: ['c000001'] }), 1, 20);
    expect(few.total).toEqual({ count: 10, estimate: false });
  });

  it('keeps the status totals exact through inserts, upserts that change a status, and deletes', async () => {
    const totals = async () => Object.fromEntries(await indexStatusTotals(database.db, A));
    expect(await totals()).toEqual({ readyToShip: 3, shipped: 1, created: 1, canceled: 1, paidToAccount: 1, expired: 1 });
    // The indexer's upsert: one row moves from readyToShip to shipped, one is new.
    const upsert = [ROWS[0], { ...ROWS[1], checkoutId: 'a9000000-0000-4000-8000-000000000009' }].map((row) => ({
      companyId: A,
      checkoutId: row!.checkoutId,
      status: 'shipped',
      history: {},
      searchText: '',
      indexedAt: 1,
    }));
    await database.db
      .insert(checkoutIndex)
      .values(upsert)
      .onConflictDoUpdate({ target: [checkoutIndex.companyId, checkoutIndex.checkoutId], set: { status: sql`excluded.status` } });
    expect(await totals()).toEqual({ readyToShip: 2, shipped: 3, created: 1, canceled: 1, paidToAccount: 1, expired: 1 });
    await database.db.execute(sql`delete from checkout_index where company_id = ${A} and status = 'shipped'`);
    expect(await totals()).toEqual({ readyToShip: 2, created: 1, canceled: 1, paidToAccount: 1, expired: 1 });
    // Many small writes, then a read folds the deltas and the totals stay.
    for (let n = 0; n < 70; n += 1) {
      await database.db.execute(sql`update checkout_index set status = ${n % 2 === 0 ? 'shipped' : 'created'} where company_id = ${A} and checkout_id = 'a3000000-0000-4000-8000-000000000003'`);
    }
    expect(await totals()).toEqual({ readyToShip: 2, created: 1, canceled: 1, paidToAccount: 1, expired: 1 });
    const [left] = await rawRows<{ n: number }>(database.db, sql`select count(*)::integer as n from checkout_index_count where company_id = ${A}`);
    expect(left?.n).toBeLessThanOrEqual(5);
    expect(Object.fromEntries(await indexStatusTotals(database.db, 'every'))).toMatchObject({ shipped: 1, readyToShip: 2 });
  });
});
