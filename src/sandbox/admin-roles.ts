import { ROLES, type Role } from '../contract/roles.ts';

/**
 * BokaMera's administrator roles as it keeps them: each with its own id (administrators are given
 * roles by id, `Roles: [{RoleId}]` on UpdateCompanyUser) and a name, the name its operations check.
 */

export interface AdminRoleEntry {
  RoleId: string;
  Name: Role;
  Description: string;
}

export const ADMIN_ROLE_CATALOGUE: readonly AdminRoleEntry[] = [
  { RoleId: '6a0f3c1e-2b7d-4e59-8c14-7d2e9b5a0f11', Name: ROLES.write, Description: 'Administrator with full access to the company' },
  { RoleId: '9b4e7d20-5c1a-4f86-a3d2-1e8c6f0b7a22', Name: ROLES.read, Description: 'Administrator who may read, not change' },
  { RoleId: 'c2d8a1f4-7e3b-4a90-b5c6-3f1d9e2a8b33', Name: ROLES.superadmin, Description: 'BokaMera staff, for every company' },
];

export function roleEntriesFor(roles: readonly Role[]): AdminRoleEntry[] {
  return ADMIN_ROLE_CATALOGUE.filter((entry) => roles.includes(entry.Name));
}
