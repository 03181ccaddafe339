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

/**
 * Payson's timestamps may have no offset ("2015-10-26T10:46:50"). JavaScript reads those as local
 * time, so the wall-clock time upstream wrote is shown unchanged; times with an offset are
 * converted to the user's zone.
 */
export function parseTimestamp(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time);
}

export function formatDateTime(value: string | undefined, locale: string): string {
  const date = parseTimestamp(value);
  if (!date) return value?.trim() ? value : messages.format.missing;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * A time for a dense table: the year is left out when it is this year's ("Nov 20, 11:31 PM").
 * Pair it with `formatDateTime` in a tooltip for the full time.
 */
export function formatDateTimeCompact(value: string | undefined, locale: string, now = new Date()): string {
  const date = parseTimestamp(value);
  if (!date) return value?.trim() ? value : messages.format.missing;
  if (date.getFullYear() !== now.getFullYear()) return formatDateTime(value, locale);
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(
    date,
  );
}

/** The machine-readable value for `<time dateTime>`, or undefined when the value does not parse. */
export function isoDateTime(value: string | undefined): string | undefined {
  return parseTimestamp(value)?.toISOString();
}

export function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(count);
}
