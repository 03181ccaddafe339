import { describe, expect, it } from 'vitest';
import { READY_TO_SHIP_LIFETIME_DAYS } from '../../../contract/checkout-rules.ts';
import { readyToShipExpiry } from './ready-to-ship-expiry.ts';

describe('readyToShipExpiry', () => {
  it('is 59 days after the checkout became readyToShip, at the same wall-clock time', () => {
    expect(READY_TO_SHIP_LIFETIME_DAYS).toBe(59);
    const expiry = readyToShipExpiry({
      status: 'readyToShip',
      history: { created: '2024-01-01T09:00:00', readyToShip: '2024-01-02T10:30:00' },
    });
    // 2 January + 59 days = 1 March in a leap year; 10:30 in Stockholm (UTC+1 in winter).
    expect(expiry?.toISOString()).toBe('2024-03-01T09:30:00.000Z');
  });

  it('keeps the wall-clock time across a daylight-saving change', () => {
    const expiry = readyToShipExpiry({ status: 'readyToShip', history: { readyToShip: '2024-03-01T12:00:00' } });
    // Stockholm moves to summer time on 31 March: still 12:00 on the clock, now UTC+2.
    expect(expiry?.toISOString()).toBe('2024-04-29T10:00:00.000Z');
  });

  it('reads the status and the history key in any casing', () => {
    const expiry = readyToShipExpiry({ status: 'ReadyToShip', history: { READYTOSHIP: '2024-01-02T10:30:00' } });
    expect(expiry?.toISOString()).toBe('2024-03-01T09:30:00.000Z');
  });

  it('is undefined in any other status', () => {
    expect(readyToShipExpiry({ status: 'paidToAccount', history: { readyToShip: '2024-01-02T10:30:00' } })).toBeUndefined();
    expect(readyToShipExpiry({ status: 'shipped', history: { readyToShip: '2024-01-02T10:30:00' } })).toBeUndefined();
  });

  it('is undefined when the readyToShip time is missing or unreadable', () => {
    expect(readyToShipExpiry({ status: 'readyToShip', history: {} })).toBeUndefined();
    expect(readyToShipExpiry({ status: 'readyToShip', history: { readyToShip: 'yesterday' } })).toBeUndefined();
  });
});
