import { describe, expect, it } from 'vitest';
import { checkoutSchema, type Checkout } from '../../contract/payson.ts';
import { customerName, itemCount, lastChange, shortId } from './checkout-fields.ts';

function checkout(fields: Record<string, unknown>): Checkout {
  return checkoutSchema.parse({ id: 'a9e48054-20ab-49e6-84f1-a53d00b1a905', ...fields });
}

describe('customerName', () => {
  it('joins first and last name', () => {
    expect(customerName(checkout({ customer: { firstName: 'Tess T', lastName: 'Persson' } }))).toBe(
      'Tess T Persson',
    );
  });

  it('takes a business name Payson put whole in firstName', () => {
    expect(customerName(checkout({ customer: { firstName: 'Acme AB', lastName: '', type: 'business' } }))).toBe(
      'Acme AB',
    );
  });

  it('has no name when upstream sent none', () => {
    expect(customerName(checkout({}))).toBeUndefined();
    expect(customerName(checkout({ customer: { firstName: ' ', lastName: null } }))).toBeUndefined();
  });
});

describe('itemCount', () => {
  it('counts order lines', () => {
    expect(itemCount(checkout({ order: { items: [{ name: 'a' }, { name: 'b' }] } }))).toBe(2);
    expect(itemCount(checkout({}))).toBe(0);
  });
});

describe('lastChange', () => {
  it('is the newest history time, whatever its key', () => {
    const history = { created: '2015-10-26T10:46:50', paidToAccount: '2015-10-26T11:32:36', formsFilled: '2015-10-26T10:50:00' };
    expect(lastChange(checkout({ history }))).toBe('2015-10-26T11:32:36');
  });

  it('skips times that do not parse', () => {
    expect(lastChange(checkout({ history: { created: '2015-10-26T10:46:50', shipped: 'soon' } }))).toBe(
      '2015-10-26T10:46:50',
    );
    expect(lastChange(checkout({}))).toBeUndefined();
  });
});

describe('shortId', () => {
  it('shows the first block of a GUID, and other ids whole', () => {
    expect(shortId('a9e48054-20ab-49e6-84f1-a53d00b1a905')).toBe('a9e48054');
    expect(shortId('12345')).toBe('12345');
  });
});
