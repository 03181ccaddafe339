import { Hono, type Context } from 'hono';
import type { Company, CurrentUser, PaysonApiSettings } from '../contract/bokamera.ts';
import { isSuperadmin, mayReadCheckouts } from '../contract/roles.ts';
import { propertyOf } from './bokamera-binding.ts';
import { callerOf, companyFor, requireCaller, type BokaMeraAuthDependencies } from './bokamera-auth.ts';
import { registerAdministratorRoutes } from './bokamera-administrators.ts';
import { registerCheckoutRoutes } from './bokamera-checkouts.ts';
import type { PaysonClient } from './bokamera-payson-client.ts';
import { bokameraErrorForStatus, invalidRole, responseStatusError, validationError } from './bokamera-responses.ts';
import type { SandboxCompany } from './source.ts';

/** BokaMera.API.Host (ServiceStack): the operations the dashboard uses, with BokaMera's auth and roles. */

export const BOKAMERA_PATH = '/bokamera';

export interface BokaMeraDependencies extends BokaMeraAuthDependencies {
  apiKey: string;
  payson: PaysonClient;
}

export function createBokaMera(deps: BokaMeraDependencies): Hono {
  const app = new Hono({ strict: false }).basePath(BOKAMERA_PATH);

  // Every call, anonymous or not, carries the company API key.
  app.use('*', async (c, next) => {
    if (c.req.header('x-api-key') !== deps.apiKey) {
      return responseStatusError(401, 'Unauthorized', 'The x-api-key header is missing or not a valid API key.');
    }
    await next();
  });

  app.get('/users', (c) => {
    const caller = requireCaller(c, deps);
    if (caller instanceof Response) return caller;
    const { account, company } = caller;
    // The documented AdminProfile lists no roles; BokaMera answers them on CompanyUserQuery instead.
    const body: CurrentUser & { Favorites: unknown[] } = {
      UserId: account.userId,
      ...(company
        ? { AdminProfile: { CompanyId: company.id, Email: account.email, Firstname: account.firstName, Lastname: account.lastName } }
        : {}),
      Favorites: [],
    };
    return c.json(body);
  });

  // CompanyQuery is open to anyone with the API key; the organisation number only to its own admins.
  app.get('/companies', (c) => {
    const caller = callerOf(c, deps);
    if (caller instanceof Response) return caller;
    const query = c.req.query();
    const paging = pagingOf(query);
    if (paging instanceof Response) return paging;
    const id = propertyOf(query, 'Id')?.toLowerCase();
    const search = propertyOf(query, 'Search')?.toLowerCase();
    const matching = deps.store.companies.filter(
      (company) =>
        (!id || company.id.toLowerCase() === id) && (!search || company.name.toLowerCase().includes(search)),
    );
    const maySeeOwnerDetails = (company: SandboxCompany) =>
      caller !== undefined && (isSuperadmin(caller.roles) || caller.company?.id === company.id);
    const results: Company[] = matching.slice(paging.skip, paging.skip + paging.take).map((company) => ({
      Id: company.id,
      Name: company.name,
      Active: true,
      City: company.city,
      OrganisationNumber: maySeeOwnerDetails(company) ? company.organisationNumber : undefined,
    }));
    return c.json({ Offset: paging.skip, Total: matching.length, Results: results });
  });

  app.get('/payment/payson/apisettings', (c) => {
    const caller = requireCaller(c, deps);
    if (caller instanceof Response) return caller;
    if (!mayReadCheckouts(caller.roles)) return invalidRole();
    const company = companyFor(caller, propertyOf(c.req.query(), 'CompanyId'), deps.store);
    if (company instanceof Response) return company;
    const body: PaysonApiSettings = {
      CompanyId: company.id,
      SecurityUserId: company.payson.agentId,
      SecurityPassword: company.payson.apiKey,
      ReceiverEmail: company.receiver.email,
      ReceiverFirstname: company.receiver.firstName,
      ReceiverLastname: company.receiver.lastName,
    };
    return c.json(body);
  });

  registerCheckoutRoutes(app, deps);
  registerAdministratorRoutes(app, deps);

  app.notFound((c: Context) => responseStatusError(404, 'NotFound', `Handler for Request not found: ${c.req.method} ${c.req.path}`));
  app.onError(() => bokameraErrorForStatus(500));
  return app;
}

/** QueryBase's Skip and Take; AutoQuery returns at most 100 rows unless told otherwise. */
function pagingOf(query: Record<string, string>): { skip: number; take: number } | Response {
  const number = (name: string, fallback: number): number | undefined => {
    const raw = propertyOf(query, name);
    if (raw === undefined || raw === '') return fallback;
    return /^\d+$/.test(raw) ? Number(raw) : undefined;
  };
  const skip = number('Skip', 0);
  const take = number('Take', 100);
  if (skip === undefined || take === undefined) return validationError('Skip and Take must be whole numbers.');
  return { skip, take };
}
