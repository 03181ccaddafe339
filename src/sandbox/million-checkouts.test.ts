import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from './start-sandbox.ts';
import { listPage, payson, paysonAuthorization, signIn, startTestSandbox } from './test-support.ts';

/**
 * A million checkouts (2 × 500,000), generated lazily: every page, filtered or not, answers the
 * right checkouts. How fast is the benchmark's question (bench/scale.ts measures these same pages
 * through the gateway at two sizes); a unit test asserts no wall-clock time.
 */

let sandbox: RunningSandbox;
let authorization = '';

beforeAll(async () => {
  sandbox = await startTestSandbox({ checkoutsPerCompany: 500_000 });
  authorization = await paysonAuthorization(sandbox, (await signIn(sandbox, 'admin@sandbox.test')).access_token);
});
afterAll(() => sandbox.close());

describe('a company with 500,000 checkouts', () => {
  it('pages through all of them, and past the last page finds none', async () => {
    const first = await listPage(sandbox, authorization);
    expect(first).toMatchObject({ totalCount: 500_000, totalPages: 25_000, page: 1, pageSize: 20 });
    expect(first.data).toHaveLength(20);
    const deep = await listPage(sandbox, authorization, '?page=20000');
    expect(deep.data).toHaveLength(20);
    expect(deep.data.map((checkout) => checkout.id)).not.toEqual(first.data.map((checkout) => checkout.id));
    expect((await listPage(sandbox, authorization, '?page=25001')).data).toEqual([]);
  });

  it('filters by status on every page, deep ones included', async () => {
    const ready = await listPage(sandbox, authorization, '?status=readyToShip');
    expect(ready.totalCount).toBeGreaterThan(0);
    expect(ready.totalCount).toBeLessThan(500_000);
    const deepPage = Math.max(1, ready.totalPages - 3);
    const deep = await listPage(sandbox, authorization, `?status=readyToShip&page=${deepPage}`);
    expect(deep.data.length).toBeGreaterThan(0);
    for (const checkout of [...ready.data, ...deep.data]) expect(checkout.status).toBe('readyToShip');

    const paid = await listPage(sandbox, authorization, '?status=PaidToAccount&page=10');
    for (const checkout of paid.data) expect(checkout.status).toBe('paidToAccount');
  });

  it('reads one checkout by id', async () => {
    const [row] = (await listPage(sandbox, authorization, '?status=readyToShip')).data;
    const response = await payson(sandbox, `/Checkouts/${String(row?.id)}`, authorization);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: row?.id, status: 'readyToShip' });
  });
});
