import { READY_TO_SHIP_LIFETIME_DAYS } from '../../contract/checkout-rules.ts';
import { EXPIRY_DAY_RANGES, OVERVIEW_DAYS } from '../../contract/overview.ts';
import { instantOfWallTime, wallTimeAt } from '../../contract/zoned-time.ts';

/**
 * The calendar the overview counts in, as instants: the SQL groups epoch-ms columns by these
 * boundaries (`width_bucket`), so the days follow the company's zone across DST changes without
 * the database knowing any zone (PGlite and PostgreSQL alike).
 */
export interface CalendarDay {
  /** `YYYY-MM-DD` in the zone. */
  date: string;
  /** The instant the day began there (epoch ms). */
  start: number;
}

/** The day `plusDays` calendar days from `now`'s day in `timeZone` (negative: before). */
export function calendarDay(now: number, plusDays: number, timeZone: string): CalendarDay {
  const today = wallTimeAt(new Date(now), timeZone);
  const day = new Date(0);
  day.setUTCFullYear(today.year, today.month - 1, today.day + plusDays);
  const wall = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: 0, minute: 0, second: 0, millisecond: 0 };
  const date = `${String(wall.year).padStart(4, '0')}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
  return { date, start: instantOfWallTime(wall, timeZone).getTime() };
}

/** The last OVERVIEW_DAYS days, today last, and the instant the day after today begins. */
export function overviewDays(now: number, timeZone: string): { days: CalendarDay[]; end: number } {
  const days = Array.from({ length: OVERVIEW_DAYS }, (_, index) => calendarDay(now, index - (OVERVIEW_DAYS - 1), timeZone));
  return { days, end: calendarDay(now, 1, timeZone).start };
}

/**
 * Lower bounds of the Ready to ship times per EXPIRY_DAY_RANGES entry, ascending. A checkout that
 * became Ready to ship `age` calendar days before today expires in LIFETIME − age days, so the
 * range [from, to] holds the times from the start of day (today − (LIFETIME − from)) up to the
 * next range's bound. Before the first bound: expiry has passed; after the last: the last range.
 */
export function expiryBounds(now: number, timeZone: string): number[] {
  return EXPIRY_DAY_RANGES.map(([from]) => calendarDay(now, -(READY_TO_SHIP_LIFETIME_DAYS - from), timeZone).start);
}
