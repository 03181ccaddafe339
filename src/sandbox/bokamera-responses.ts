import { STATUS_CODES } from 'node:http';
import type { ErrorResponse } from '../contract/bokamera.ts';
import { canonicalStatus, isKnownStatus, pascalCaseStatus } from '../contract/status.ts';

/** How BokaMera (ServiceStack) answers: PascalCase JSON, errors in a ResponseStatus. */

export function responseStatusError(status: number, errorCode: string, message: string): Response {
  const body: ErrorResponse = { ResponseStatus: { ErrorCode: errorCode, Message: message, Errors: [] } };
  return Response.json(body, { status });
}

/** ServiceStack's ErrorCode for a status that has no more specific one: the reason phrase in PascalCase. */
export function bokameraErrorForStatus(status: number): Response {
  const reason = STATUS_CODES[status] ?? 'Error';
  return responseStatusError(status, reason.replace(/[^A-Za-z]/g, ''), reason);
}

export const notAuthenticated = () => responseStatusError(401, 'NotAuthenticated', 'Not Authenticated');
export const invalidRole = () => responseStatusError(403, 'Forbidden', 'Invalid Role');
export const notFound = (message: string) => responseStatusError(404, 'NotFound', message);
export const validationError = (message: string) => responseStatusError(400, 'ValidationException', message);

/** BokaMera's Payson2CheckoutStatus: PascalCase; what its enum cannot hold reads as None. */
export function bokameraStatus(rawStatus: unknown): string {
  const status = canonicalStatus(typeof rawStatus === 'string' ? rawStatus : '');
  return isKnownStatus(status) ? pascalCaseStatus(status) : 'None';
}
