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
    // 2 January + 59 days = 1 March in a leap year.
    expect(expiry).toEqual(new Date(2024, 2, 1, 10, 30));
  });

  it('keeps the wall-clock time across a daylight-saving change', () => {
    const expiry = readyToShipExpiry({ status: 'readyToShip', history: { readyToShip: '2024-03-01T12:00:00' } });
    expect(expiry).toEqual(new Date(2024, 3, 29, 12, 0));
  });

  it('reads the status and the history key in any casing', () => {
    const expiry = readyToShipExpiry({ status: 'ReadyToShip', history: { READYTOSHIP: '2024-01-02T10:30:00' } });
    expect(expiry).toEqual(new Date(2024, 2, 1, 10, 30));
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
