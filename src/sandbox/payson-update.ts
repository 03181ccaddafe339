import { canCancelInStatus, canShipInStatus } from '../contract/checkout-rules.ts';
import { canonicalStatus } from '../contract/status.ts';
import type { PropertyError } from './payson-responses.ts';

/**
 * Payson's `PUT /Checkouts/{id}`: the merchant sends the full resource back with a new status. A
 * merchant may ship (only from readyToShip) or cancel (only before shipped); the change is stamped in
 * the history. The sandbox applies the status only; other edits (cart updates, credits) are ignored.
 */

export type UpdateOutcome = { ok: true; checkout: Record<string, unknown> } | { ok: false; errors: PropertyError[] };

const refuse = (property: string, message: string): UpdateOutcome => ({ ok: false, errors: [{ property, message }] });

export function applyCheckoutUpdate(
  current: Record<string, unknown>,
  requested: unknown,
  id: string,
  nowIso: string,
): UpdateOutcome {
  if (typeof requested !== 'object' || requested === null || Array.isArray(requested)) {
    return refuse('checkout', 'The request body must be a checkout resource.');
  }
  const { id: requestedId, status: requestedStatus } = requested as { id?: unknown; status?: unknown };
  if (requestedId !== undefined && (typeof requestedId !== 'string' || requestedId.toLowerCase() !== id.toLowerCase())) {
    return refuse('id', 'The id does not match the checkout being updated.');
  }
  if (typeof requestedStatus !== 'string' || requestedStatus.trim() === '') {
    return refuse('status', 'The status field is required.');
  }

  const rawCurrent = typeof current.status === 'string' ? current.status : '';
  const from = canonicalStatus(rawCurrent);
  const to = canonicalStatus(requestedStatus);
  if (to === from) return { ok: true, checkout: current };
  if (to === 'shipped' && !canShipInStatus(from)) {
    return refuse('status', `A checkout can only be shipped when its status is readyToShip; its status is ${rawCurrent}.`);
  }
  if (to === 'canceled' && !canCancelInStatus(from)) {
    return refuse('status', `A checkout can only be canceled before it is shipped; its status is ${rawCurrent}.`);
  }
  if (to !== 'shipped' && to !== 'canceled') {
    return refuse('status', `The status can not be changed to ${requestedStatus}.`);
  }
  const history = typeof current.history === 'object' && current.history !== null ? current.history : {};
  return { ok: true, checkout: { ...current, status: to, history: { ...history, [to]: nowIso } } };
}
