import { describe, expect, it } from 'vitest';
import { parseUpstreamTime } from './upstream-time.ts';

describe('parseUpstreamTime', () => {
  it('reads Payson’s offset-less time as local wall-clock time', () => {
    expect(parseUpstreamTime('2015-10-26T10:46:50', 'Europe/Stockholm')?.toISOString()).toBe('2015-10-26T09:46:50.000Z');
  });

  it('reads an offset or Z as an exact instant', () => {
    expect(parseUpstreamTime('2015-10-26T10:46:50Z', 'Europe/Stockholm')?.toISOString()).toBe('2015-10-26T10:46:50.000Z');
    expect(parseUpstreamTime('2015-10-26T10:46:50+01:00', 'Europe/Stockholm')?.toISOString()).toBe('2015-10-26T09:46:50.000Z');
    expect(parseUpstreamTime('2015-10-26T10:46:50-0230', 'Europe/Stockholm')?.toISOString()).toBe('2015-10-26T13:16:50.000Z');
    expect(parseUpstreamTime('2015-10-26T10:46:50+02', 'Europe/Stockholm')?.toISOString()).toBe('2015-10-26T08:46:50.000Z');
  });

  it('reads .NET’s seven fractional digits to the millisecond', () => {
    expect(parseUpstreamTime('2015-10-26T10:46:50.1234567Z', 'Europe/Stockholm')?.toISOString()).toBe('2015-10-26T10:46:50.123Z');
  });

  it('reads minutes-only times, a space separator and a bare date', () => {
    expect(parseUpstreamTime('2015-10-26 10:46', 'Europe/Stockholm')?.toISOString()).toBe('2015-10-26T09:46:00.000Z');
    expect(parseUpstreamTime('2015-10-26', 'Europe/Stockholm')?.toISOString()).toBe('2015-10-25T23:00:00.000Z');
  });

  it('does not read years below 100 as the 1900s', () => {
    expect(parseUpstreamTime('0015-01-02T00:00:00Z', 'Europe/Stockholm')?.getUTCFullYear()).toBe(15);
  });

  it('accepts 29 February in leap years only', () => {
    expect(parseUpstreamTime('2024-02-29T12:00:00', 'Europe/Stockholm')).toBeDefined();
    expect(parseUpstreamTime('2000-02-29T12:00:00', 'Europe/Stockholm')).toBeDefined();
    expect(parseUpstreamTime('2023-02-29T12:00:00', 'Europe/Stockholm')).toBeUndefined();
    expect(parseUpstreamTime('1900-02-29T12:00:00', 'Europe/Stockholm')).toBeUndefined();
  });

  it.each([
    '',
    '1',
    'March 7, 2015',
    'Mon, 26 Oct 2015 10:46:50 GMT',
    '2015-02-31T10:00:00',
    '2015-13-01T10:00:00',
    '2015-10-26T24:00:00',
    '2015-10-26T10:60:00',
    '2015-10-26T10:46:61',
    '2015-10-26T10:46:50+25:00',
    '2015-10-26Z',
    '2015-10-26T10',
    '20151026T104650',
    '2015-10-26T10:46:50 garbage',
    '/Date(1445856410000)/',
  ])('rejects %j', (raw) => {
    expect(parseUpstreamTime(raw, 'Europe/Stockholm')).toBeUndefined();
  });
});
