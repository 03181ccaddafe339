import { describe, expect, it } from 'vitest';
import type { Customer } from '../../../contract/payson.ts';
import { customerDisplayName } from './customer-display-name.ts';

const customer = (names: Partial<Customer>) => names as Customer;

describe('customerDisplayName', () => {
  it('joins a person’s first and last name', () => {
    expect(customerDisplayName(customer({ firstName: 'Tess T', lastName: 'Persson' }))).toBe('Tess T Persson');
  });

  it('shows a business whose whole name is in firstName as it is', () => {
    expect(customerDisplayName(customer({ type: 'business', firstName: 'Persson, Tess T', lastName: '' }))).toBe('Persson, Tess T');
  });

  it('uses whichever half is known', () => {
    expect(customerDisplayName(customer({ lastName: 'Persson' }))).toBe('Persson');
    expect(customerDisplayName(customer({ firstName: 'Tess', lastName: '   ' }))).toBe('Tess');
  });

  it('collapses whitespace, newlines included', () => {
    expect(customerDisplayName(customer({ firstName: '  Tess\n\tT ', lastName: ' Persson ' }))).toBe('Tess T Persson');
  });

  it('is undefined when nothing is known', () => {
    expect(customerDisplayName(undefined)).toBeUndefined();
    expect(customerDisplayName(customer({}))).toBeUndefined();
    expect(customerDisplayName(customer({ firstName: '', lastName: ' ' }))).toBeUndefined();
  });
});
