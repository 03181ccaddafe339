import { Hono } from 'hono';
import * as z from 'zod/mini';
import { ALL_COMPANIES, type IndexFreshness } from '../../contract/checkout-search.ts';
import { INDEX_OFF, readIndexFreshness } from '../checkout-index/freshness.ts';
import { CheckoutIndexStore } from '../checkout-index/index-store.ts';
import { assertMayOpenCompany } from '../company-access.ts';
import type { GatewayDeps, GatewayEnv } from '../gateway-env.ts';
import { paysonCredentialsFor } from '../payson-credentials.ts';
import { requireSession } from '../session/require-session.ts';
import type { Session } from '../session/store.ts';
import { pathId, readJsonBody } from './request-input.ts';

/** Before any company is known to the index, "all companies" is still being indexed, not ready with nothing. */
const NOTHING_INDEXED_YET: IndexFreshness = { state: 'indexing', indexed: 0, expected: null, updatedAt: null, refreshing: false, lastError: null };

/**
 * How fresh a company's index is ("Updated 2 minutes ago", "Indexing: 3,200 of 5,000 checkouts"),
 * and "Refresh now". `all` (superadmins): every company the index knows, summed.
 */
export function checkoutIndexRoutes(deps: GatewayDeps) {
  const app = new Hono<GatewayEnv>();
  const store = new CheckoutIndexStore(deps.db);

  const companiesOf = async (companyId: string): Promise<string[]> => (companyId === ALL_COMPANIES ? store.companyIds() : [companyId]);
  const freshnessOf = async (companyIds: string[]): Promise<IndexFreshness> => {
    if (!deps.index) return INDEX_OFF;
    if (companyIds.length === 0) return NOTHING_INDEXED_YET;
    return readIndexFreshness(deps.db, companyIds, deps.sessions.now());
  };

  app.get('/companies/:companyId/checkouts/index', requireSession(deps), async (c) => {
    const companyId = allowedCompany(pathId(c, 'companyId'), c.var.session);
    const freshness = await freshnessOf(await companiesOf(companyId));
    return c.json(freshness satisfies IndexFreshness);
  });

  app.post('/companies/:companyId/checkouts/index/refresh', requireSession(deps), async (c) => {
    const companyId = allowedCompany(pathId(c, 'companyId'), c.var.session);
    await readJsonBody(c, z.object({}));
    const index = deps.index;
    if (!index) return c.json(INDEX_OFF satisfies IndexFreshness, 202);
    const companyIds = await companiesOf(companyId);
    if (companyId !== ALL_COMPANIES) {
      // The indexer learns (or re-learns, after a restart) the company's credentials from the person asking.
      index.ensureIndexing(companyId, await paysonCredentialsFor(deps, c.var.session, companyId));
    }
    // In the background: the answer says a refresh is under way; the list's freshness shows when it is done.
    for (const id of companyIds) void index.refreshNow(id).catch(() => undefined);
    const freshness = await freshnessOf(companyIds);
    return c.json({ ...freshness, refreshing: true } satisfies IndexFreshness, 202);
  });

  return app;
}

/** The path's company, which the user may open; `all` only for superadmins (who may open any). */
function allowedCompany(companyId: string, session: Session): string {
  assertMayOpenCompany(session.user, companyId);
  return companyId === ALL_COMPANIES ? ALL_COMPANIES : companyId.toLowerCase();
}
