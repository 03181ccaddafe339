import { describe, expect, it } from 'vitest';
import { ATTENTION_SOON_DAYS } from '../../contract/checkout-search.ts';
import { expiryOf } from './expiry.ts';

// 23:30 in Stockholm on 6 December: an expiry at 00:30 the next night is tomorrow, not today.
const NOW = new Date('2026-12-06T22:30:00Z');

describe('expiryOf', () => {
  it('counts calendar days in the company’s zone', () => {
    expect(expiryOf('2026-12-06T23:59:00+01:00', NOW)?.days).toBe(0);
    expect(expiryOf('2026-12-07T00:30:00+01:00', NOW)?.days).toBe(1);
    expect(expiryOf('2026-12-09T12:00:00+01:00', NOW)?.days).toBe(3);
    expect(expiryOf('2026-12-05T12:00:00+01:00', NOW)?.days).toBe(-1);
  });

  it(`marks what expires within ${ATTENTION_SOON_DAYS} days (or has passed), not later`, () => {
    expect(expiryOf('2026-12-13T12:00:00+01:00', NOW)).toMatchObject({ days: 7, soon: true });
    expect(expiryOf('2026-12-14T12:00:00+01:00', NOW)).toMatchObject({ days: 8, soon: false });
    expect(expiryOf('2026-12-01T12:00:00+01:00', NOW)?.soon).toBe(true);
  });

  it('has nothing to say without a readable time', () => {
    expect(expiryOf(undefined, NOW)).toBeUndefined();
    expect(expiryOf('soon', NOW)).toBeUndefined();
  });
});
