import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { companyListSchema, currentUserSchema } from '../contract/bokamera.ts';
import type { RunningSandbox } from './start-sandbox.ts';
import { bokamera, control, listPage, payson, paysonAuthorization, signIn, startTestSandbox } from './test-support.ts';

let sandbox: RunningSandbox;
const tokens: Record<string, string> = {};
let firstCompanyId = '';
let secondCompanyId = '';
let adminPayson = '';

beforeAll(async () => {
  sandbox = await startTestSandbox();
  for (const who of ['admin', 'reader', 'superadmin', 'other-admin']) {
    tokens[who] = (await signIn(sandbox, `${who}@sandbox.test`)).access_token;
  }
  const companies = companyListSchema.parse(await (await bokamera(sandbox, '/companies')).json());
  firstCompanyId = companies.Results[0]?.Id ?? '';
  secondCompanyId = companies.Results[1]?.Id ?? '';
  adminPayson = await paysonAuthorization(sandbox, tokens.admin ?? '');
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await control(sandbox, '/reset', { method: 'POST' });
});

const NOT_AUTHENTICATED = { ResponseStatus: { ErrorCode: 'NotAuthenticated', Message: 'Not Authenticated', Errors: [] } };
const INVALID_ROLE = { ResponseStatus: { ErrorCode: 'Forbidden', Message: 'Invalid Role', Errors: [] } };

async function firstIdWithStatus(status: string, authorization = adminPayson): Promise<string> {
  const page = await listPage(sandbox, authorization, `?status=${status}`);
  const id = page.data[0]?.id;
  if (typeof id !== 'string') throw new Error(`no ${status} checkout`);
  return id;
}

describe('BokaMera authentication', () => {
  it('requires the x-api-key on every call, anonymous or not', async () => {
    for (const apiKey of [null, 'not-the-key']) {
      const response = await bokamera(sandbox, '/companies', { apiKey, token: tokens.admin });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ ResponseStatus: { ErrorCode: 'Unauthorized' } });
    }
  });

  it('requires a valid bearer token on authenticated operations', async () => {
    for (const token of [undefined, 'not.a.jwt', `${tokens.admin}x`]) {
      const response = await bokamera(sandbox, '/users', token === undefined ? {} : { token });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual(NOT_AUTHENTICATED);
    }
  });

  it('tells the signed-in admin who they are and which company they administer', async () => {
    const own = currentUserSchema.parse(await (await bokamera(sandbox, '/users', { token: tokens.admin })).json());
    expect(own.AdminProfile).toEqual({ CompanyId: firstCompanyId, Email: 'admin@sandbox.test', Firstname: 'Anna', Lastname: 'Lindqvist' });
    const other = currentUserSchema.parse(await (await bokamera(sandbox, '/users', { token: tokens['other-admin'] })).json());
    expect(other.AdminProfile?.CompanyId).toBe(secondCompanyId);
  });
});

describe('GET /companies', () => {
  it('pages and searches companies case-insensitively', async () => {
    const all = companyListSchema.parse(await (await bokamera(sandbox, '/companies?Skip=1&Take=1')).json());
    expect(all).toMatchObject({ Offset: 1, Total: 2, Results: [{ Id: secondCompanyId, Active: true }] });
    const found = companyListSchema.parse(await (await bokamera(sandbox, '/companies?search=KLIPPO')).json());
    expect(found.Results.map((company) => company.Name)).toEqual(['Salong Klippoteket']);
    const byId = companyListSchema.parse(await (await bokamera(sandbox, `/companies?Id=${secondCompanyId}`)).json());
    expect(byId.Total).toBe(1);
  });

  it('shows the organisation number only to the company’s own admins and superadmins', async () => {
    const asAdmin = companyListSchema.parse(await (await bokamera(sandbox, '/companies', { token: tokens.admin })).json());
    expect(asAdmin.Results.map((company) => Boolean(company.OrganisationNumber))).toEqual([true, false]);
    const asSuper = companyListSchema.parse(await (await bokamera(sandbox, '/companies', { token: tokens.superadmin })).json());
    expect(asSuper.Results.every((company) => company.OrganisationNumber)).toBe(true);
  });
});

describe('GET /payment/payson/apisettings', () => {
  const settings = async (who: string, companyId?: string) =>
    bokamera(sandbox, `/payment/payson/apisettings${companyId ? `?CompanyId=${companyId}` : ''}`, { token: tokens[who] });

  it('answers write and read admins for their own company, ignoring any CompanyId', async () => {
    for (const who of ['admin', 'reader']) {
      const response = await settings(who, secondCompanyId);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ CompanyId: firstCompanyId, SecurityUserId: expect.any(String) });
    }
  });

  it('lets only a superadmin name another company', async () => {
    expect(await (await settings('superadmin', secondCompanyId)).json()).toMatchObject({ CompanyId: secondCompanyId });
    expect(await (await settings('superadmin')).json()).toMatchObject({ CompanyId: firstCompanyId });
    expect((await settings('superadmin', '00000000-0000-0000-0000-000000000000')).status).toBe(404);
  });
});

describe('GET /payment/payson/v2/checkout/{Id}', () => {
  it('answers Id, Snippet and the status in PascalCase, asking Payson', async () => {
    const id = await firstIdWithStatus('readyToShip');
    const response = await bokamera(sandbox, `/payment/payson/v2/checkout/${id}?CompanyId=${firstCompanyId}`, { token: tokens.reader });
    expect(await response.json()).toEqual({ Id: id, Snippet: expect.stringContaining('paysonContainer'), Status: 'ReadyToShip' });
    const logged = ((await (await control(sandbox, '/requests')).json()) as { requests: unknown[] }).requests;
    expect(logged.at(-2)).toMatchObject({ upstream: 'payson', method: 'GET', path: `/Checkouts/${id}`, status: 200 });
    expect(logged.at(-1)).toMatchObject({ upstream: 'bokamera', method: 'GET', status: 200 });
  });

  it('does not find another company’s checkout', async () => {
    const id = await firstIdWithStatus('readyToShip');
    const response = await bokamera(sandbox, `/payment/payson/v2/checkout/${id}`, { token: tokens['other-admin'] });
    expect(response.status).toBe(404);
  });
});

describe('PUT /payment/payson/v2/checkout/{Id}/sendpaymentrequest', () => {
  const send = (id: string, who: string, companyId = firstCompanyId) =>
    bokamera(sandbox, `/payment/payson/v2/checkout/${id}/sendpaymentrequest`, {
      method: 'PUT',
      token: tokens[who],
      body: { CompanyId: companyId },
    });

  it('ships a ReadyToShip checkout through Payson', async () => {
    const before = await listPage(sandbox, adminPayson, '?status=readyToShip');
    const id = String(before.data[0]?.id);
    await control(sandbox, '/reset', { method: 'POST' }); // an empty log

    const response = await send(id, 'admin');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ Id: id, Snippet: expect.any(String), Status: 'Shipped' });

    const checkout = (await (await payson(sandbox, `/Checkouts/${id}`, adminPayson)).json()) as { status: string; history: { shipped: string; readyToShip: string } };
    expect(checkout.status).toBe('shipped');
    expect(Date.parse(checkout.history.shipped)).toBeGreaterThan(Date.parse(checkout.history.readyToShip));
    const after = await listPage(sandbox, adminPayson, '?status=readyToShip');
    expect(after.totalCount).toBe(before.totalCount - 1);
    expect(after.data[0]?.id).not.toBe(id);
    const shipped = await listPage(sandbox, adminPayson, '?status=shipped');
    expect(shipped.data.map((c) => c.id)).toContain(id);

    const { requests } = (await (await control(sandbox, '/requests')).json()) as { requests: { upstream: string; method: string; path: string; status: number }[] };
    expect(requests.slice(0, 3).map((r: { upstream: string; method: string; path: string; status: number }) => [r.upstream, r.method, r.path, r.status])).toEqual([
      ['payson', 'GET', `/Checkouts/${id}`, 200],
      ['payson', 'PUT', `/Checkouts/${id}`, 200],
      ['bokamera', 'PUT', `/payment/payson/v2/checkout/${id}/sendpaymentrequest`, 200],
    ]);
  });

  it('refuses a checkout that is not ReadyToShip, saying why', async () => {
    const id = await firstIdWithStatus('paidToAccount');
    const response = await send(id, 'admin');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      ResponseStatus: {
        ErrorCode: 'ValidationException',
        Message: 'The checkout must have status ReadyToShip to send the payment request. Its status is PaidToAccount.',
        Errors: [],
      },
    });
  });

  it('refuses the read-only role', async () => {
    const id = await firstIdWithStatus('readyToShip');
    const response = await send(id, 'reader');
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual(INVALID_ROLE);
    expect(((await (await payson(sandbox, `/Checkouts/${id}`, adminPayson)).json()) as { status: string }).status).toBe('readyToShip');
  });

  it('scopes to the caller’s own company unless a superadmin names one', async () => {
    const id = await firstIdWithStatus('readyToShip');
    const otherAdmin = await send(id, 'other-admin', firstCompanyId); // CompanyId ignored: not in their company
    expect(otherAdmin.status).toBe(404);
    expect(await otherAdmin.json()).toMatchObject({ ResponseStatus: { ErrorCode: 'NotFound' } });

    const secondPayson = await paysonAuthorization(sandbox, tokens.superadmin ?? '', secondCompanyId);
    const secondId = await firstIdWithStatus('readyToShip', secondPayson);
    const superadmin = await send(secondId, 'superadmin', secondCompanyId);
    expect(superadmin.status).toBe(200);
    expect(await superadmin.json()).toMatchObject({ Status: 'Shipped' });
  });

  it('needs a signed-in user', async () => {
    const id = await firstIdWithStatus('readyToShip');
    const response = await bokamera(sandbox, `/payment/payson/v2/checkout/${id}/sendpaymentrequest`, { method: 'PUT', body: {} });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(NOT_AUTHENTICATED);
  });
});
