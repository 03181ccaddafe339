import type { Checkout } from '../../contract/payson.ts';
import { parseTimestamp } from './format.ts';

/** Values the checkout list derives from one Payson checkout resource. */

/**
 * A person's first and last name. Payson may put a business's whole name in `firstName` and leave
 * `lastName` empty, which this handles the same way.
 */
export function customerName(checkout: Checkout): string | undefined {
  const parts = [checkout.customer?.firstName, checkout.customer?.lastName]
    .map((part) => part?.trim())
    .filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' ') : undefined;
}

export function itemCount(checkout: Checkout): number {
  return checkout.order?.items.length ?? 0;
}

/** The newest timestamp in the history, as upstream wrote it. */
export function lastChange(checkout: Checkout): string | undefined {
  let newest: { raw: string; time: number } | undefined;
  for (const raw of Object.values(checkout.history)) {
    const time = parseTimestamp(raw)?.getTime();
    if (time === undefined) continue;
    if (!newest || time > newest.time) newest = { raw, time };
  }
  return newest?.raw;
}

/** The first block of a GUID: enough to tell checkouts apart at a glance. */
export function shortId(id: string): string {
  const head = id.split('-')[0] ?? id;
  return head.length >= 6 && head.length < id.length ? head : id;
}
