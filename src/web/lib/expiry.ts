import { ATTENTION_SOON_DAYS } from '../../contract/checkout-search.ts';
import { calendarDaysBetween } from '../../contract/zoned-time.ts';
import { parseTimestamp } from './format.ts';
import { timeZones } from './time-zones.ts';

export interface Expiry {
  date: Date;
  /** Calendar days from today to the expiry in the company's zone: 0 today, 1 tomorrow, below 0 past. */
  days: number;
  /** Within ATTENTION_SOON_DAYS (or already past): the work queue marks it. */
  soon: boolean;
}

/** When Payson expires a Ready to ship checkout (the list row's `expiresAt`), counted in the company's days. */
export function expiryOf(expiresAt: string | undefined, now = new Date()): Expiry | undefined {
  const date = parseTimestamp(expiresAt);
  if (!date) return undefined;
  const days = calendarDaysBetween(now, date, timeZones().company);
  return { date, days, soon: days <= ATTENTION_SOON_DAYS };
}
