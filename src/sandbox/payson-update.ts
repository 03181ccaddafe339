import { canCancelInStatus, canShipInStatus } from '../contract/checkout-rules.ts';
import { canonicalStatus } from '../contract/status.ts';
import type { PropertyError } from './payson-responses.ts';

/**
 * Payson's `PUT /Checkouts/{id}`. The official SDK sends the whole resource back; Payson's own Update
 * example sends only `id`, `order` and `merchant`, without a status, and is answered 200. So the
 * sandbox updates what is given: the `merchant` and `order` fields sent replace those fields (e.g.
 * `merchant.reference`), and a status, when sent, is a change of status. A merchant may ship (only
 * from readyToShip) or cancel (only before shipped); the change is stamped in the history. Without a
 * status the status stays as it is. Everything else (customer, history, totals Payson computes) is
 * Payson's own and ignored.
 */

export type UpdateOutcome = { ok: true; checkout: Record<string, unknown> } | { ok: false; errors: PropertyError[] };

const refuse = (property: string, message: string): UpdateOutcome => ({ ok: false, errors: [{ property, message }] });

/** The parts of a checkout a merchant may send changes to, each an object whose given fields replace the current ones. */
const MERCHANT_EDITABLE = ['merchant', 'order'] as const;

export function applyCheckoutUpdate(
  current: Record<string, unknown>,
  requested: unknown,
  id: string,
  nowIso: string,
): UpdateOutcome {
  if (!isObject(requested)) return refuse('checkout', 'The request body must be a checkout resource.');
  const { id: requestedId, status: requestedStatus } = requested;
  if (requestedId !== undefined && (typeof requestedId !== 'string' || requestedId.toLowerCase() !== id.toLowerCase())) {
    return refuse('id', 'The id does not match the checkout being updated.');
  }
  if (requestedStatus !== undefined && (typeof requestedStatus !== 'string' || requestedStatus.trim() === '')) {
    return refuse('status', 'The status must be a status name.');
  }

  let updated = current;
  for (const part of MERCHANT_EDITABLE) {
    const given = requested[part];
    if (given === undefined) continue;
    if (!isObject(given)) return refuse(part, `The ${part} must be an object.`);
    const before = isObject(current[part]) ? current[part] : {};
    const after = { ...before, ...given };
    if (JSON.stringify(after) !== JSON.stringify(before)) updated = { ...updated, [part]: after };
  }
  if (requestedStatus === undefined) return { ok: true, checkout: updated };

  const rawCurrent = typeof current.status === 'string' ? current.status : '';
  const from = canonicalStatus(rawCurrent);
  const to = canonicalStatus(requestedStatus);
  if (to === from) return { ok: true, checkout: updated };
  if (to === 'shipped' && !canShipInStatus(from)) {
    return refuse('status', `A checkout can only be shipped when its status is readyToShip; its status is ${rawCurrent}.`);
  }
  if (to === 'canceled' && !canCancelInStatus(from)) {
    return refuse('status', `A checkout can only be canceled before it is shipped; its status is ${rawCurrent}.`);
  }
  if (to !== 'shipped' && to !== 'canceled') {
    return refuse('status', `The status can not be changed to ${requestedStatus}.`);
  }
  const history = isObject(current.history) ? current.history : {};
  return { ok: true, checkout: { ...updated, status: to, history: { ...history, [to]: nowIso } } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
