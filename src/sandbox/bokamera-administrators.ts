import type { Hono } from 'hono';
import { ROLES } from '../contract/roles.ts';
import { SANDBOX_ACCOUNTS } from './accounts.ts';
import { ADMIN_ROLE_CATALOGUE, roleEntriesFor } from './admin-roles.ts';
import { companyFor, requireCaller, type BokaMeraAuthDependencies, type Caller } from './bokamera-auth.ts';
import { propertyOf } from './bokamera-binding.ts';
import { invalidRole } from './bokamera-responses.ts';

/**
 * BokaMera's administrator operations, where it keeps who may do what: CompanyUserRolesQuery
 * (`GET /administrators/roles`, every role) and CompanyUserQuery (`GET /administrators`, the
 * company's administrators, each with `Roles`, "the roles that are connected to the administrator").
 */

/** CompanyUserRolesQuery: "Requires any of the roles: write, superadmin, read"; CompanyUserQuery assumed alike. */
const ANY_ADMINISTRATOR_ROLE: readonly string[] = [ROLES.write, ROLES.superadmin, ROLES.read];
const isAdministrator = (caller: Caller) => caller.roles.some((role) => ANY_ADMINISTRATOR_ROLE.includes(role));

export function registerAdministratorRoutes(app: Hono, deps: BokaMeraAuthDependencies): void {
  app.get('/administrators/roles', (c) => {
    const caller = requireCaller(c, deps);
    if (caller instanceof Response) return caller;
    if (!isAdministrator(caller)) return invalidRole();
    return c.json({ Offset: 0, Total: ADMIN_ROLE_CATALOGUE.length, Results: ADMIN_ROLE_CATALOGUE });
  });

  app.get('/administrators', (c) => {
    const caller = requireCaller(c, deps);
    if (caller instanceof Response) return caller;
    if (!isAdministrator(caller)) return invalidRole();
    const query = c.req.query();
    const company = companyFor(caller, propertyOf(query, 'CompanyId'), deps.store);
    if (company instanceof Response) return company;
    const id = propertyOf(query, 'Id')?.toLowerCase();
    const administrators = SANDBOX_ACCOUNTS.filter(
      (account) =>
        account.companyIndex !== undefined &&
        deps.store.companies[account.companyIndex]?.id === company.id &&
        account.roles.length > 0 &&
        (!id || account.userId.toLowerCase() === id),
    );
    const results = administrators.map((account) => ({
      Id: account.userId,
      CompanyId: company.id,
      Firstname: account.firstName,
      Lastname: account.lastName,
      Email: account.email,
      Roles: roleEntriesFor(account.roles),
      Active: true,
    }));
    return c.json({ Offset: 0, Total: results.length, Results: results });
  });
}
