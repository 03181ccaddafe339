import type { Checkout } from '../../contract/payson.ts';

/**
 * Values the checkout list derives from one Payson checkout resource. The customer's name and the
 * last change come from lib/checkout-view (customerDisplayName, lastChange), which the detail uses too.
 */

export function itemCount(checkout: Checkout): number {
  return checkout.order?.items.length ?? 0;
}

/** The first block of a GUID: enough to tell checkouts apart at a glance. */
export function shortId(id: string): string {
  const head = id.split('-')[0] ?? id;
  return head.length >= 6 && head.length < id.length ? head : id;
}
