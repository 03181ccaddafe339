import { parseUpstreamTime } from './checkout-view/upstream-time.ts';
import { messages } from './i18n/messages.ts';

/**
 * Amounts and times for people. Payson amounts are in major units (315 = 315 SEK) and its
 * currency codes may come lower-case (`sek`).
 */
export function formatAmount(
  amount: number | undefined,
  currency: string | undefined,
  locale: string,
): string {
  if (amount === undefined || !Number.isFinite(amount)) return messages.format.missing;
  const code = currency?.trim().toUpperCase() ?? '';
  if (/^[A-Z]{3}$/.test(code)) {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency: code }).format(amount);
    } catch {
      // Fall through: shown as a number followed by the code as upstream sent it.
    }
  }
  const number = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(amount);
  return code ? `${number} ${code}` : number;
}

/** A time as upstream wrote it, or one already read. */
export type TimeInput = string | Date | undefined;

/**
 * Payson's timestamps, read strictly (lib/checkout-view's parseUpstreamTime: `Date.parse` would
 * take "1" or 31 February). Times without an offset ("2015-10-26T10:46:50") are the wall-clock
 * time upstream wrote; times with an offset are converted to the user's zone.
 */
export function parseTimestamp(value: TimeInput): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  return value ? parseUpstreamTime(value) : undefined;
}

/** What to show for a time that does not read: upstream's own words, else a dash. */
function unreadable(value: TimeInput): string {
  return typeof value === 'string' && value.trim() ? value : messages.format.missing;
}

export function formatDateTime(value: TimeInput, locale: string): string {
  const date = parseTimestamp(value);
  if (!date) return unreadable(value);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** To the second, with the zone's name ("Oct 26, 2015, 10:46:50 AM GMT+1"): for the history. */
export function formatDateTimeWithZone(value: TimeInput, locale: string): string {
  const date = parseTimestamp(value);
  if (!date) return unreadable(value);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long' }).format(date);
}

export function formatDate(value: TimeInput, locale: string): string {
  const date = parseTimestamp(value);
  if (!date) return unreadable(value);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

/**
 * A time for a dense table: the year is left out when it is this year's ("Nov 20, 11:31 PM").
 * Pair it with `formatDateTime` in a tooltip for the full time.
 */
export function formatDateTimeCompact(value: TimeInput, locale: string, now = new Date()): string {
  const date = parseTimestamp(value);
  if (!date) return unreadable(value);
  if (date.getFullYear() !== now.getFullYear()) return formatDateTime(date, locale);
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(
    date,
  );
}

/** "in 12 days", "tomorrow", "3 days ago": calendar days between now and the date, in local time. */
export function formatRelativeDays(date: Date, locale: string, now = new Date()): string {
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  const days = Math.round((day(date) - day(now)) / 86_400_000);
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
}

/** The machine-readable value for `<time dateTime>`, or undefined when the value does not parse. */
export function isoDateTime(value: TimeInput): string | undefined {
  return parseTimestamp(value)?.toISOString();
}

/** The user's time zone, e.g. "Europe/Stockholm". */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(count);
}

/** A quantity (Payson allows decimals), or a dash. */
export function formatQuantity(value: number | undefined, locale: string): string {
  if (value === undefined || !Number.isFinite(value)) return messages.format.missing;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value);
}

/** Payson's rates are fractions: 0.25 is 25 %. */
export function formatRate(rate: number | undefined, locale: string): string {
  if (rate === undefined || !Number.isFinite(rate)) return messages.format.missing;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(rate);
}
