import { Hono } from 'hono';
import { ALL_COMPANIES } from '../../contract/checkout-search.ts';
import type { Overview } from '../../contract/overview.ts';
import { ApiError } from '../api-error.ts';
import { recordCompanyOpened } from '../audit/record.ts';
import { readIndexFreshness } from '../checkout-index/freshness.ts';
import { queryOverview } from '../checkout-index/overview-query.ts';
import { assertMayOpenCompany } from '../company-access.ts';
import { checkoutIndexState } from '../db/checkout-index-table.ts';
import type { Db } from '../db/database.ts';
import type { GatewayDeps, GatewayEnv } from '../gateway-env.ts';
import { paysonCredentialsFor } from '../payson-credentials.ts';
import { requireSession } from '../session/require-session.ts';
import { COMPANY_TIME_ZONE } from '../company-time-zone.ts';
import { pathId } from './request-input.ts';

const indexNotReady = () =>
  new ApiError(409, 'conflict', 'The overview needs the index of checkouts, which is not ready yet.', {}, { reason: 'index_not_ready' });

/**
 * The Overview page's figures, from the index only: Payson's API has no aggregates, and counting
 * them live would mean reading every checkout. Same access as the list: a company's own people,
 * superadmins any company and `all`.
 */
export function overviewRoutes(deps: GatewayDeps) {
  const app = new Hono<GatewayEnv>();
  app.get('/companies/:companyId/overview', requireSession(deps), async (c) => {
    const companyId = pathId(c, 'companyId');
    const session = c.var.session;
    assertMayOpenCompany(session.user, companyId);
    const index = deps.index;
    if (!index) throw indexNotReady();

    const all = companyId === ALL_COMPANIES;
    if (!all) await recordCompanyOpened(c, deps, session, companyId);
    const now = deps.sessions.now();
    const companyIds = all ? await indexedCompanies(deps.db) : [companyId.toLowerCase()];
    const freshness = await readIndexFreshness(deps.db, companyIds, now);
    if (freshness.state !== 'ready' || companyIds.length === 0) {
      // Someone opening the Overview first starts the company's first pass, as the list would.
      if (!all) index.ensureIndexing(companyId, await paysonCredentialsFor(deps, session, companyId));
      throw indexNotReady();
    }

    const figures = await queryOverview(deps.db, { companyIds: all ? undefined : companyIds, now, timeZone: COMPANY_TIME_ZONE });
    return c.json({ timeZone: COMPANY_TIME_ZONE, generatedAt: now, ...figures, index: freshness } satisfies Overview);
  });
  return app;
}

/** Every company the index has begun: "All companies" is ready when each of them is. */
async function indexedCompanies(db: Db): Promise<string[]> {
  const rows = await db.select({ companyId: checkoutIndexState.companyId }).from(checkoutIndexState);
  return rows.map((row) => row.companyId);
}
