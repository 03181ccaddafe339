import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkoutListPageSchema, checkoutSchema, paysonErrorSchema } from './payson.ts';
import { SEED_SAMPLE_PATH } from './testing/seed-sample.ts';

const seedPath = SEED_SAMPLE_PATH;
const seed: unknown = JSON.parse(readFileSync(seedPath, 'utf8'));

describe('the seed’s Payson list page, parsed as it is', () => {
  const page = checkoutListPageSchema.parse(seed);
  const [person, business] = page.data;

  it('reads the paging envelope', () => {
    expect(page).toMatchObject({ pageSize: 20, page: 1, totalPages: 1, count: 2, totalCount: 2 });
    expect(page.data).toHaveLength(2);
  });

  it('reads camelCase statuses into the canonical spelling', () => {
    expect(person?.status).toBe('paidToAccount');
    expect(business?.status).toBe('paidToAccount');
  });

  it('reads amounts and the lower-case currency', () => {
    expect(person?.order).toMatchObject({ currency: 'sek', totalPriceIncludingTax: 315, totalTaxAmount: 0 });
    expect(business?.order).toMatchObject({
      totalPriceExcludingTax: 280,
      totalPriceIncludingTax: 390,
      totalTaxAmount: 110,
    });
  });

  it('reads every order item, the en dash in a name included', () => {
    expect(person?.order?.items.map((item) => item.name)).toEqual(['Test', 'Flat Rate – Fixed']);
    expect(business?.order?.items).toHaveLength(4);
    expect(business?.order?.items[1]).toMatchObject({ name: 'TestFee', type: 'fee', taxRate: 0.25, unitPrice: 100 });
    expect(business?.order?.items[2]).toMatchObject({ name: 'TestItem1', discountRate: 0.5 });
  });

  it('reads the business customer whose whole name is in firstName', () => {
    expect(business?.customer).toMatchObject({
      type: 'business',
      firstName: 'Persson, Tess T',
      lastName: '',
      phone: '123',
      country: 'SE',
      identityNumber: '4608142222',
    });
  });

  it('reads history keys beyond the documented ones', () => {
    expect(person?.history).toEqual({ created: '2015-10-26T10:46:50', paidToAccount: '2015-10-26T11:32:36' });
    expect(Object.keys(business?.history ?? {})).toEqual(['created', 'formsFilled', 'paidToAccount']);
  });

  it('reads the misspelt verfication as verification', () => {
    expect(person?.gui).toMatchObject({ verification: 'none', locale: 'SE', requestPhone: false });
    expect(business?.gui).not.toHaveProperty('verfication');
  });

  it('keeps the http snippet as text', () => {
    expect(person?.snippet).toContain("src='http://embedded.payson.se/checkout?id=a9e48054-20ab-49e6-84f1-a53d00b1a905'");
  });

  it('gives the same result when its own output is parsed again', () => {
    expect(checkoutListPageSchema.parse(JSON.parse(JSON.stringify(page)))).toEqual(page);
  });
});

describe('a checkout from an untrusted upstream', () => {
  it('keeps an unknown status as it came', () => {
    expect(checkoutSchema.parse({ id: 'x', status: 'onHold' }).status).toBe('onHold');
  });

  it('reads any casing of a known status', () => {
    expect(checkoutSchema.parse({ id: 'x', status: 'READYTOSHIP' }).status).toBe('readyToShip');
  });

  it('turns a field of the wrong type into unknown instead of failing', () => {
    const checkout = checkoutSchema.parse({
      id: 'x',
      status: 42,
      customer: { email: 7, firstName: 'Anna' },
      order: { currency: 'sek', totalPriceIncludingTax: 'a lot', items: 'none' },
      history: { created: '2026-01-01T10:00:00', shipped: null },
    });
    expect(checkout.status).toBe('');
    expect(checkout.customer).toMatchObject({ email: undefined, firstName: 'Anna' });
    expect(checkout.order).toMatchObject({ totalPriceIncludingTax: undefined, items: [] });
    expect(checkout.history).toEqual({ created: '2026-01-01T10:00:00' });
  });

  it('refuses a checkout without an id', () => {
    expect(checkoutSchema.safeParse({ status: 'created' }).success).toBe(false);
  });

  it('reads the correctly spelt verification when both are present', () => {
    const checkout = checkoutSchema.parse({ id: 'x', gui: { verification: 'bankid', verfication: 'none' } });
    expect(checkout.gui?.verification).toBe('bankid');
  });
});

describe('Payson’s error body', () => {
  it('reads the message and the per-property errors', () => {
    const error = paysonErrorSchema.parse({ message: 'Bad request', errors: [{ property: 'status', message: 'Invalid' }] });
    expect(error.errors).toEqual([{ property: 'status', message: 'Invalid' }]);
  });
});

describe('merchant.partnerId', () => {
  it('reads the number of Payson’s documented example as text, and a string as it is', () => {
    const withPartner = (partnerId: unknown) =>
      checkoutSchema.parse({ id: '3a9e7b4c-0d1f-4e2a-9b3c-5d6e7f8a9b0c', status: 'created', merchant: { partnerId } }).merchant?.partnerId;
    expect(withPartner(12345)).toBe('12345');
    expect(withPartner('P-1')).toBe('P-1');
    expect(withPartner({ nested: true })).toBeUndefined();
  });
});
