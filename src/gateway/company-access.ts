import type { SessionUser } from '../contract/gateway-api.ts';
import { mayOpenCompany } from '../contract/roles.ts';
import { rolesMaySendPaymentRequest } from '../contract/checkout-rules.ts';
import { forbidden } from './api-error.ts';

/**
 * A superadmin may open any company, everyone else only their own. Checked before any upstream call,
 * so another company's data is never even fetched for the wrong user.
 */
export function assertMayOpenCompany(user: SessionUser, companyId: string): void {
  if (!mayOpenCompany(user, companyId)) {
    throw forbidden('You do not have access to this company.', 'company_access');
  }
}

export function assertMaySendPaymentRequest(user: SessionUser): void {
  if (!rolesMaySendPaymentRequest(user.roles)) {
    throw forbidden('Sending a payment request needs the administrator write role.', 'write_role');
  }
}
