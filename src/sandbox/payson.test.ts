import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkoutListPageSchema, paysonAccountSchema } from '../contract/payson.ts';
import type { RunningSandbox } from './start-sandbox.ts';
import { bokamera, control, listPage, payson, paysonAuthorization, signIn, startTestSandbox } from './test-support.ts';

let sandbox: RunningSandbox;
let first = '';
let second = '';

beforeAll(async () => {
  sandbox = await startTestSandbox({ checkoutsPerCompany: 1000 });
  const superadmin = (await signIn(sandbox, 'superadmin@sandbox.test')).access_token;
  first = await paysonAuthorization(sandbox, superadmin);
  const companies = (await (await bokamera(sandbox, '/companies')).json()) as { Results: { Id: string }[] };
  second = await paysonAuthorization(sandbox, superadmin, String(companies.Results[1]?.Id));
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await control(sandbox, '/reset', { method: 'POST' });
});

const put = (id: string, body: unknown, authorization = first) =>
  payson(sandbox, `/Checkouts/${id}`, authorization, { method: 'PUT', body: JSON.stringify(body) });
const firstWithStatus = async (status: string) => {
  const checkout = (await listPage(sandbox, first, `?status=${status}`)).data[0];
  if (!checkout) throw new Error(`no ${status} checkout`);
  return checkout as Record<string, unknown> & { id: string };
};

describe('Payson authentication', () => {
  it('answers 401 with no body to missing or wrong Basic credentials', async () => {
    for (const authorization of ['', 'Basic bm9ib2R5Om5vdGhpbmc=', first.replace(/.$/, 'x'), 'Bearer abc']) {
      const response = await fetch(`${sandbox.urls.payson}/Checkouts`, { headers: authorization ? { authorization } : {} });
      expect(response.status).toBe(401);
      expect(await response.text()).toBe('');
    }
  });

  it('shows each merchant its account', async () => {
    const account = paysonAccountSchema.parse(await (await payson(sandbox, '/Accounts', first)).json());
    expect(account).toMatchObject({ status: 'Approved', accountEmail: expect.stringContaining('@') });
  });
});

describe('GET /Checkouts', () => {
  it('pages 20 at a time, newest first, the merchant’s own only', async () => {
    const page = checkoutListPageSchema.parse(await (await payson(sandbox, '/Checkouts', first)).json());
    expect(page).toMatchObject({ pageSize: 20, page: 1, totalPages: 50, count: 20, totalCount: 1000 });
    const created = page.data.map((checkout) => Date.parse(checkout.history.created ?? ''));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    const other = await listPage(sandbox, second);
    expect(other.data.map((c) => c.id)).not.toContain(page.data[0]?.id);
  });

  it('answers a page past the end with no data and the real totals', async () => {
    const last = await listPage(sandbox, first, '?page=50');
    expect(last.count).toBe(20);
    const past = await listPage(sandbox, first, '?page=51');
    expect(past).toMatchObject({ page: 51, totalPages: 50, count: 0, totalCount: 1000, data: [] });
  });

  it('filters by status in any casing', async () => {
    const pages = await Promise.all(['ReadyToShip', 'readyToShip', 'READYTOSHIP'].map((status) => listPage(sandbox, first, `?status=${status}&page=1`)));
    expect(pages[1]).toEqual({ ...pages[0], links: expect.anything() });
    expect(pages[2]?.data).toEqual(pages[0]?.data);
    const page = pages[0]!;
    expect(page.totalCount).toBeGreaterThan(20);
    expect(page.data.every((checkout) => checkout.status === 'readyToShip')).toBe(true);
    expect(page.totalPages).toBe(Math.ceil(page.totalCount / 20));
  });

  it('refuses an unknown status or page with Payson’s 400 body', async () => {
    const status = await payson(sandbox, '/Checkouts?status=Refunded', first);
    expect(status.status).toBe(400);
    expect(await status.json()).toEqual({ message: expect.any(String), errors: [{ property: 'status', message: expect.stringContaining('Refunded') }] });
    const page = await payson(sandbox, '/Checkouts?page=0', first);
    expect(page.status).toBe(400);
    expect(await page.json()).toMatchObject({ errors: [{ property: 'page' }] });
  });
});

describe('GET /Checkouts, as Payson’s own SDKs call it', () => {
  it('takes an empty status (the SDKs send `status=` when unfiltered) as no filter', async () => {
    const unfiltered = await listPage(sandbox, first, '?page=1');
    const emptyStatus = await listPage(sandbox, first, '?status=&page=1');
    expect(emptyStatus.data).toEqual(unfiltered.data);
    expect(emptyStatus).toMatchObject({ totalCount: 1000, totalPages: 50 });
  });

  it('answers an empty list with totalPages 0, whether the merchant has no checkouts or none match', async () => {
    const empty = await startTestSandbox({ checkoutsPerCompany: 0 });
    try {
      const token = (await signIn(empty, 'admin@sandbox.test')).access_token;
      const none = await listPage(empty, await paysonAuthorization(empty, token), '?status=&page=1');
      expect(none).toMatchObject({ pageSize: 20, page: 1, totalPages: 0, count: 0, totalCount: 0, data: [] });
    } finally {
      await empty.close();
    }
    const canceled = await listPage(sandbox, first, '?status=Canceled');
    const pastTheEnd = await listPage(sandbox, first, `?status=Canceled&page=${canceled.totalPages + 1}`);
    expect(pastTheEnd.totalPages).toBe(canceled.totalPages);
  });
});

describe('GET /Checkouts/{id}', () => {
  it('finds the merchant’s own checkout, in any casing of the id', async () => {
    const checkout = await firstWithStatus('expired');
    expect(await (await payson(sandbox, `/Checkouts/${checkout.id.toUpperCase()}`, first)).json()).toEqual(checkout);
  });

  it('does not find another merchant’s or an unknown checkout', async () => {
    const checkout = await firstWithStatus('expired');
    expect((await payson(sandbox, `/Checkouts/${checkout.id}`, second)).status).toBe(404);
    expect((await payson(sandbox, '/Checkouts/a9e48054-20ab-49e6-84f1-a53d00b1a905', first)).status).toBe(404);
  });
});

describe('PUT /Checkouts/{id}', () => {
  it('ships a readyToShip checkout and stamps the history', async () => {
    const checkout = await firstWithStatus('readyToShip');
    const response = await put(checkout.id, { ...checkout, status: 'shipped' });
    expect(response.status).toBe(200);
    const updated = await response.json();
    expect(updated).toEqual({ ...checkout, status: 'shipped', history: { ...(checkout.history as object), shipped: expect.any(String) } });
    expect(await (await payson(sandbox, `/Checkouts/${checkout.id}`, first)).json()).toEqual(updated);
  });

  it('cancels before shipping, and only then', async () => {
    const checkout = await firstWithStatus('readyToShip');
    const canceled = await put(checkout.id, { ...checkout, status: 'canceled' });
    expect(canceled.status).toBe(200);
    expect(await canceled.json()).toMatchObject({ status: 'canceled', history: { canceled: expect.any(String) } });
    const canceledList = await listPage(sandbox, first, '?status=canceled');
    expect(canceledList.data.map((c) => c.id)).toContain(checkout.id);

    const shipped = await firstWithStatus('shipped');
    const refused = await put(shipped.id, { ...shipped, status: 'canceled' });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ message: expect.any(String), errors: [{ property: 'status' }] });
  });

  it('takes Payson’s own Update example (id, order, merchant; no status): 200, the status kept, the fields given changed', async () => {
    const checkout = await firstWithStatus('readyToShip');
    const merchant = { ...(checkout.merchant as object), reference: 'order-4711' };
    const response = await put(checkout.id, { id: checkout.id, order: checkout.order, merchant });
    expect(response.status).toBe(200);
    const updated = await response.json();
    expect(updated).toEqual({ ...checkout, merchant });
    expect(await (await payson(sandbox, `/Checkouts/${checkout.id}`, first)).json()).toEqual(updated);
    expect((await put(checkout.id, { id: checkout.id, merchant: 'not an object' })).status).toBe(400);
  });

  it('refuses to ship from any other status, or to set a status Payson sets itself', async () => {
    const expired = await firstWithStatus('expired');
    expect((await put(expired.id, { ...expired, status: 'shipped' })).status).toBe(400);
    const ready = await firstWithStatus('readyToShip');
    expect((await put(ready.id, { ...ready, status: 'paidToAccount' })).status).toBe(400);
    expect((await put(ready.id, { ...ready, id: expired.id, status: 'shipped' })).status).toBe(400);
    expect((await put(ready.id, 'not a checkout')).status).toBe(400);
    expect((await put(ready.id, { ...ready, status: 'shipped' }, second)).status).toBe(404);
    expect(((await (await payson(sandbox, `/Checkouts/${ready.id}`, first)).json()) as { status: string }).status).toBe('readyToShip');
  });
});
