import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { PaysonCheckoutV2Response } from '../../contract/bokamera.ts';
import { ApiError } from '../api-error.ts';
import { auditActor, recordAct, recordCompanyOpened } from '../audit/record.ts';
import { recordAfterPaymentRequest } from '../checkout-index/record-read.ts';
import { assertMayOpenCompany, assertMaySendPaymentRequest } from '../company-access.ts';
import type { GatewayDeps, GatewayEnv } from '../gateway-env.ts';
import { requireSession } from '../session/require-session.ts';
import { UpstreamError } from '../upstream/http.ts';
import { pathId, readJsonBody } from './request-input.ts';

/** The SPA sends `{}`: everything the operation needs is in the path. */
const paymentRequestBodySchema = z.object({});

/**
 * Sends a checkout's payment request through BokaMera, exactly once: it reaches the payer, so it is
 * never retried here. An unknown outcome (timeout) is reported as such; the SPA re-reads the checkout.
 */
export function paymentRequestRoutes(deps: GatewayDeps) {
  const app = new Hono<GatewayEnv>();
  app.post('/companies/:companyId/checkouts/:checkoutId/payment-request', requireSession(deps), async (c) => {
    const companyId = pathId(c, 'companyId');
    const checkoutId = pathId(c, 'checkoutId');
    await readJsonBody(c, paymentRequestBodySchema);
    const session = c.var.session;
    assertMayOpenCompany(session.user, companyId);
    assertMaySendPaymentRequest(session.user);
    await recordCompanyOpened(c, deps, session, companyId);
    // The request has reached BokaMera by now: a failed audit write must not turn what happened into
    // an error the person would act on (send again). It is logged on the request's line instead.
    const record = (outcome: 'success' | 'refused' | 'unknown', detail?: string) =>
      recordAct(c, deps, auditActor(session.user), { action: 'sent_payment_request', outcome, detail, companyId, checkoutId }).catch(
        (error: unknown) => {
          // The name only: a failed query's message repeats its parameters (the person's email and name).
          c.set('errorDetail', `audit write failed: ${error instanceof Error ? error.name : 'unknown'}`);
        },
      );
    let answer: PaysonCheckoutV2Response;
    try {
      answer = await deps.bokamera.sendPaymentRequest(session.tokens.accessToken, checkoutId, companyId);
    } catch (error) {
      const refusal = refusedMessage(error);
      await record(refusal === undefined ? 'unknown' : 'refused', refusal);
      throw statusChanged(error) ?? error;
    }
    await record('success');
    await recordAfterPaymentRequest(deps, session, companyId, checkoutId);
    return c.json(answer satisfies PaysonCheckoutV2Response);
  });
  return app;
}

/**
 * BokaMera's message when it refused (a 4xx: nothing was sent); undefined when the outcome is
 * unknown (a timeout, a dropped connection, a 5xx or an answer we cannot read: it may have gone out).
 */
function refusedMessage(error: unknown): string | undefined {
  if (!(error instanceof UpstreamError) || error.failure.kind !== 'status' || error.failure.status >= 500) return undefined;
  return error.failure.message ?? `HTTP ${error.failure.status}`;
}

/** BokaMera answers 400 when the checkout is no longer ReadyToShip: the state changed under the user. */
function statusChanged(error: unknown): ApiError | undefined {
  if (!(error instanceof UpstreamError) || error.failure.kind !== 'status' || error.failure.status !== 400) return undefined;
  const { message } = error.failure;
  return message === undefined
    ? new ApiError(409, 'conflict', 'The payment request could not be sent: the checkout is no longer ready to ship.', {}, {
        reason: 'not_ready_to_ship',
      })
    : new ApiError(409, 'conflict', message, {}, { upstream: 'bokamera', upstreamMessage: true });
}
