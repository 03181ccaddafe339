import { dateTimeFormat, numberFormat, relativeTimeFormat } from './format.ts';
import { messages } from './i18n/messages.ts';

const CALENDAR_DAY: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };
const PLAIN_AMOUNT: Intl.NumberFormatOptions = { maximumFractionDigits: 2 };
const RELATIVE: Intl.RelativeTimeFormatOptions = { numeric: 'always' };

/** A filter's day ("2026-03-31") as the language writes it: a calendar day, in no time zone. */
export function formatCalendarDay(day: string, locale: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (year === undefined || month === undefined || date === undefined) return day;
  return dateTimeFormat(locale, CALENDAR_DAY).format(Date.UTC(year, month - 1, date));
}

/** A filter's amount ("1200.5") as the language writes it ("1 200,5"). */
export function formatPlainAmount(amount: string, locale: string): string {
  const value = Number(amount);
  return Number.isFinite(value) ? numberFormat(locale, PLAIN_AMOUNT).format(value) : amount;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "Updated 2 minutes ago", "Updated just now": how long ago the index was refreshed. */
export function formatUpdated(updatedAt: number, now: number, locale: string): string {
  const elapsed = Math.max(0, now - updatedAt);
  if (elapsed < MINUTE) return messages.search.updatedJustNow;
  const format = relativeTimeFormat(locale, RELATIVE);
  if (elapsed < HOUR) return messages.search.updated(format.format(-Math.floor(elapsed / MINUTE), 'minute'));
  if (elapsed < DAY) return messages.search.updated(format.format(-Math.floor(elapsed / HOUR), 'hour'));
  return messages.search.updated(format.format(-Math.floor(elapsed / DAY), 'day'));
}
