import { describe, expect, it } from 'vitest';
import { KNOWN_STATUSES } from '../../contract/status.ts';
import { statusLabel, statusTone } from './status.ts';

describe('statusLabel', () => {
  it('names every known status', () => {
    expect(KNOWN_STATUSES.map(statusLabel)).toEqual([
      'None',
      'Created',
      'Forms filled',
      'Ready to pay',
      'Processing payment',
      'Ready to ship',
      'Shipped',
      'Paid to account',
      'Canceled',
      'Credited',
      'Expired',
      'Denied',
    ]);
  });

  it('keeps an unknown status visible', () => {
    expect(statusLabel('teleported')).toBe('Unknown (teleported)');
    expect(statusTone('teleported')).toBe('unknown');
    expect(statusLabel('')).toBe('Unknown');
  });

  it('makes ready to ship stand out', () => {
    expect(statusTone('readyToShip')).toBe('attention');
  });
});
