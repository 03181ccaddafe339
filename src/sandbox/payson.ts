import { Hono, type Context } from 'hono';
import { PAYSON_STATUSES } from '../contract/status.ts';
import { isoSeconds, type Clock } from './clock.ts';
import { applyCheckoutUpdate } from './payson-update.ts';
import { paysonError, paysonErrorForStatus } from './payson-responses.ts';
import type { SandboxCompany } from './source.ts';
import type { CheckoutStore, FoundCheckout } from './store.ts';

/** Payson Checkout API 2.0: one merchant per Basic credential, which sees only its own checkouts. */

export const PAYSON_PATH = '/payson/2.0';
const PAGE_SIZE = 20;
const statusKeys = new Set(PAYSON_STATUSES.map((status) => status.toLowerCase()));

export interface PaysonDependencies {
  store: CheckoutStore;
  clock: Clock;
  /** The absolute API base, for the `links` Payson puts in its answers. */
  paysonBase: string;
}

type PaysonEnv = { Variables: { merchant: SandboxCompany } };

export function createPayson(deps: PaysonDependencies): Hono<PaysonEnv> {
  const app = new Hono<PaysonEnv>({ strict: false }).basePath(PAYSON_PATH);

  app.use('*', async (c, next) => {
    const merchant = merchantOf(c.req.header('authorization'), deps.store);
    if (!merchant) return paysonError(401, 'Unauthorized');
    c.set('merchant', merchant);
    await next();
  });

  app.get('/Checkouts', (c) => {
    const status = queryValue(c, 'status') ?? '';
    const statusKey = status === '' ? undefined : status.toLowerCase();
    if (statusKey !== undefined && !statusKeys.has(statusKey)) {
      return paysonError(400, 'The request is invalid.', [{ property: 'status', message: `'${status}' is not a valid status.` }]);
    }
    const pageText = queryValue(c, 'page') ?? '1';
    const page = /^\d+$/.test(pageText) ? Number(pageText) : 0;
    if (page < 1) {
      return paysonError(400, 'The request is invalid.', [{ property: 'page', message: 'The page must be a whole number from 1.' }]);
    }
    const merchant = c.var.merchant;
    const { totalCount, checkouts } = deps.store.page(merchant.index, statusKey, page, PAGE_SIZE);
    const self = `${deps.paysonBase}/Checkouts?merchantId=${merchant.payson.merchantId}&page=${page}${status ? `&status=${encodeURIComponent(status)}` : ''}`;
    return c.json({
      pageSize: PAGE_SIZE,
      page,
      totalPages: Math.ceil(totalCount / PAGE_SIZE),
      count: checkouts.length,
      totalCount,
      data: checkouts,
      links: [{ href: self, rel: 'self' }],
    });
  });

  app.get('/Checkouts/:id', (c) => {
    const found = ownCheckout(c.req.param('id'), c.var.merchant, deps.store);
    return found ? c.json(found.checkout) : checkoutNotFound();
  });

  app.put('/Checkouts/:id', async (c) => {
    const id = c.req.param('id');
    const found = ownCheckout(id, c.var.merchant, deps.store);
    if (!found || !isObject(found.checkout)) return checkoutNotFound();
    const requested: unknown = await c.req.json().catch(() => undefined);
    const outcome = applyCheckoutUpdate(found.checkout, requested, id, isoSeconds(deps.clock()));
    if (!outcome.ok) return paysonError(400, 'The checkout could not be updated.', outcome.errors);
    if (outcome.checkout !== found.checkout) deps.store.replace(found.location, outcome.checkout);
    return c.json(outcome.checkout);
  });

  app.get('/Accounts', (c) => {
    const { payson } = c.var.merchant;
    return c.json({
      accountEmail: payson.accountEmail,
      status: 'Approved',
      merchantId: payson.merchantId,
      enabledForInvoice: true,
      enabledForpaymentPlan: false,
      enabledForRecurringPayments: false,
    });
  });

  app.notFound(() => paysonError(404, 'No resource was found that matches the request URI.'));
  app.onError(() => paysonErrorForStatus(500));
  return app;
}

/** HTTP Basic with the merchant's agent id and API key. */
function merchantOf(authorization: string | undefined, store: CheckoutStore): SandboxCompany | undefined {
  const encoded = /^Basic\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!encoded) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator < 0) return undefined;
  const agentId = decoded.slice(0, separator);
  const apiKey = decoded.slice(separator + 1);
  return store.companies.find((company) => company.payson.agentId === agentId && company.payson.apiKey === apiKey);
}

/** Another merchant's checkout is as unknown as one that does not exist. */
function ownCheckout(id: string, merchant: SandboxCompany, store: CheckoutStore): FoundCheckout | undefined {
  const found = store.find(id);
  return found && found.company.index === merchant.index ? found : undefined;
}

const checkoutNotFound = () => paysonError(404, 'The checkout was not found.');

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** ASP.NET binds query parameters case-insensitively. */
function queryValue(c: Context, name: string): string | undefined {
  const entry = Object.entries(c.req.query()).find(([key]) => key.toLowerCase() === name);
  return entry?.[1];
}
