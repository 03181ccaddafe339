import { describe, expect, it } from 'vitest';
import { parseUpstreamTime } from './upstream-time.ts';
import { addCalendarDays, calendarDaysBetween, instantOfWallTime, wallTimeAt } from './zoned-time.ts';

const wall = (year: number, month: number, day: number, hour: number, minute = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0,
  millisecond: 0,
});
const iso = (date: Date | undefined) => date?.toISOString();

describe('instantOfWallTime', () => {
  it('reads a Stockholm clock in summer (UTC+2) and winter (UTC+1)', () => {
    expect(iso(instantOfWallTime(wall(2026, 10, 2, 9), 'Europe/Stockholm'))).toBe('2026-10-02T07:00:00.000Z');
    expect(iso(instantOfWallTime(wall(2026, 1, 15, 9), 'Europe/Stockholm'))).toBe('2026-01-15T08:00:00.000Z');
  });

  it('reads a time in the autumn’s repeated hour as the earlier of the two', () => {
    // 25 October 2026: Stockholm's clocks go from 03:00 CEST back to 02:00 CET, so 02:30 happens twice.
    expect(iso(instantOfWallTime(wall(2026, 10, 25, 2, 30), 'Europe/Stockholm'))).toBe('2026-10-25T00:30:00.000Z');
    // Either side of the repeated hour is unambiguous.
    expect(iso(instantOfWallTime(wall(2026, 10, 25, 1, 59), 'Europe/Stockholm'))).toBe('2026-10-24T23:59:00.000Z');
    expect(iso(instantOfWallTime(wall(2026, 10, 25, 3, 0), 'Europe/Stockholm'))).toBe('2026-10-25T02:00:00.000Z');
  });

  it('moves a time in the spring’s gap forward by the gap', () => {
    // 29 March 2026: Stockholm's clocks jump from 02:00 to 03:00; 02:30 never showed, 03:30 CEST did.
    expect(iso(instantOfWallTime(wall(2026, 3, 29, 2, 30), 'Europe/Stockholm'))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(instantOfWallTime(wall(2026, 3, 29, 1, 59), 'Europe/Stockholm'))).toBe('2026-03-29T00:59:00.000Z');
  });

  it('works in any zone, south of the equator too', () => {
    expect(iso(instantOfWallTime(wall(2026, 1, 15, 9), 'America/New_York'))).toBe('2026-01-15T14:00:00.000Z');
    expect(iso(instantOfWallTime(wall(2026, 1, 15, 9), 'Australia/Sydney'))).toBe('2026-01-14T22:00:00.000Z');
  });

  it('round-trips with wallTimeAt', () => {
    const instant = new Date('2026-07-01T12:34:56.789Z');
    expect(instantOfWallTime(wallTimeAt(instant, 'Europe/Stockholm'), 'Europe/Stockholm')).toEqual(instant);
  });
});

describe('Payson times', () => {
  it('reads an offset-less time in Payson’s zone and one with an offset as given', () => {
    expect(iso(parseUpstreamTime('2026-10-02T09:00:00', 'Europe/Stockholm'))).toBe('2026-10-02T07:00:00.000Z');
    expect(iso(parseUpstreamTime('2026-10-02T09:00:00', 'Europe/Helsinki'))).toBe('2026-10-02T06:00:00.000Z');
    expect(iso(parseUpstreamTime('2026-10-02T09:00:00Z', 'Europe/Helsinki'))).toBe('2026-10-02T09:00:00.000Z');
    expect(iso(parseUpstreamTime('2026-10-25T02:30:00', 'Europe/Stockholm'))).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('calendar days in a zone', () => {
  it('counts the zone’s days, not the viewer’s or UTC’s', () => {
    // 23:30 UTC on 1 October is already 2 October in Stockholm.
    expect(calendarDaysBetween(new Date('2026-10-01T12:00:00Z'), new Date('2026-10-01T23:30:00Z'), 'Europe/Stockholm')).toBe(1);
    expect(calendarDaysBetween(new Date('2026-10-01T12:00:00Z'), new Date('2026-10-01T23:30:00Z'), 'UTC')).toBe(0);
  });

  it('adds days keeping the wall-clock time across a DST change', () => {
    expect(iso(addCalendarDays(new Date('2026-10-20T10:00:00Z'), 10, 'Europe/Stockholm'))).toBe('2026-10-30T11:00:00.000Z');
  });
});
