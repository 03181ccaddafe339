import { ROLES } from '../../contract/roles.ts';
import { messages } from './i18n/messages.ts';

/** The user's strongest role, in words. */
export function roleLabel(roles: readonly string[]): string {
  if (roles.includes(ROLES.superadmin)) return messages.roles.superadmin;
  if (roles.includes(ROLES.write)) return messages.roles.write;
  if (roles.includes(ROLES.read)) return messages.roles.read;
  return messages.roles.none;
}
