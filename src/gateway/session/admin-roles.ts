import type { AdminRole, CurrentUser } from '../../contract/bokamera.ts';
import { ROLES, sameId } from '../../contract/roles.ts';
import type { BokameraClient } from '../upstream/bokamera-client.ts';
import { UpstreamError } from '../upstream/http.ts';

/**
 * The admin's roles. Keycloak's access token carries them only if the realm maps them in, which
 * nothing public shows BokaMera doing; BokaMera keeps administrator roles itself and checks its own.
 * So the token's roles are used when it has any we know, and otherwise BokaMera is asked.
 * See docs/decisions/005-roles-from-bokamera.md.
 */

const KNOWN_ROLES: readonly string[] = Object.values(ROLES);

export function knownRolesIn(names: readonly (string | undefined)[]): string[] {
  return [...new Set(names.filter((name): name is string => name !== undefined && KNOWN_ROLES.includes(name)))];
}

export async function rolesFromBokaMera(bokamera: BokameraClient, accessToken: string, currentUser: CurrentUser): Promise<string[]> {
  const listed = currentUser.AdminProfile?.Roles ?? (await ownAdministratorRoles(bokamera, accessToken, currentUser.UserId));
  if (listed.length === 0) return [];
  const named = knownRolesIn(listed.map((role) => role.Name));
  const unnamed = listed.filter((role) => role.RoleId !== undefined && !(role.Name && KNOWN_ROLES.includes(role.Name)));
  if (unnamed.length === 0) return named;
  const catalogue = (await refusedAsNone(bokamera.adminRoleCatalogue(accessToken))) ?? [];
  return knownRolesIn([...named, ...namesByRoleId(unnamed, catalogue)]);
}

/** Roles given by id only (as UpdateCompanyUser assigns them) get their names from BokaMera's role list. */
function namesByRoleId(roles: readonly AdminRole[], catalogue: readonly AdminRole[]): (string | undefined)[] {
  return roles.map((role) => {
    const id = role.RoleId;
    return id === undefined ? undefined : catalogue.find((entry) => entry.RoleId !== undefined && sameId(entry.RoleId, id))?.Name;
  });
}

/** The signed-in user's own row among the company's administrators (CompanyUserQueryResponse.Roles). */
async function ownAdministratorRoles(bokamera: BokameraClient, accessToken: string, userId: string | undefined): Promise<AdminRole[]> {
  if (userId === undefined) return [];
  const administrators = await refusedAsNone(bokamera.administrators(accessToken, userId));
  const own = administrators?.Results.find((admin) => admin.Id !== undefined && sameId(admin.Id, userId));
  return own?.Roles ?? [];
}

/**
 * Both role operations accept every administrator role (read, write, superadmin), so BokaMera's 403
 * on them says the user has none: no roles, which sign-in refuses. Any other failure is passed on.
 */
async function refusedAsNone<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof UpstreamError && error.failure.kind === 'status' && error.failure.status === 403) return undefined;
    throw error;
  }
}
