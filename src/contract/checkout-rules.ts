import type { CheckoutStatus } from './status.ts';
import { ROLES, type Role } from './roles.ts';

/**
 * What may happen in which status, and who may do it. The SPA, the sandbox and the tests all ask
 * this module, so the rule is written once.
 */

/** BokaMera's SendCheckoutPaymentRequest: "The checkout must have status ReadyToShip". */
export function canSendPaymentRequestInStatus(status: CheckoutStatus): boolean {
  return status === 'readyToShip';
}

/** Payson: the merchant may cancel before the checkout is shipped. */
export function canCancelInStatus(status: CheckoutStatus): boolean {
  return (
    status === 'created' ||
    status === 'formsFilled' ||
    status === 'readyToPay' ||
    status === 'processingPayment' ||
    status === 'readyToShip'
  );
}

/** Payson: the merchant ships only from readyToShip. */
export function canShipInStatus(status: CheckoutStatus): boolean {
  return status === 'readyToShip';
}

/** BokaMera's SendCheckoutPaymentRequest requires the write role or superadmin. */
export function rolesMaySendPaymentRequest(roles: readonly string[]): boolean {
  return roles.includes(ROLES.write) || roles.includes(ROLES.superadmin);
}

export type PaymentRequestBlock = 'status' | 'role';

/** Why the payment request cannot be sent, or null when it can. Status is checked first. */
export function paymentRequestBlock(
  status: CheckoutStatus,
  roles: readonly (Role | string)[],
): PaymentRequestBlock | null {
  if (!canSendPaymentRequestInStatus(status)) return 'status';
  if (!rolesMaySendPaymentRequest(roles)) return 'role';
  return null;
}

/** A checkout left in readyToShip expires after 59 days (Payson). */
export const READY_TO_SHIP_LIFETIME_DAYS = 59;
