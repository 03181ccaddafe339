import { Hono, type Context } from 'hono';
import type { Checkout, CheckoutListPage } from '../../contract/payson.ts';
import { maskIdentityNumbersInCheckoutJson } from '../../contract/identity-number.ts';
import { isKnownStatus } from '../../contract/status.ts';
import { badRequest } from '../api-error.ts';
import { assertMayOpenCompany } from '../company-access.ts';
import type { GatewayDeps, GatewayEnv } from '../gateway-env.ts';
import { paysonCredentialsFor } from '../payson-credentials.ts';
import { requireSession } from '../session/require-session.ts';
import { countCheckoutsByStatus } from '../status-counts.ts';
import type { CheckoutListQuery } from '../upstream/payson-client.ts';
import { pathId } from './request-input.ts';

/** A company's Payson checkouts: a list page and one checkout, read from Payson with the company's credentials. */
export function checkoutRoutes(deps: GatewayDeps) {
  const app = new Hono<GatewayEnv>();

  app.get('/companies/:companyId/checkouts', requireSession(deps), async (c) => {
    const companyId = pathId(c, 'companyId');
    const query = listQuery(c);
    const session = c.var.session;
    assertMayOpenCompany(session.user, companyId);
    const credentials = await paysonCredentialsFor(deps, session, companyId);
    return c.json((await deps.payson.listCheckouts(credentials, query)) satisfies CheckoutListPage);
  });

  // Registered before the checkout route, which would otherwise take "status-counts" for an id.
  app.get('/companies/:companyId/checkouts/status-counts', requireSession(deps), async (c) => {
    const companyId = pathId(c, 'companyId');
    const session = c.var.session;
    assertMayOpenCompany(session.user, companyId);
    const credentials = await paysonCredentialsFor(deps, session, companyId);
    return c.json(await countCheckoutsByStatus(deps.payson, credentials));
  });

  app.get('/companies/:companyId/checkouts/:checkoutId', requireSession(deps), async (c) => {
    const companyId = pathId(c, 'companyId');
    const checkoutId = pathId(c, 'checkoutId');
    const session = c.var.session;
    assertMayOpenCompany(session.user, companyId);
    const credentials = await paysonCredentialsFor(deps, session, companyId);
    return c.json((await deps.payson.getCheckout(credentials, checkoutId)) satisfies Checkout);
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
