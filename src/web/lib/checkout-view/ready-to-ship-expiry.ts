import type { Checkout } from '../../../contract/payson.ts';
import { READY_TO_SHIP_LIFETIME_DAYS } from '../../../contract/checkout-rules.ts';
import { canonicalStatus } from '../../../contract/status.ts';
import { timeZones } from '../time-zones.ts';
import { addCalendarDays } from '../../../contract/zoned-time.ts';
import { historyTimeline, isDated } from './history-timeline.ts';

/**
 * When a checkout waiting in readyToShip will expire: Payson lets it wait 59 days. Undefined in any
 * other status, or when the history has no readable readyToShip time.
 *
 * The days are calendar days in the company's zone, so the wall-clock time is kept across a
 * daylight-saving change.
 */
export function readyToShipExpiry(checkout: Pick<Checkout, 'status' | 'history'>): Date | undefined {
  if (canonicalStatus(checkout.status) !== 'readyToShip') return undefined;
  const readySince = historyTimeline(checkout.history)
    .filter(isDated)
    .filter((entry) => entry.status === 'readyToShip')
    .at(-1)?.at;
  if (!readySince) return undefined;
  return addCalendarDays(readySince, READY_TO_SHIP_LIFETIME_DAYS, timeZones().company);
}
