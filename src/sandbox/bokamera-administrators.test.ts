import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminRoleCatalogueSchema, administratorListSchema, companyListSchema, currentUserSchema } from '../contract/bokamera.ts';
import { ROLES } from '../contract/roles.ts';
import { accountByEmail } from './accounts.ts';
import { sandboxOptionsFromEnv } from './options.ts';
import type { RunningSandbox } from './start-sandbox.ts';
import { bokamera, signIn, startTestSandbox } from './test-support.ts';

/** BokaMera keeps administrator roles itself, so its role rules hold with tokens that carry none. */

let sandbox: RunningSandbox;
const tokens: Record<string, string> = {};
let secondCompanyId = '';

beforeAll(async () => {
  sandbox = await startTestSandbox({ tokenRoles: 'none' });
  for (const who of ['admin', 'reader', 'superadmin', 'customer']) {
    tokens[who] = (await signIn(sandbox, `${who}@sandbox.test`)).access_token;
  }
  const companies = companyListSchema.parse(await (await bokamera(sandbox, '/companies')).json());
  secondCompanyId = companies.Results[1]?.Id ?? '';
});
afterAll(() => sandbox.close());

const claimsOf = (jwt: string | undefined) => JSON.parse(Buffer.from(jwt?.split('.')[1] ?? '', 'base64url').toString('utf8'));
const userId = (email: string) => accountByEmail(email)?.userId ?? '';
const INVALID_ROLE = { ResponseStatus: { ErrorCode: 'Forbidden', Message: 'Invalid Role', Errors: [] } };

describe('SANDBOX_TOKEN_ROLES', () => {
  it('is read from the environment: none, or the default realm_access; anything else stops start-up', () => {
    expect(sandboxOptionsFromEnv({}).tokenRoles).toBe('realm_access');
    expect(sandboxOptionsFromEnv({ SANDBOX_TOKEN_ROLES: ' none ' }).tokenRoles).toBe('none');
    expect(sandboxOptionsFromEnv({ SANDBOX_TOKEN_ROLES: 'realm_access' }).tokenRoles).toBe('realm_access');
    expect(() => sandboxOptionsFromEnv({ SANDBOX_TOKEN_ROLES: 'nothing' })).toThrow(/SANDBOX_TOKEN_ROLES/);
  });

  it('with none, issues access tokens with no role claims at all', () => {
    for (const token of Object.values(tokens)) {
      const claims = claimsOf(token);
      expect(claims.sub).toMatch(/^[0-9a-f-]{36}$/);
      for (const claim of ['realm_access', 'resource_access', 'roles', 'groups']) expect(claims).not.toHaveProperty(claim);
      expect(JSON.stringify(claims)).not.toMatch(/administrator-(read|write)|"superadmin"/);
    }
  });
});

describe('BokaMera’s role rules with role-less tokens (its own roles, by user id)', () => {
  it('lets a reader read the Payson settings but not send a payment request', async () => {
    expect((await bokamera(sandbox, '/payment/payson/apisettings', { token: tokens.reader })).status).toBe(200);
    const send = await bokamera(sandbox, '/payment/payson/v2/checkout/any-id/sendpaymentrequest', {
      token: tokens.reader,
      method: 'PUT',
      body: {},
    });
    expect(send.status).toBe(403);
    expect(await send.json()).toEqual(INVALID_ROLE);
  });

  it('lets only a superadmin name another company', async () => {
    const settingsOf = async (who: string) =>
      (await (await bokamera(sandbox, `/payment/payson/apisettings?CompanyId=${secondCompanyId}`, { token: tokens[who] })).json()) as {
        CompanyId: string;
      };
    expect((await settingsOf('superadmin')).CompanyId).toBe(secondCompanyId);
    expect((await settingsOf('admin')).CompanyId).not.toBe(secondCompanyId);
  });

  it('refuses a booking customer, who has no AdminProfile', async () => {
    const me = currentUserSchema.parse(await (await bokamera(sandbox, '/users', { token: tokens.customer })).json());
    expect(me).toEqual({ UserId: userId('customer@sandbox.test') });
    const settings = await bokamera(sandbox, '/payment/payson/apisettings', { token: tokens.customer });
    expect(settings.status).toBe(403);
    expect(await settings.json()).toEqual(INVALID_ROLE);
  });
});

describe('GET /administrators/roles (CompanyUserRolesQuery)', () => {
  it('lists every administrator role, with its id, to any administrator', async () => {
    for (const who of ['admin', 'reader', 'superadmin']) {
      const response = await bokamera(sandbox, '/administrators/roles', { token: tokens[who] });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { Offset: number; Total: number };
      expect(body).toMatchObject({ Offset: 0, Total: 3 });
      const names = adminRoleCatalogueSchema.parse(body).Results.map((role) => role.Name);
      expect(names.sort()).toEqual([ROLES.read, ROLES.write, ROLES.superadmin].sort());
    }
  });

  it('answers 403 Invalid Role to a user with no administrator role, and 401 without a token', async () => {
    const customer = await bokamera(sandbox, '/administrators/roles', { token: tokens.customer });
    expect(customer.status).toBe(403);
    expect(await customer.json()).toEqual(INVALID_ROLE);
    expect((await bokamera(sandbox, '/administrators/roles')).status).toBe(401);
  });
});

describe('GET /administrators (CompanyUserQuery)', () => {
  it('answers the administrator asked for by Id, with the roles connected to them', async () => {
    for (const [who, role] of [['admin', ROLES.write], ['reader', ROLES.read], ['superadmin', ROLES.superadmin]] as const) {
      const id = userId(`${who}@sandbox.test`);
      const response = await bokamera(sandbox, `/administrators?Id=${id}&IncludeRoles=true`, { token: tokens[who] });
      expect(response.status).toBe(200);
      const { Results } = administratorListSchema.parse(await response.json());
      expect(Results).toHaveLength(1);
      expect(Results[0]?.Id).toBe(id);
      expect(Results[0]?.Roles.map((entry) => entry.Name)).toEqual([role]);
      expect(Results[0]?.Roles[0]?.RoleId).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('lists only the caller’s own company’s administrators, unless a superadmin names another', async () => {
    const own = administratorListSchema.parse(await (await bokamera(sandbox, '/administrators', { token: tokens.reader })).json());
    expect(own.Results.map((admin) => admin.Id).sort()).toEqual(
      ['admin', 'reader', 'superadmin'].map((who) => userId(`${who}@sandbox.test`)).sort(),
    );
    const other = await bokamera(sandbox, `/administrators?CompanyId=${secondCompanyId}&Id=${userId('other-admin@sandbox.test')}`, {
      token: tokens.admin,
    });
    expect(administratorListSchema.parse(await other.json()).Results).toEqual([]);
    const asSuperadmin = await bokamera(sandbox, `/administrators?CompanyId=${secondCompanyId}`, { token: tokens.superadmin });
    expect(administratorListSchema.parse(await asSuperadmin.json()).Results.map((admin) => admin.Id)).toContain(
      userId('other-admin@sandbox.test'),
    );
  });

  it('answers 403 Invalid Role to a booking customer', async () => {
    const response = await bokamera(sandbox, `/administrators?Id=${userId('customer@sandbox.test')}`, { token: tokens.customer });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual(INVALID_ROLE);
  });
});
