import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { PaysonCheckoutV2Response } from '../../contract/bokamera.ts';
import { ApiError } from '../api-error.ts';
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
    try {
      const answer = await deps.bokamera.sendPaymentRequest(session.tokens.accessToken, checkoutId, companyId);
      return c.json(answer satisfies PaysonCheckoutV2Response);
    } catch (error) {
      throw statusChanged(error) ?? error;
    }
  });
  return app;
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
