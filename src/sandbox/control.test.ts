import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RequestLog } from './request-log.ts';
import type { RunningSandbox } from './start-sandbox.ts';
import { addFault, bokamera, control, listPage, passwordGrant, payson, paysonAuthorization, signIn, startTestSandbox } from './test-support.ts';

let sandbox: RunningSandbox;
let adminToken = '';
let adminPayson = '';

beforeAll(async () => {
  sandbox = await startTestSandbox();
  adminToken = (await signIn(sandbox, 'admin@sandbox.test')).access_token;
  adminPayson = await paysonAuthorization(sandbox, adminToken);
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await control(sandbox, '/reset', { method: 'POST' });
});

const requests = async () => ((await (await control(sandbox, '/requests')).json()) as { requests: { upstream: string; path: string; status: number }[] }).requests;

describe('faults', () => {
  it('make each upstream answer a status in its own error shape', async () => {
    await addFault(sandbox, { upstream: 'payson', status: 503 });
    await addFault(sandbox, { upstream: 'bokamera', status: 500 });
    await addFault(sandbox, { upstream: 'identity', status: 503 });

    const paysonAnswer = await payson(sandbox, '/Checkouts', adminPayson);
    expect(paysonAnswer.status).toBe(503);
    expect(await paysonAnswer.json()).toEqual({ message: 'Service Unavailable', errors: [] });
    const bokameraAnswer = await bokamera(sandbox, '/users', { token: adminToken });
    expect(bokameraAnswer.status).toBe(500);
    expect(await bokameraAnswer.json()).toEqual({
      ResponseStatus: { ErrorCode: 'InternalServerError', Message: 'Internal Server Error', Errors: [] },
    });
    const identityAnswer = await passwordGrant(sandbox, 'admin@sandbox.test');
    expect(identityAnswer.status).toBe(503);
    expect(await identityAnswer.json()).toMatchObject({ error: 'unknown_error' });

    expect((await payson(sandbox, '/Checkouts', adminPayson)).status).toBe(200); // one call only, by default
  });

  it('hit the next `times` calls that match method and path', async () => {
    await addFault(sandbox, { upstream: 'payson', status: 502, times: 2, method: 'get', path: 'status=readyToShip' });
    expect((await payson(sandbox, '/Checkouts', adminPayson)).status).toBe(200);
    expect((await payson(sandbox, '/Checkouts?status=readyToShip', adminPayson)).status).toBe(502);
    expect((await payson(sandbox, '/Checkouts?status=readyToShip', adminPayson)).status).toBe(502);
    expect((await payson(sandbox, '/Checkouts?status=readyToShip', adminPayson)).status).toBe(200);
    expect(((await (await control(sandbox, '/faults')).json()) as { faults: unknown[] }).faults).toEqual([]);
  });

  it('answer a given JSON body as is, with a given status or 200, without acting on the call', async () => {
    await addFault(sandbox, { upstream: 'payson', path: '/Checkouts', body: { data: 'nope' } });
    await addFault(sandbox, { upstream: 'bokamera', status: 403, body: { ResponseStatus: { Message: 'Invalid Role' } } });
    const page = await payson(sandbox, '/Checkouts', adminPayson);
    expect(page.status).toBe(200);
    expect(await page.json()).toEqual({ data: 'nope' });
    const settings = await bokamera(sandbox, '/payment/payson/apisettings', { token: adminToken });
    expect(settings.status).toBe(403);
    expect(await settings.json()).toEqual({ ResponseStatus: { Message: 'Invalid Role' } });
    expect((await listPage(sandbox, adminPayson)).totalCount).toBeGreaterThan(0);
  });

  it('delay an answer', async () => {
    // Order, not a stopwatch: the delayed call (the fault's one time) answers after a later call
    // that is not delayed.
    await addFault(sandbox, { upstream: 'bokamera', delayMs: 1_000 });
    const answered: string[] = [];
    const delayed = bokamera(sandbox, '/users', { token: adminToken }).then((response) => {
      answered.push('delayed');
      return response;
    });
    await expect.poll(async () => ((await (await control(sandbox, '/faults')).json()) as { faults: unknown[] }).faults).toEqual([]);
    const prompt = await bokamera(sandbox, '/users', { token: adminToken });
    answered.push('prompt');
    expect(prompt.status).toBe(200);
    expect((await delayed).status).toBe(200);
    expect(answered).toEqual(['prompt', 'delayed']);
  });

  it('drop the connection', async () => {
    await addFault(sandbox, { upstream: 'payson', drop: true });
    await expect(payson(sandbox, '/Checkouts', adminPayson)).rejects.toThrow();
    expect((await requests()).at(-1)).toMatchObject({ upstream: 'payson', path: '/Checkouts', status: 0 });
    expect((await payson(sandbox, '/Checkouts', adminPayson)).status).toBe(200);
  });

  it('reach BokaMera’s own calls to Payson: a failed ship leaves the checkout as it was', async () => {
    const id = String((await listPage(sandbox, adminPayson, '?status=readyToShip')).data[0]?.id);
    await addFault(sandbox, { upstream: 'payson', method: 'PUT', status: 503 });
    const response = await bokamera(sandbox, `/payment/payson/v2/checkout/${id}/sendpaymentrequest`, { method: 'PUT', token: adminToken, body: {} });
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ ResponseStatus: { Message: 'Payson answered 503 Service Unavailable' } });
    expect(((await (await payson(sandbox, `/Checkouts/${id}`, adminPayson)).json()) as { status: string }).status).toBe('readyToShip');
  });

  it('are cleared by DELETE, and a malformed one is refused', async () => {
    await addFault(sandbox, { upstream: 'payson', status: 500, times: 5 });
    expect((await control(sandbox, '/faults', { method: 'DELETE' })).status).toBe(204);
    expect((await payson(sandbox, '/Checkouts', adminPayson)).status).toBe(200);
    expect((await addFault(sandbox, { upstream: 'payson' })).status).toBe(400);
    expect((await addFault(sandbox, { upstream: 'elsewhere', status: 500 })).status).toBe(400);
  });
});

describe('reset', () => {
  it('undoes changes, faults and the log', async () => {
    const id = String((await listPage(sandbox, adminPayson, '?status=readyToShip')).data[0]?.id);
    await bokamera(sandbox, `/payment/payson/v2/checkout/${id}/sendpaymentrequest`, { method: 'PUT', token: adminToken, body: {} });
    expect(((await (await payson(sandbox, `/Checkouts/${id}`, adminPayson)).json()) as { status: string }).status).toBe('shipped');
    await addFault(sandbox, { upstream: 'payson', status: 500 });

    expect((await control(sandbox, '/reset', { method: 'POST' })).status).toBe(204);
    expect(await requests()).toEqual([]);
    expect(((await (await payson(sandbox, `/Checkouts/${id}`, adminPayson)).json()) as { status: string }).status).toBe('readyToShip');
    expect((await listPage(sandbox, adminPayson, '?status=readyToShip')).data[0]?.id).toBe(id);
  });
});

describe('the request log', () => {
  it('records upstream, method, path with query, status and time, newest last', async () => {
    await payson(sandbox, '/Checkouts?status=Shipped&page=2', adminPayson);
    await bokamera(sandbox, '/users');
    expect(await requests()).toEqual([
      { upstream: 'payson', method: 'GET', path: '/Checkouts?status=Shipped&page=2', status: 200, time: expect.any(String) },
      { upstream: 'bokamera', method: 'GET', path: '/users', status: 401, time: expect.any(String) },
    ]);
  });

  it('keeps only the latest entries', () => {
    const log = new RequestLog(3);
    for (let i = 1; i <= 5; i++) log.record({ upstream: 'payson', method: 'GET', path: `/${i}`, status: 200, time: '' });
    expect(log.entries().map((entry) => entry.path)).toEqual(['/3', '/4', '/5']);
  });
});

describe('RunningSandbox.control', () => {
  it('answers /__sandbox/* requests addressed to another origin (the gateway’s)', async () => {
    await payson(sandbox, '/Accounts', adminPayson);
    const response = await sandbox.control(new Request('http://localhost:4173/__sandbox/requests'), '127.0.0.1');
    expect(((await response.json()) as { requests: unknown[] }).requests).toHaveLength(1);
    const reset = await sandbox.control(
      new Request('http://localhost:4173/__sandbox/reset', { method: 'POST', headers: { 'content-type': 'application/json' } }),
      '::1',
    );
    expect(reset.status).toBe(204);
  });

  it('refuses a client that is not on this machine, whatever it asks', async () => {
    for (const remoteAddress of ['192.168.1.20', '::ffff:10.0.0.7', undefined]) {
      const read = await sandbox.control(new Request('http://localhost:4173/__sandbox/requests'), remoteAddress);
      expect(read.status, String(remoteAddress)).toBe(403);
      const reset = await sandbox.control(
        new Request('http://localhost:4173/__sandbox/reset', { method: 'POST', headers: { 'content-type': 'application/json' } }),
        remoteAddress,
      );
      expect(reset.status, String(remoteAddress)).toBe(403);
    }
  });
});

describe('the control routes refuse what a web page could send', () => {
  const faultBody = JSON.stringify({ upstream: 'payson', status: 500 });
  const post = (path: string, headers: Record<string, string>, body: string | URLSearchParams = faultBody) =>
    fetch(`${sandbox.origin}/__sandbox${path}`, { method: 'POST', headers, body });
  const pending = async () => ((await (await control(sandbox, '/faults')).json()) as { faults: unknown[] }).faults;

  it('refuses a text/plain POST, as a cross-site form or fetch without preflight sends it (415), and nothing changes', async () => {
    const response = await post('/faults', { 'content-type': 'text/plain;charset=UTF-8' });
    expect(response.status).toBe(415);
    expect(await pending()).toEqual([]);
  });

  it('refuses a form POST (415), and a POST with no content type', async () => {
    expect((await post('/faults', { 'content-type': 'application/x-www-form-urlencoded' }, new URLSearchParams({ upstream: 'payson' }))).status).toBe(415);
    expect((await post('/faults', { 'content-type': 'multipart/form-data; boundary=x' }, '--x--')).status).toBe(415);
    expect((await fetch(`${sandbox.origin}/__sandbox/reset`, { method: 'POST' })).status).toBe(415);
    expect(await pending()).toEqual([]);
  });

  it('refuses any request carrying a foreign Origin or coming from another site (403), even JSON', async () => {
    const json = { 'content-type': 'application/json' };
    for (const origin of ['https://evil.example', 'null', 'http://localhost:1']) {
      expect((await post('/faults', { ...json, origin })).status, origin).toBe(403);
      expect((await fetch(`${sandbox.origin}/__sandbox/requests`, { headers: { origin } })).status, origin).toBe(403);
    }
    expect((await post('/faults', { ...json, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect(await pending()).toEqual([]);
    expect((await post('/faults', { ...json, origin: sandbox.origin, 'sec-fetch-site': 'same-origin' })).status).toBe(201);
  });

  it('refuses a request addressed to a name other than loopback (a DNS-rebinding page)', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const call = request(`${sandbox.origin}/__sandbox/requests`, { headers: { host: `rebind.evil.example:${new URL(sandbox.origin).port}` } }, (answer) => {
        answer.resume();
        resolve(answer.statusCode);
      });
      call.on('error', reject);
      call.end();
    });
    expect(status).toBe(403);
  });
});

describe('changes in Payson behind the dashboard’s back', () => {
  const post = (path: string, body: unknown) => control(sandbox, path, { method: 'POST', body: JSON.stringify(body) });

  it('sets a checkout’s status, stamped in its history, and moves it between the status lists', async () => {
    const ready = await listPage(sandbox, adminPayson, '?status=ReadyToShip');
    const id = String(ready.data[0]?.id);
    const changed = await post(`/checkouts/${id}`, { status: 'canceled' });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ id, status: 'canceled', history: { canceled: expect.any(String) } });

    expect((await listPage(sandbox, adminPayson, '?status=ReadyToShip')).totalCount).toBe(ready.totalCount - 1);
    expect((await listPage(sandbox, adminPayson, '?status=Canceled')).data.map((checkout) => checkout.id)).toContain(id);
    expect(await (await payson(sandbox, `/Checkouts/${id}`, adminPayson)).json()).toMatchObject({ status: 'canceled' });
    expect((await post('/checkouts/no-such-checkout', { status: 'shipped' })).status).toBe(404);
    expect((await post(`/checkouts/${id}`, { status: 'onHold' })).status).toBe(400);
  });

  it('adds a new checkout, the newest: first in its lists, until a reset', async () => {
    const before = await listPage(sandbox, adminPayson);
    const settings = await bokamera(sandbox, '/payment/payson/apisettings', { token: adminToken });
    const company = ((await settings.json()) as { CompanyId: string }).CompanyId;
    expect((await post('/companies/no-such-company/checkouts', {})).status).toBe(404);
    const added = await post(`/companies/${company}/checkouts`, { firstName: 'Östen', status: 'readyToShip', amount: 199 });
    expect(added.status).toBe(201);
    const checkout = (await added.json()) as { id: string };
    expect(checkout).toMatchObject({ status: 'readyToShip', customer: { firstName: 'Östen' }, order: { totalPriceIncludingTax: 199 } });

    const after = await listPage(sandbox, adminPayson);
    expect(after.totalCount).toBe(before.totalCount + 1);
    expect(after.data[0]?.id).toBe(checkout.id);
    expect(after.data[1]?.id).toBe(before.data[0]?.id);
    expect((await listPage(sandbox, adminPayson, '?status=ReadyToShip')).data[0]?.id).toBe(checkout.id);
    expect(await (await payson(sandbox, `/Checkouts/${checkout.id}`, adminPayson)).json()).toMatchObject({ id: checkout.id });

    await control(sandbox, '/reset', { method: 'POST' });
    expect((await listPage(sandbox, adminPayson)).totalCount).toBe(before.totalCount);
  });
});
