import type { Checkout } from '../../contract/payson.ts';
import type { GatewayDeps } from '../gateway-env.ts';
import { paysonCredentialsFor } from '../payson-credentials.ts';
import type { Session } from '../session/store.ts';
import type { PaysonCredentials } from '../upstream/payson-client.ts';

/**
 * A checkout just read live from Payson (opened by a user) goes into the index at once, and the
 * company's indexing is kept going with the credentials the read used. Answers the checkout as read.
 * A failed index write does not fail the user's read: the next refresh writes the row.
 */
export async function recordedRead(deps: GatewayDeps, companyId: string, credentials: PaysonCredentials, checkout: Checkout): Promise<Checkout> {
  if (!deps.index) return checkout;
  deps.index.ensureIndexing(companyId, credentials);
  await deps.index.recordCheckout(companyId, checkout).catch(() => undefined);
  return checkout;
}

/**
 * After a payment request BokaMera answers only the status, so the checkout is read again from
 * Payson for its row. Never throws: the request has gone out, and the next refresh corrects the row.
 */
export async function recordAfterPaymentRequest(deps: GatewayDeps, session: Session, companyId: string, checkoutId: string): Promise<void> {
  if (!deps.index) return;
  try {
    const credentials = await paysonCredentialsFor(deps, session, companyId);
    await recordedRead(deps, companyId, credentials, await deps.payson.getCheckout(credentials, checkoutId));
  } catch {
    // Payson or the database failed after the payment request succeeded: the person must still see it did.
  }
}
