import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { RevealedIdentityNumber } from '../../contract/gateway-api.ts';
import { withMaskedIdentityNumber } from '../../contract/identity-number.ts';
import { ALL_COMPANIES, type CheckoutSearchPage } from '../../contract/checkout-search.ts';
import type { Checkout } from '../../contract/payson.ts';
import type { StatusCounts } from '../../contract/status-counts.ts';
import { maskIdentityNumbersInCheckoutJson } from '../../contract/identity-number.ts';
import { auditActor, recordAct, recordCompanyOpened } from '../audit/record.ts';
import { assertMayOpenCompany } from '../company-access.ts';
import type { GatewayDeps, GatewayEnv } from '../gateway-env.ts';
import { paysonCredentialsFor } from '../payson-credentials.ts';
import { requireSession } from '../session/require-session.ts';
import { countCheckoutsByStatus } from '../status-counts.ts';
import { indexStatusCounts } from '../checkout-index/index-status-counts.ts';
import { recordedRead } from '../checkout-index/record-read.ts';
import { AllCompanies } from './all-companies.ts';
import { allCompaniesListPage } from './all-companies-list.ts';
import { COMPANY_TIME_ZONE } from '../company-time-zone.ts';
import { exportResponse } from './checkout-export.ts';
import { checkoutListRequest, checkoutSearchOf } from './checkout-list-query.ts';
import { companyFreshness, companyListPage, indexNotReady } from './checkout-list.ts';
import { pathId, readJsonBody } from './request-input.ts';

/**
 * A company's Payson checkouts: a list page and one checkout, read from Payson with the company's
 * credentials. Identity numbers are masked in both; the full number only through the recorded reveal.
 */
export function checkoutRoutes(deps: GatewayDeps) {
  const app = new Hono<GatewayEnv>();

  const everyCompany = new AllCompanies(deps);

  app.get('/companies/:companyId/checkouts', requireSession(deps), async (c) => {
    const companyId = pathId(c, 'companyId');
    const request = checkoutListRequest(c);
    const session = c.var.session;
    if (companyId === ALL_COMPANIES) return c.json(await allCompaniesListPage(deps, everyCompany, session, request) satisfies CheckoutSearchPage);
    assertMayOpenCompany(session.user, companyId);
    await recordCompanyOpened(c, deps, session, companyId);
    const credentials = await paysonCredentialsFor(deps, session, companyId);
    deps.index?.ensureIndexing(companyId, credentials);
    return c.json(await companyListPage(deps, companyId, credentials, request) satisfies CheckoutSearchPage);
  });

  // Registered before the checkout route, which would otherwise take "status-counts" for an id.
  app.get('/companies/:companyId/checkouts/status-counts', requireSession(deps), async (c) => {
    const companyId = pathId(c, 'companyId');
    const session = c.var.session;
    if (companyId === ALL_COMPANIES) {
      everyCompany.assertMayList(session);
      if (!deps.index) throw indexNotReady();
      return c.json((await indexStatusCounts(deps.db, 'every')) satisfies StatusCounts);
    }
    assertMayOpenCompany(session.user, companyId);
    await recordCompanyOpened(c, deps, session, companyId);
    const credentials = await paysonCredentialsFor(deps, session, companyId);
    deps.index?.ensureIndexing(companyId, credentials);
    if ((await companyFreshness(deps, companyId)).state === 'ready') {
      return c.json((await indexStatusCounts(deps.db, companyId.toLowerCase())) satisfies StatusCounts);
    }
    return c.json(await countCheckoutsByStatus(deps.payson, credentials));
  });

  // The list's query without the page: every match, streamed (checkout-export.ts). Index only.
  app.get('/companies/:companyId/checkouts/export.csv', requireSession(deps), async (c) => {
    const companyId = pathId(c, 'companyId');
    const request = checkoutListRequest(c);
    const session = c.var.session;
    if (companyId === ALL_COMPANIES) {
      everyCompany.assertMayList(session);
      if (!deps.index) throw indexNotReady();
      const companyNames = await everyCompany.companyNames(session);
      return exportResponse(c, deps, session, { companyId: undefined, search: checkoutSearchOf(request, 'every', COMPANY_TIME_ZONE), companyNames });
    }
    assertMayOpenCompany(session.user, companyId);
    await recordCompanyOpened(c, deps, session, companyId);
    const credentials = await paysonCredentialsFor(deps, session, companyId);
    deps.index?.ensureIndexing(companyId, credentials);
    if ((await companyFreshness(deps, companyId)).state !== 'ready') throw indexNotReady();
    return exportResponse(c, deps, session, { companyId, search: checkoutSearchOf(request, companyId.toLowerCase(), COMPANY_TIME_ZONE) });
  });

  app.get('/companies/:companyId/checkouts/:checkoutId', requireSession(deps), async (c) => {
    const companyId = pathId(c, 'companyId');
    const checkoutId = pathId(c, 'checkoutId');
    const session = c.var.session;
    assertMayOpenCompany(session.user, companyId);
    await recordCompanyOpened(c, deps, session, companyId);
    const credentials = await paysonCredentialsFor(deps, session, companyId);
    return c.json(withMaskedIdentityNumber(await recordedRead(deps, companyId, credentials, await deps.payson.getCheckout(credentials, checkoutId))) satisfies Checkout);
  });

  // POST, not GET: seeing the number is an act that is recorded, and it obeys the same-origin rule.
  app.post('/companies/:companyId/checkouts/:checkoutId/identity-number', requireSession(deps), async (c) => {
    const companyId = pathId(c, 'companyId');
    const checkoutId = pathId(c, 'checkoutId');
    await readJsonBody(c, z.object({}));
    const session = c.var.session;
    assertMayOpenCompany(session.user, companyId);
    await recordCompanyOpened(c, deps, session, companyId);
    const credentials = await paysonCredentialsFor(deps, session, companyId);
    const checkout = await deps.payson.getCheckout(credentials, checkoutId);
    const identityNumber = checkout.customer?.identityNumber?.trim() || null;
    if (identityNumber !== null) {
      // Recorded before it is answered: a number the trail does not know about never leaves.
      await recordAct(c, deps, auditActor(session.user), { action: 'revealed_identity_number', outcome: 'success', companyId, checkoutId });
    }
    return c.json({ identityNumber } satisfies RevealedIdentityNumber);
  });

  // The technical details show the checkout as Payson sent it (docs/decisions/002): unknown fields
  // and misspellings stay visible there; the identity number does not leave the gateway whole.
  app.get('/companies/:companyId/checkouts/:checkoutId/as-sent', requireSession(deps), async (c) => {
    const companyId = pathId(c, 'companyId');
    const checkoutId = pathId(c, 'checkoutId');
    const session = c.var.session;
    assertMayOpenCompany(session.user, companyId);
    const credentials = await paysonCredentialsFor(deps, session, companyId);
    return c.json(maskIdentityNumbersInCheckoutJson(await deps.payson.getCheckoutAsSent(credentials, checkoutId)));
  });

  return app;
}

