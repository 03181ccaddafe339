import { describe, expect, it } from 'vitest';
import { adminRoleCatalogueSchema, administratorListSchema, currentUserSchema } from '../../contract/bokamera.ts';
import { ROLES } from '../../contract/roles.ts';
import type { BokameraClient } from '../upstream/bokamera-client.ts';
import { UpstreamError } from '../upstream/http.ts';
import { knownRolesIn, rolesFromBokaMera } from './admin-roles.ts';

/**
 * Shapes the public material leaves open (see docs/decisions/005): roles on the AdminProfile or only
 * on the administrator record, as names or as ids, in either spelling of the role list's items. The
 * end-to-end path over HTTP is src/server/roles-from-bokamera.test.ts; here BokaMera's answers are
 * raw JSON put through the contract, as the client does.
 */

const USER = '8B2E4D17-3C5A-4F9E-B6D0-2C7F9E1A5B02';
const READ_ID = '9b4e7d20-5c1a-4f86-a3d2-1e8c6f0b7a22';
const WRITE_ID = '6a0f3c1e-2b7d-4e59-8c14-7d2e9b5a0f11';
const CATALOGUE = { Offset: 0, Total: 2, Results: [{ RoleId: READ_ID, Name: ROLES.read }, { RoleId: WRITE_ID, Name: ROLES.write }] };

type Answer = unknown | (() => never);

function bokameraAnswering(answers: { administrators?: Answer; catalogue?: Answer }) {
  const calls: string[] = [];
  const answer = async <T>(name: string, raw: Answer, parse: (value: unknown) => T): Promise<T> => {
    calls.push(name);
    if (typeof raw === 'function') (raw as () => never)();
    return parse(raw);
  };
  const client = {
    administrators: (_token: string, userId: string) =>
      answer(`administrators?Id=${userId}`, answers.administrators, (raw) => administratorListSchema.parse(raw)),
    adminRoleCatalogue: () => answer('administrators/roles', answers.catalogue, (raw) => adminRoleCatalogueSchema.parse(raw).Results),
  } as Partial<BokameraClient> as BokameraClient;
  return { client, calls };
}

const currentUser = (adminProfile: Record<string, unknown> | undefined) =>
  currentUserSchema.parse({ UserId: USER, ...(adminProfile ? { AdminProfile: { CompanyId: 'c', ...adminProfile } } : {}) });
const refused = (status: number) => () => {
  throw new UpstreamError('bokamera', { kind: 'status', status, message: 'Invalid Role', body: undefined });
};

describe('knownRolesIn', () => {
  it('keeps only the roles the dashboard knows, once each: an unknown role stays unknown', () => {
    expect(knownRolesIn([ROLES.read, 'default-roles-bookmore-admin', undefined, ROLES.read, 'Superadmin'])).toEqual([ROLES.read]);
  });
});

describe('rolesFromBokaMera', () => {
  it('reads the administrator record’s roles by name (CompanyUserQueryResponse.Roles)', async () => {
    const { client, calls } = bokameraAnswering({
      administrators: { Results: [{ Id: 'someone-else', Roles: [{ Name: ROLES.superadmin }] }, { Id: USER.toLowerCase(), Roles: [{ RoleId: WRITE_ID, Name: ROLES.write }] }] },
    });
    expect(await rolesFromBokaMera(client, 'token', currentUser({}))).toEqual([ROLES.write]);
    expect(calls).toEqual([`administrators?Id=${USER}`]);
  });

  it('turns role ids into names with BokaMera’s role list, in either spelling of its items', async () => {
    const { client, calls } = bokameraAnswering({
      administrators: { Results: [{ Id: USER, Roles: [{ RoleId: READ_ID.toUpperCase() }] }] },
      catalogue: CATALOGUE,
    });
    expect(await rolesFromBokaMera(client, 'token', currentUser({}))).toEqual([ROLES.read]);
    expect(calls).toEqual([`administrators?Id=${USER}`, 'administrators/roles']);

    const other = bokameraAnswering({
      administrators: { Results: [{ Id: USER, Roles: [{ RoleId: '7' }] }] },
      catalogue: { Results: [{ Id: 7, KeyType: ROLES.superadmin }] },
    });
    expect(await rolesFromBokaMera(other.client, 'token', currentUser({}))).toEqual([ROLES.superadmin]);
  });

  it('uses roles listed on the AdminProfile, as names or ids, without asking for the administrator record', async () => {
    const { client, calls } = bokameraAnswering({ catalogue: CATALOGUE });
    expect(await rolesFromBokaMera(client, 'token', currentUser({ Roles: [ROLES.superadmin, { RoleId: WRITE_ID }] }))).toEqual([
      ROLES.superadmin,
      ROLES.write,
    ]);
    expect(calls).toEqual(['administrators/roles']);
  });

  it('finds no roles for an unknown role id, a user not among the administrators, or a record without roles', async () => {
    const cases = [
      { administrators: { Results: [{ Id: USER, Roles: [{ RoleId: 'no-such-role' }] }] }, catalogue: CATALOGUE },
      { administrators: { Results: [{ Id: 'someone-else', Roles: [{ Name: ROLES.write }] }] } },
      { administrators: { Results: [{ Id: USER }] } },
      { administrators: { Results: 'not a list' } },
    ];
    for (const answers of cases) {
      expect(await rolesFromBokaMera(bokameraAnswering(answers).client, 'token', currentUser({}))).toEqual([]);
    }
  });

  it('reads BokaMera’s 403 on either role operation as no roles (both accept every administrator role)', async () => {
    expect(await rolesFromBokaMera(bokameraAnswering({ administrators: refused(403) }).client, 'token', currentUser({}))).toEqual([]);
    const catalogueRefused = bokameraAnswering({ administrators: { Results: [{ Id: USER, Roles: [{ RoleId: READ_ID }] }] }, catalogue: refused(403) });
    expect(await rolesFromBokaMera(catalogueRefused.client, 'token', currentUser({}))).toEqual([]);
  });

  it('passes any other failure on, for the caller to answer as an upstream error', async () => {
    const failing = bokameraAnswering({ administrators: refused(500) });
    await expect(rolesFromBokaMera(failing.client, 'token', currentUser({}))).rejects.toBeInstanceOf(UpstreamError);
    const catalogueDown = bokameraAnswering({ administrators: { Results: [{ Id: USER, Roles: [{ RoleId: READ_ID }] }] }, catalogue: refused(502) });
    await expect(rolesFromBokaMera(catalogueDown.client, 'token', currentUser({}))).rejects.toBeInstanceOf(UpstreamError);
  });
});
