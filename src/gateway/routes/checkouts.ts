import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import type { RevealedIdentityNumber } from '../../contract/gateway-api.ts';
import { withMaskedIdentityNumber } from '../../contract/identity-number.ts';
import type { Checkout, CheckoutListPage } from '../../contract/payson.ts';
import { maskIdentityNumbersInCheckoutJson } from '../../contract/identity-number.ts';
import { isKnownStatus } from '../../contract/status.ts';
import { badRequest } from '../api-error.ts';
import { auditActor, recordAct, recordCompanyOpened } from '../audit/record.ts';
import { assertMayOpenCompany } from '../company-access.ts';
import type { GatewayDeps, GatewayEnv } from '../gateway-env.ts';
import { paysonCredentialsFor } from '../payson-credentials.ts';
import { requireSession } from '../session/require-session.ts';
import { countCheckoutsByStatus } from '../status-counts.ts';
import { recordedRead } from '../checkout-index/record-read.ts';
import type { CheckoutListQuery } from '../upstream/payson-client.ts';
import { pathId, readJsonBody } from './request-input.ts';

/**
 * A company's Payson checkouts: a list page and one checkout, read from Payson with the company's
 * credentials. Identity numbers are masked in both; the full number only through the recorded reveal.
 */
export function checkoutRoutes(deps: GatewayDeps) {
  const app = new Hono<GatewayEnv>();

  app.get('/companies/:companyId/checkouts', requireSession(deps), async (c) => {
    const companyId = pathId(c, 'companyId');
    const query = listQuery(c);
    const session = c.var.session;
    assertMayOpenCompany(session.user, companyId);
    await recordCompanyOpened(c, deps, session, companyId);
    const credentials = await paysonCredentialsFor(deps, session, companyId);
    deps.index?.ensureIndexing(companyId, credentials);
    const page = await deps.payson.listCheckouts(credentials, query);
    return c.json({ ...page, data: page.data.map(withMaskedIdentityNumber) } satisfies CheckoutListPage);
  });

  // Registered before the checkout route, which would otherwise take "status-counts" for an id.
  app.get('/companies/:companyId/checkouts/status-counts', requireSession(deps), async (c) => {
    const companyId = pathId(c, 'companyId');
    const session = c.var.session;
    assertMayOpenCompany(session.user, companyId);
    await recordCompanyOpened(c, deps, session, companyId);
    const credentials = await paysonCredentialsFor(deps, session, companyId);
    deps.index?.ensureIndexing(companyId, credentials);
    return c.json(await countCheckoutsByStatus(deps.payson, credentials));
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

/** `status` is a canonical status (`readyToShip`) or absent; `page` a positive whole number, default 1. */
function listQuery(c: Context): CheckoutListQuery {
  const status = c.req.query('status') || undefined;
  const page = c.req.query('page') || '1';
  if (status !== undefined && !isKnownStatus(status)) throw badRequest('Unknown checkout status.');
  if (!/^[1-9]\d{0,6}$/.test(page)) throw badRequest('The page must be a positive whole number.');
  return status ? { status, page: Number(page) } : { page: Number(page) };
}
