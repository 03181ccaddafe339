import { describe, expect, it } from 'vitest';
import { checkoutSchema, type Checkout } from '../../contract/payson.ts';
import { itemCount, shortId } from './checkout-fields.ts';

function checkout(fields: Record<string, unknown>): Checkout {
  return checkoutSchema.parse({ id: 'a9e48054-20ab-49e6-84f1-a53d00b1a905', ...fields });
}

describe('itemCount', () => {
  it('counts order lines', () => {
    expect(itemCount(checkout({ order: { items: [{ name: 'a' }, { name: 'b' }] } }))).toBe(2);
    expect(itemCount(checkout({}))).toBe(0);
  });
});

describe('shortId', () => {
  it('shows the first block of a GUID, and other ids whole', () => {
    expect(shortId('a9e48054-20ab-49e6-84f1-a53d00b1a905')).toBe('a9e48054');
    expect(shortId('12345')).toBe('12345');
  });
});
