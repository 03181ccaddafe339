/** BokaMera role names, as they appear in "Requires any of the roles" on its operations. */
export const ROLES = {
  write: 'bookingsupplier-administrator-write',
  read: 'bookingsupplier-administrator-read',
  superadmin: 'superadmin',
} as const;

export type Role = (typeof ROLES)[keyof typeof ROLES];

export function isSuperadmin(roles: readonly string[]): boolean {
  return roles.includes(ROLES.superadmin);
}

/** Roles that may read a company's Payson data at all (PaysonApiSettingsQuery). */
export function mayReadCheckouts(roles: readonly string[]): boolean {
  return roles.some((role) => role === ROLES.write || role === ROLES.read || role === ROLES.superadmin);
}

/** BokaMera ids are GUIDs, which may come in either letter case. */
export function sameId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * A superadmin may open any company, everyone else only their own. The gateway enforces it before
 * any upstream call; the SPA asks it too, to show "no access" without asking the gateway.
 */
export function mayOpenCompany(user: { roles: readonly string[]; companyId: string }, companyId: string): boolean {
  return isSuperadmin(user.roles) || sameId(user.companyId, companyId);
}
