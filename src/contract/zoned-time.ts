/**
 * Wall-clock times in a named zone ↔ instants, with Intl only (no date library: these two
 * functions are all the dashboard needs). DST follows Temporal's "compatible" choice: a time in
 * the autumn's repeated hour is the earlier of the two instants; a time in the spring's gap (which
 * never showed on a clock) is moved forward by the gap, 02:30 → 03:30.
 */
export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const partFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormats.set(timeZone, format);
  }
  return format;
}

/** The wall-clock time in `timeZone` at `instant`. */
export function wallTimeAt(instant: Date, timeZone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const part of partsFormat(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const year = Number(parts.year);
  return {
    year: parts.era === 'BC' || parts.era === 'B' ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: instant.getUTCMilliseconds(),
  };
}

/** Milliseconds since the epoch of the wall time read as if it were UTC. */
function asUtc(t: WallTime): number {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  date.setUTCFullYear(t.year, t.month - 1, t.day);
  date.setUTCHours(t.hour, t.minute, t.second, t.millisecond);
  return date.getTime();
}

/** The zone's offset from UTC at `instant`, in milliseconds (Stockholm in summer: +2 h). */
export function offsetAt(instant: number, timeZone: string): number {
  return asUtc(wallTimeAt(new Date(instant), timeZone)) - instant;
}

const DAY_MS = 86_400_000;

/** The instant a clock in `timeZone` showed `wall` (see the module comment for DST). */
export function instantOfWallTime(wall: WallTime, timeZone: string): Date {
  const local = asUtc(wall);
  // Offsets change at most once within a day around any wall time, so the offsets a day either
  // side are the only two candidates.
  const before = offsetAt(local - DAY_MS, timeZone);
  const after = offsetAt(local + DAY_MS, timeZone);
  const candidates = [local - before, local - after].filter((instant) => offsetAt(instant, timeZone) === local - instant);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  // In the gap: read with the offset in force before it, which lands after it by the gap's length.
  return new Date(local - before);
}

/** Whole calendar days from `from` to `to` as the zone's calendar counts them. */
export function calendarDaysBetween(from: Date, to: Date, timeZone: string): number {
  const day = (d: Date) => {
    const t = wallTimeAt(d, timeZone);
    return asUtc({ ...t, hour: 0, minute: 0, second: 0, millisecond: 0 });
  };
  return Math.round((day(to) - day(from)) / DAY_MS);
}

/** The same wall-clock time `days` calendar days later in the zone. */
export function addCalendarDays(instant: Date, days: number, timeZone: string): Date {
  const wall = wallTimeAt(instant, timeZone);
  const shifted = new Date(asUtc(wall) + days * DAY_MS);
  return instantOfWallTime(
    {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      hour: wall.hour,
      minute: wall.minute,
      second: wall.second,
      millisecond: wall.millisecond,
    },
    timeZone,
  );
}

/**
 * ISO 8601 with the zone's offset at that instant, to the second: `2026-03-29T10:05:00+02:00`.
 * What a CSV or an API field carries, so a reader in any zone sees the company's wall time and can
 * still compute the instant.
 */
export function zonedIsoString(instant: number, timeZone: string): string {
  const wall = wallTimeAt(new Date(instant), timeZone);
  const offsetMinutes = Math.round(offsetAt(instant, timeZone) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const pad = (value: number, length = 2) => String(Math.abs(value)).padStart(length, '0');
  const offset = `${sign}${pad(Math.trunc(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${offset}`;
}
