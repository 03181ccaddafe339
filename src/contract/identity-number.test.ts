import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskIdentityNumber, maskIdentityNumbersInCheckoutJson, withMaskedIdentityNumber } from './identity-number.ts';
import { checkoutSchema } from './payson.ts';

describe('maskIdentityNumber', () => {
  it.each([
    ['460814-2222', '460814-****'],
    ['4608142222', '460814-****'],
    ['19460814-2222', '19460814-****'],
    ['194608142222', '19460814-****'],
    ['460814+2222', '460814+****'],
    [' 460814 2222 ', '460814-****'],
    ['556677-8899', '556677-****'],
  ])('masks %s as %s', (input, masked) => {
    expect(maskIdentityNumber(input)).toBe(masked);
  });

  it.each([
    ['too short', '12345'],
    ['too long', '1946081422221'],
    ['letters', 'ABC123-4567'],
    ['a foreign format', '010190-12345'],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['non-ASCII digits', '٤٦٠٨١٤-٢٢٢٢'],
  ])('masks %s whole', (_name, input) => {
    expect(maskIdentityNumber(input)).toBe('****');
  });

  it('is undefined when there is nothing', () => {
    expect(maskIdentityNumber(undefined)).toBeUndefined();
    expect(maskIdentityNumber(null)).toBeUndefined();
    expect(maskIdentityNumber('  ')).toBeUndefined();
  });

  it('never shows more than a birth date, for any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^\d{6,8}[-+ ]?\d{4}$/)), (input) => {
        const masked = maskIdentityNumber(input);
        if (masked === undefined) {
          expect(input.trim()).toBe('');
          return;
        }
        expect(masked).toMatch(/^(?:(?:\d{6}|\d{8})[-+])?\*{4}$/);
        const digits = input.replace(/\D/g, '');
        if (masked !== '****') expect(digits.startsWith(masked.slice(0, -5))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives a masked value back unchanged', () => {
    for (const masked of ['460814-****', '19460814+****', '****']) expect(maskIdentityNumber(masked)).toBe(masked);
  });
});

describe('withMaskedIdentityNumber', () => {
  it("masks the customer's identity number and leaves the rest", () => {
    const checkout = checkoutSchema.parse({ id: 'c1', status: 'readyToShip', customer: { firstName: 'Åsa', identityNumber: '198001011234' } });
    const masked = withMaskedIdentityNumber(checkout);
    expect(masked.customer).toMatchObject({ firstName: 'Åsa', identityNumber: '19800101-****' });
    expect(JSON.stringify(masked)).not.toContain('1234');
  });

  it('leaves a checkout without a customer as it is', () => {
    const checkout = checkoutSchema.parse({ id: 'c1', status: 'created' });
    expect(withMaskedIdentityNumber(checkout)).toBe(checkout);
  });
});

describe('maskIdentityNumbersInCheckoutJson', () => {
  it('masks the identity number and keeps every other field as sent, unknown and misspelt ones too', () => {
    const raw = {
      id: 'x',
      customer: { identityNumber: '4608142222', firstName: 'Åsa', shoeSize: 38 },
      gui: { verfication: 'bankid' },
      somethingNew: { nested: [1, 2] },
    };
    expect(maskIdentityNumbersInCheckoutJson(raw)).toEqual({
      id: 'x',
      customer: { identityNumber: '460814-****', firstName: 'Åsa', shoeSize: 38 },
      gui: { verfication: 'bankid' },
      somethingNew: { nested: [1, 2] },
    });
    expect(raw.customer.identityNumber).toBe('4608142222');
  });

  it('masks a number of an unknown format or type whole', () => {
    expect(maskIdentityNumbersInCheckoutJson({ customer: { identityNumber: 'AB12345' } })).toEqual({ customer: { identityNumber: '****' } });
    expect(maskIdentityNumbersInCheckoutJson({ customer: { identityNumber: 4608142222 } })).toEqual({ customer: { identityNumber: '****' } });
    expect(maskIdentityNumbersInCheckoutJson({ customer: { identityNumber: '  ' } })).toEqual({ customer: { identityNumber: '  ' } });
  });

  it('leaves a checkout without an identity number as it is', () => {
    const raw = { id: 'x', customer: { firstName: 'Åsa' } };
    expect(maskIdentityNumbersInCheckoutJson(raw)).toBe(raw);
    expect(maskIdentityNumbersInCheckoutJson(null)).toBeNull();
  });
});
