import { describe, expect, it } from 'vitest';
import {
  dateTimeFormat,
  formatAmount,
  formatCount,
  formatDateTime,
  formatDateTimeCompact,
  formatQuantity,
  formatRate,
  formatRelativeDays,
  isoDateTime,
  numberFormat,
  parseTimestamp,
  regionName,
} from './format.ts';

// Intl output uses non-breaking spaces in some locales; compare with plain spaces.
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

describe('formatAmount', () => {
  it('formats with the order currency, upper-cased, in the user locale', () => {
    expect(plain(formatAmount(315, 'sek', 'sv-SE'))).toBe('315,00 kr');
    expect(plain(formatAmount(1234.5, 'SEK', 'en-US'))).toBe('SEK 1,234.50');
    expect(plain(formatAmount(10, 'eur', 'en-GB'))).toBe('€10.00');
  });

  it('shows an unknown but well-formed code with the amount', () => {
    expect(plain(formatAmount(12, 'xyz', 'en-US'))).toBe('XYZ 12.00');
  });

  it('shows a malformed currency as its code after the number', () => {
    expect(plain(formatAmount(12, 'kronor', 'en-US'))).toBe('12.00 KRONOR');
  });

  it('shows a number alone when there is no currency, and a dash when there is no amount', () => {
    expect(formatAmount(12, undefined, 'en-US')).toBe('12.00');
    expect(formatAmount(undefined, 'SEK', 'en-US')).toBe('—');
  });
});

describe('timestamps', () => {
  it('reads Payson times without an offset in Payson’s zone, Stockholm', () => {
    expect(parseTimestamp('2015-10-26T10:46:50')?.toISOString()).toBe('2015-10-26T09:46:50.000Z');
  });

  it('refuses what Date.parse would wrongly accept', () => {
    expect(parseTimestamp('1')).toBeUndefined();
    expect(parseTimestamp('2015-02-31T10:00:00')).toBeUndefined();
    expect(parseTimestamp('March 7')).toBeUndefined();
    expect(formatDateTime('1', 'en-US')).toBe('1');
  });

  it('formats a time in the user locale', () => {
    expect(plain(formatDateTime('2015-10-26T10:46:50', 'en-US'))).toBe('Oct 26, 2015, 10:46 AM');
  });

  it('leaves out this year in the compact form', () => {
    const now = new Date(2026, 10, 21);
    expect(plain(formatDateTimeCompact('2026-11-20T23:31:00', 'en-US', now))).toBe('Nov 20, 11:31 PM');
    expect(plain(formatDateTimeCompact('2015-10-26T10:46:50', 'en-US', now))).toBe('Oct 26, 2015, 10:46 AM');
    expect(formatDateTimeCompact(undefined, 'en-US', now)).toBe('—');
    // A 24-hour clock keeps its leading zero, in the company's zone (09:05 in Stockholm is 08:05 UTC).
    expect(plain(formatDateTimeCompact('2026-11-20T08:05:00Z', 'sv-SE', now))).toBe('20 nov. 09:05');
    expect(plain(formatDateTimeCompact('2026-11-20T08:05:00Z', 'en-GB', now))).toBe('20 Nov, 09:05');
  });

  it('keeps an unreadable time as written and shows a dash for none', () => {
    expect(formatDateTime('yesterday', 'en-US')).toBe('yesterday');
    expect(formatDateTime(undefined, 'en-US')).toBe('—');
    expect(isoDateTime('yesterday')).toBeUndefined();
  });

  it('gives a machine-readable time for <time>', () => {
    expect(isoDateTime('2024-01-02T03:04:05Z')).toBe('2024-01-02T03:04:05Z');
    expect(isoDateTime('2024-01-02T03:04:05.250Z')).toBe('2024-01-02T03:04:05.250Z');
    expect(isoDateTime('2026-10-02T09:00:00')).toBe('2026-10-02T07:00:00Z');
  });
});

describe('numbers', () => {
  it('formats rates as percentages and quantities without trailing zeros', () => {
    expect(plain(formatRate(0.25, 'en-US'))).toBe('25%');
    expect(plain(formatRate(0.125, 'en-US'))).toBe('12.5%');
    expect(formatRate(undefined, 'en-US')).toBe('—');
    expect(formatQuantity(2, 'en-US')).toBe('2');
    expect(formatQuantity(1.5, 'en-US')).toBe('1.5');
  });

  it('says how many calendar days away a date is', () => {
    // 23:00 on 21 November in Stockholm (22:00 UTC).
    const now = new Date('2026-11-21T22:00:00Z');
    expect(formatRelativeDays(new Date('2026-11-22T00:00:00Z'), 'en-US', now)).toBe('tomorrow');
    expect(formatRelativeDays(new Date('2027-01-19T08:00:00Z'), 'en-US', now)).toBe('in 59 days');
    expect(formatRelativeDays(new Date('2026-11-18T08:00:00Z'), 'en-US', now)).toBe('3 days ago');
    // 23:30 UTC on the 21st is already the 22nd in Stockholm: today, whatever the viewer's zone.
    expect(formatRelativeDays(new Date('2026-11-21T23:30:00Z'), 'en-US', now)).toBe('tomorrow');
  });
});

describe('formatter cache', () => {
  it('builds one formatter per locale and options, and reuses it', () => {
    expect(numberFormat('en-US')).toBe(numberFormat('en-US'));
    expect(numberFormat('en-US', { maximumFractionDigits: 3 })).toBe(numberFormat('en-US', { maximumFractionDigits: 3 }));
    expect(numberFormat('en-US')).not.toBe(numberFormat('sv-SE'));
    expect(numberFormat('en-US')).not.toBe(numberFormat('en-US', { maximumFractionDigits: 3 }));
    expect(dateTimeFormat('en-US', { dateStyle: 'medium' })).toBe(dateTimeFormat('en-US', { dateStyle: 'medium' }));
    expect(dateTimeFormat('en-US', { dateStyle: 'medium' })).not.toBe(dateTimeFormat('en-US', { dateStyle: 'long' }));
  });

  it('keeps formatting by currency and locale after a formatter was cached', () => {
    expect(plain(formatAmount(1, 'SEK', 'en-US'))).toBe('SEK 1.00');
    expect(plain(formatAmount(1, 'EUR', 'en-US'))).toBe('€1.00');
    expect(plain(formatAmount(1, 'SEK', 'en-US'))).toBe('SEK 1.00');
    expect(plain(formatCount(1234, 'en-US'))).toBe('1,234');
    expect(plain(formatCount(1234, 'sv-SE'))).toBe('1 234');
  });

  it('does not cache a formatter the constructor refused', () => {
    expect(() => numberFormat('en-US', { style: 'currency', currency: 'KRONOR' })).toThrow(RangeError);
    expect(() => numberFormat('en-US', { style: 'currency', currency: 'KRONOR' })).toThrow(RangeError);
    expect(plain(formatAmount(12, 'kronor', 'en-US'))).toBe('12.00 KRONOR');
  });

  it('names regions', () => {
    expect(regionName('se', 'en-US')).toBe('Sweden');
  });
});
