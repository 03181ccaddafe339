import type { Context, Hono } from 'hono';
import type { PaysonCheckoutV2Response } from '../contract/bokamera.ts';
import { canSendPaymentRequestInStatus, rolesMaySendPaymentRequest } from '../contract/checkout-rules.ts';
import { canonicalStatus } from '../contract/status.ts';
import { companyFor, callerOf, requireCaller, type BokaMeraAuthDependencies } from './bokamera-auth.ts';
import { propertyOf } from './bokamera-binding.ts';
import type { PaysonAnswer, PaysonClient } from './bokamera-payson-client.ts';
import {
  bokameraStatus,
  invalidRole,
  notFound,
  responseStatusError,
  validationError,
} from './bokamera-responses.ts';
import type { SandboxCompany } from './source.ts';

/**
 * BokaMera's Payson v2 operations. BokaMera keeps no copy of a checkout: it asks Payson with the
 * company's credentials, as the real one does, so both operations go through the simulated Payson.
 */

interface CheckoutRouteDependencies extends BokaMeraAuthDependencies {
  payson: PaysonClient;
}

export function registerCheckoutRoutes(app: Hono, deps: CheckoutRouteDependencies): void {
  // PaysonCheckoutv2GetCheckout lists no required role; without a token the CompanyId names the company.
  app.get('/payment/payson/v2/checkout/:id', async (c) => {
    const caller = callerOf(c, deps);
    if (caller instanceof Response) return caller;
    const requestedCompany = propertyOf(c.req.query(), 'CompanyId');
    const company = caller ? companyFor(caller, requestedCompany, deps.store) : anonymousCompany(requestedCompany, deps);
    if (company instanceof Response) return company;
    const answer = await deps.payson.getCheckout(company, c.req.param('id'));
    return answer.ok ? c.json(checkoutResponse(answer.checkout)) : paysonFailure(answer, c.req.param('id'));
  });

  // SendCheckoutPaymentRequest: write or superadmin; the checkout must be ReadyToShip; Payson ships it.
  app.put('/payment/payson/v2/checkout/:id/sendpaymentrequest', async (c) => {
    const caller = requireCaller(c, deps);
    if (caller instanceof Response) return caller;
    if (!rolesMaySendPaymentRequest(caller.roles)) return invalidRole();
    const body = await jsonBodyOf(c);
    if (body instanceof Response) return body;
    const company = companyFor(caller, propertyOf(body, 'CompanyId'), deps.store);
    if (company instanceof Response) return company;

    const id = c.req.param('id');
    const current = await deps.payson.getCheckout(company, id);
    if (!current.ok) return paysonFailure(current, id);
    if (!canSendPaymentRequestInStatus(canonicalStatus(String(current.checkout.status ?? '')))) {
      const status = bokameraStatus(current.checkout.status);
      return validationError(
        `The checkout must have status ReadyToShip to send the payment request. Its status is ${status}.`,
      );
    }
    const shipped = await deps.payson.putCheckout(company, id, { ...current.checkout, status: 'shipped' });
    return shipped.ok ? c.json(checkoutResponse(shipped.checkout)) : paysonFailure(shipped, id);
  });
}

function anonymousCompany(requestedId: string | undefined, deps: CheckoutRouteDependencies): SandboxCompany | Response {
  if (!requestedId) return validationError("'Company Id' must not be empty.");
  return deps.store.companyById(requestedId) ?? notFound(`Company ${requestedId} was not found.`);
}

function checkoutResponse(checkout: Record<string, unknown>): PaysonCheckoutV2Response {
  return {
    Id: typeof checkout.id === 'string' ? checkout.id : undefined,
    Snippet: typeof checkout.snippet === 'string' ? checkout.snippet : undefined,
    Status: bokameraStatus(checkout.status),
  };
}

/** Payson's 404 is the caller's mistake; anything else is BokaMera's failure to talk to Payson. */
function paysonFailure(answer: Extract<PaysonAnswer, { ok: false }>, id: string): Response {
  if (answer.status === 404) return notFound(`Checkout ${id} was not found.`);
  return responseStatusError(500, 'PaysonException', answer.message);
}

/** ServiceStack accepts an empty body (every property optional); a body that is not a JSON object is a 400. */
async function jsonBodyOf(c: Context): Promise<Record<string, unknown> | Response> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // answered below
  }
  return responseStatusError(400, 'SerializationException', 'The request body is not a JSON object.');
}
