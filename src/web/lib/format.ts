import { parseUpstreamTime } from '../../contract/upstream-time.ts';
import { messages } from './i18n/messages.ts';
import { renderNow } from './clock.ts';
import { timeZones } from './time-zones.ts';
import { calendarDaysBetween, wallTimeAt } from '../../contract/zoned-time.ts';

/**
 * Intl formatters are costly to build (~0.1 ms each) and cheap to reuse (~0.002 ms), and a list
 * page formats ~120 cells: build each (locale, options) formatter once and keep it. The options
 * used are a handful of literals, so the caches stay small.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const relativeTimeFormats = new Map<string, Intl.RelativeTimeFormat>();
const displayNames = new Map<string, Intl.DisplayNames>();

function cached<F, O>(cache: Map<string, F>, locale: string | undefined, options: O, create: () => F): F {
  const key = `${locale ?? ''}|${JSON.stringify(options) ?? ''}`;
  let formatter = cache.get(key);
  if (formatter === undefined) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

/** A shared Intl.NumberFormat; throws like the constructor (e.g. an unknown currency code). */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(locale: string | undefined, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateTimeFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** A formatter for times as the company's clocks show them, wherever the viewer is. */
function companyDateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateTimeFormat(locale, { ...options, timeZone: timeZones().company });
}

export function relativeTimeFormat(locale: string, options: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat {
  return cached(relativeTimeFormats, locale, options, () => new Intl.RelativeTimeFormat(locale, options));
}

function displayNamesFormat(locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames {
  return cached(displayNames, locale, options, () => new Intl.DisplayNames([locale], options));
}

const CURRENCY_FALLBACK: Intl.NumberFormatOptions = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
const DATE_TIME_SECONDS: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'medium' };
const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
const DATE_TIME_COMPACT: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
/** A 24-hour clock writes 09:05, not 9:05 (Swedish, British); a 12-hour one 9:05 AM. */
const DATE_TIME_COMPACT_24: Intl.DateTimeFormatOptions = { ...DATE_TIME_COMPACT, hour: '2-digit' };

function compactOptions(locale: string): Intl.DateTimeFormatOptions {
  return dateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hour12 ? DATE_TIME_COMPACT : DATE_TIME_COMPACT_24;
}
const RELATIVE_DAYS: Intl.RelativeTimeFormatOptions = { numeric: 'auto' };
const QUANTITY: Intl.NumberFormatOptions = { maximumFractionDigits: 3 };
const RATE: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 2 };
const REGION: Intl.DisplayNamesOptions = { type: 'region' };

/**
 * Builds the formatters a list of checkouts uses (counts, amounts, compact and full times) ahead of
 * time. A page's first Intl formatter costs ~20 ms (ICU's locale data starting up), the next ones
 * well under a millisecond: building them while the page waits for its rows keeps that off the
 * time to the first row. Payson's currencies are SEK and EUR.
 */
export function prepareListFormatters(locale: string): void {
  numberFormat(locale);
  numberFormat(locale, { style: 'currency', currency: 'SEK' });
  companyDateTimeFormat(locale, compactOptions(locale));
  companyDateTimeFormat(locale, DATE_TIME);
}

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
      return numberFormat(locale, { style: 'currency', currency: code }).format(amount);
    } catch {
      // Fall through: shown as a number followed by the code as upstream sent it.
    }
  }
  const number = numberFormat(locale, CURRENCY_FALLBACK).format(amount);
  return code ? `${number} ${code}` : number;
}

/** A time as upstream wrote it, or one already read. */
export type TimeInput = string | Date | undefined;

/**
 * Payson's timestamps, read strictly (contract/upstream-time.ts: `Date.parse` would
 * take "1" or 31 February). Times without an offset ("2015-10-26T10:46:50") are read in Payson's
 * zone; every time is then shown in the company's zone (lib/time-zones.ts).
 */
export function parseTimestamp(value: TimeInput): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  return value ? parseUpstreamTime(value, timeZones().payson) : undefined;
}

/** What to show for a time that does not read: upstream's own words, else a dash. */
function unreadable(value: TimeInput): string {
  return typeof value === 'string' && value.trim() ? value : messages.format.missing;
}

export function formatDateTime(value: TimeInput, locale: string): string {
  const date = parseTimestamp(value);
  if (!date) return unreadable(value);
  return companyDateTimeFormat(locale, DATE_TIME).format(date);
}

/** To the second ("26 Oct 2015, 10:46:50"): for the history, whose note names the zone. */
export function formatDateTimeSeconds(value: TimeInput, locale: string): string {
  const date = parseTimestamp(value);
  if (!date) return unreadable(value);
  return companyDateTimeFormat(locale, DATE_TIME_SECONDS).format(date);
}

export function formatDate(value: TimeInput, locale: string): string {
  const date = parseTimestamp(value);
  if (!date) return unreadable(value);
  return companyDateTimeFormat(locale, DATE).format(date);
}

/**
 * A time for a dense table: the year is left out when it is this year's ("Nov 20, 11:31 PM").
 * Pair it with `formatDateTime` in a tooltip for the full time.
 */
export function formatDateTimeCompact(value: TimeInput, locale: string, now = renderNow()): string {
  const date = parseTimestamp(value);
  if (!date) return unreadable(value);
  const zone = timeZones().company;
  if (wallTimeAt(date, zone).year !== wallTimeAt(now, zone).year) return formatDateTime(date, locale);
  return companyDateTimeFormat(locale, compactOptions(locale)).format(date);
}

/** "in 12 days", "tomorrow", "3 days ago": calendar days between now and the date, in the company's zone. */
export function formatRelativeDays(date: Date, locale: string, now = renderNow()): string {
  const days = calendarDaysBetween(now, date, timeZones().company);
  return relativeTimeFormat(locale, RELATIVE_DAYS).format(days, 'day');
}

/**
 * The machine-readable value for `<time dateTime>`: the exact instant in UTC, to the second
 * ("2026-10-02T07:00:00Z"), or undefined when the value does not parse.
 */
export function isoDateTime(value: TimeInput): string | undefined {
  return parseTimestamp(value)?.toISOString().replace(/\.000Z$/, 'Z');
}

/** A region's name for an ISO 3166 code ("SE" → "Sweden"), or undefined when Intl has none. */
export function regionName(code: string, locale: string): string | undefined {
  try {
    return displayNamesFormat(locale, REGION).of(code.toUpperCase());
  } catch {
    return undefined;
  }
}

export function formatCount(count: number, locale: string): string {
  return numberFormat(locale).format(count);
}

/** A quantity (Payson allows decimals), or a dash. */
export function formatQuantity(value: number | undefined, locale: string): string {
  if (value === undefined || !Number.isFinite(value)) return messages.format.missing;
  return numberFormat(locale, QUANTITY).format(value);
}

/** Payson's rates are fractions: 0.25 is 25 %. */
export function formatRate(rate: number | undefined, locale: string): string {
  if (rate === undefined || !Number.isFinite(rate)) return messages.format.missing;
  return numberFormat(locale, RATE).format(rate);
}

/** The company's zone as people name it: "Stockholm time", "svensk tid". */
export function companyZoneLabel(): string {
  const zone = timeZones().company;
  const city = zone.split('/').at(-1)?.replaceAll('_', ' ') ?? zone;
  return messages.time.zone(city);
}
