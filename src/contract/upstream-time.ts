import { instantOfWallTime, type WallTime } from './zoned-time.ts';

/**
 * Reads Payson's timestamps strictly. `Date.parse` accepts far too much ("1", "March 7", "2015-02-31"
 * rolled over to March), which would put nonsense on a timeline as if it were real.
 *
 * Payson writes local time without an offset ("2015-10-26T10:46:50"), in its own zone (the
 * gateway's PAYSON_TIME_ZONE, Stockholm by default), never the viewer's: such a time is read in
 * `paysonTimeZone` (the SPA passes the zone /api/config names; the gateway its own config) (DST as in zoned-time.ts). A time with `Z` or an offset is an exact instant.
 */
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

export function parseUpstreamTime(raw: string, paysonTimeZone: string): Date | undefined {
  const match = TIMESTAMP.exec(raw.trim());
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone] = match;
  const parts = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
    millisecond: Number(fraction.padEnd(3, '0').slice(0, 3)),
  };
  if (!isValidCalendarTime(parts)) return undefined;
  // A zone needs a time: "2015-10-26Z" is not something upstream writes.
  if (zone !== undefined && match[4] === undefined) return undefined;

  if (zone === undefined) return instantOfWallTime(parts, paysonTimeZone);
  const date = new Date(0);
  const offsetMinutes = zoneOffsetMinutes(zone);
  if (offsetMinutes === undefined) return undefined;
  date.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  date.setUTCHours(parts.hour, parts.minute - offsetMinutes, parts.second, parts.millisecond);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The fields of an upstream time as written, before any zone is applied. */
type CalendarTime = WallTime;

function isValidCalendarTime(t: CalendarTime): boolean {
  return (
    t.month >= 1 &&
    t.month <= 12 &&
    t.day >= 1 &&
    t.day <= daysInMonth(t.year, t.month) &&
    t.hour <= 23 &&
    t.minute <= 59 &&
    t.second <= 59
  );
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** `Z`, `+02`, `+0200` or `+02:00`; undefined for an impossible offset. */
function zoneOffsetMinutes(zone: string): number | undefined {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 23 || minutes > 59) return undefined;
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (hours * 60 + minutes);
}
