import { afterAll, describe, expect, it } from 'vitest';
import { setLanguage } from './i18n/messages.ts';
import { formatCalendarDay, formatPlainAmount, formatUpdated } from './search-format.ts';

const now = Date.UTC(2026, 11, 6, 12, 0, 0);

afterAll(() => setLanguage('en'));

describe('formatUpdated', () => {
  it('says how long ago in words, in English', async () => {
    await setLanguage('en');
    expect(formatUpdated(now - 20_000, now, 'en-GB')).toBe('Updated just now');
    expect(formatUpdated(now - 60_000, now, 'en-GB')).toBe('Updated 1 minute ago');
    expect(formatUpdated(now - 2 * 60_000 - 59_000, now, 'en-GB')).toBe('Updated 2 minutes ago');
    expect(formatUpdated(now - 3 * 3_600_000, now, 'en-GB')).toBe('Updated 3 hours ago');
    expect(formatUpdated(now - 2 * 86_400_000, now, 'en-GB')).toBe('Updated 2 days ago');
  });

  it('and in Swedish', async () => {
    await setLanguage('sv');
    expect(formatUpdated(now - 10_000, now, 'sv-SE')).toBe('Uppdaterad nyss');
    expect(formatUpdated(now - 2 * 60_000, now, 'sv-SE')).toBe('Uppdaterad för 2 minuter sedan');
  });
});

describe('filter values', () => {
  it('writes a day and an amount as the language does', () => {
    expect(formatCalendarDay('2026-03-31', 'en-GB')).toBe('31 Mar 2026');
    expect(formatCalendarDay('2026-03-31', 'sv-SE')).toBe('31 mars 2026');
    expect(formatPlainAmount('1200.5', 'sv-SE')).toBe('1\u00a0200,5');
    expect(formatPlainAmount('1200.5', 'en-GB')).toBe('1,200.5');
  });
});
