import { Hono } from 'hono';
import type { Company } from '../../contract/bokamera.ts';
import type { CompaniesResponse, CompanySummary } from '../../contract/gateway-api.ts';
import { isSuperadmin } from '../../contract/roles.ts';
import { sameId } from '../../contract/roles.ts';
import type { GatewayDeps, GatewayEnv } from '../gateway-env.ts';
import { requireSession } from '../session/require-session.ts';
import type { Session } from '../session/store.ts';

/** BokaMera's page size for the company list, and a bound on paging should Total be missing or wrong. */
const PAGE_SIZE = 100;
const MAX_PAGES = 100;

/** The companies the user may open: every company for a superadmin, else only their own. */
export function companyRoutes(deps: GatewayDeps) {
  const app = new Hono<GatewayEnv>();
  app.get('/companies', requireSession(deps), async (c) => {
    const session = c.var.session;
    const companies = isSuperadmin(session.user.roles) ? await allCompanies(deps, session) : [await ownCompany(deps, session)];
    return c.json({ companies } satisfies CompaniesResponse);
  });
  return app;
}

/** Every BokaMera company (superadmins), by name. */
export async function allCompanies(deps: GatewayDeps, session: Session): Promise<CompanySummary[]> {
  const companies: Company[] = [];
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { Results, Total } = await deps.bokamera.companies(session.tokens.accessToken, { Skip: companies.length, Take: PAGE_SIZE });
    companies.push(...Results);
    if (Results.length < PAGE_SIZE || (Total !== undefined && companies.length >= Total)) break;
  }
  return companies.map(summary).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

async function ownCompany(deps: GatewayDeps, session: Session): Promise<CompanySummary> {
  const { companyId } = session.user;
  const { Results } = await deps.bokamera.companies(session.tokens.accessToken, { Id: companyId });
  const company = Results.find((candidate) => sameId(candidate.Id, companyId));
  // Without a name from BokaMera the company is still the user's; its id stands in for the name.
  return company ? summary(company) : { id: companyId, name: companyId };
}

function summary(company: Company): CompanySummary {
  return { id: company.Id, name: company.Name || company.Id };
}
