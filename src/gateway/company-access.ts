import type { SessionUser } from '../contract/gateway-api.ts';
import { isSuperadmin } from '../contract/roles.ts';
import { rolesMaySendPaymentRequest } from '../contract/checkout-rules.ts';
import { forbidden } from './api-error.ts';

/** BokaMera ids are GUIDs, which may come in either case. */
export function sameId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * A superadmin may open any company, everyone else only their own. Checked before any upstream call,
 * so another company's data is never even fetched for the wrong user.
 */
export function assertMayOpenCompany(user: SessionUser, companyId: string): void {
  if (!isSuperadmin(user.roles) && !sameId(user.companyId, companyId)) {
    throw forbidden('You do not have access to this company.');
  }
}

export function assertMaySendPaymentRequest(user: SessionUser): void {
  if (!rolesMaySendPaymentRequest(user.roles)) {
    throw forbidden('Sending a payment request needs the administrator write role.');
  }
}
