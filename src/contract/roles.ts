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
