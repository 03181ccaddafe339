import { describe, expect, it } from 'vitest';
import { checkoutSchema } from '../../contract/payson.ts';
import { PAYSON_STATUSES } from '../../contract/status.ts';
import { hashString } from '../random.ts';
import type { GeneratedCheckout } from './checkout.ts';
import { decodeCheckoutId, encodeCheckoutId } from './checkout-ids.ts';
import { GeneratedSource, type GeneratorOptions } from './generated-source.ts';
import { luhnCheckDigit } from './identity-numbers.ts';
import { OPEN_WINDOW_MS } from './lifecycle.ts';

const NOW = new Date('2025-03-01T00:00:00Z');
const options = (overrides: Partial<GeneratorOptions> = {}): GeneratorOptions => ({
  seed: 'bokamera',
  companies: 2,
  checkoutsPerCompany: 5000,
  now: NOW,
  origin: 'http://127.0.0.1:1234',
  paysonBase: 'http://127.0.0.1:1234/payson/2.0',
  ...overrides,
});

const source = new GeneratedSource(options());
const everyCheckout: GeneratedCheckout[] = [0, 1].flatMap((company) =>
  Array.from({ length: 5000 }, (_, index) => source.checkoutAt(company, index)),
);

const PATH = ['created', 'formsFilled', 'readyToPay', 'readyToShip', 'shipped', 'paidToAccount'];
/** The history keys each status must show: the customer's path so far, then the end it met. */
const EXPECTED_KEYS: Record<string, (keys: string[]) => boolean> = {
  created: (keys) => same(keys, PATH.slice(0, 1)),
  formsFilled: (keys) => same(keys, PATH.slice(0, 2)),
  readyToPay: (keys) => same(keys, PATH.slice(0, 3)),
  processingPayment: (keys) => same(keys, PATH.slice(0, 3)),
  readyToShip: (keys) => same(keys, PATH.slice(0, 4)),
  shipped: (keys) => same(keys, PATH.slice(0, 5)),
  paidToAccount: (keys) => same(keys, PATH),
  canceled: (keys) => keys.at(-1) === 'canceled' && isPathPrefix(keys.slice(0, -1), 4),
  expired: (keys) => keys.at(-1) === 'expired' && isPathPrefix(keys.slice(0, -1), 3),
  denied: (keys) => same(keys, [...PATH.slice(0, 3), 'denied']),
};
const same = (a: string[], b: string[]) => a.join() === b.join();
const isPathPrefix = (keys: string[], longest: number) =>
  keys.length >= 1 && keys.length <= longest && same(keys, PATH.slice(0, keys.length));
const round2 = (value: number) => Math.round(value * 100) / 100;
const sum = (values: number[]) => round2(values.reduce((total, value) => total + value, 0));

describe('generated companies', () => {
  it('are at least two, with Swedish names, GUIDs and Payson merchants of their own', () => {
    expect(source.companies.map((company) => company.name)).toEqual(['Salong Klippoteket', 'Studio Prana Yoga']);
    for (const company of source.companies) {
      expect(company.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(company.organisationNumber).toMatch(/^55[69]\d{3}-\d{4}$/);
    }
    const [first, second] = source.companies;
    expect(first?.payson.agentId).not.toBe(second?.payson.agentId);
  });
});

describe('the generator', () => {
  it('is deterministic per seed', () => {
    const again = new GeneratedSource(options());
    expect(again.companies).toEqual(source.companies);
    expect(again.checkoutAt(1, 4321)).toEqual(source.checkoutAt(1, 4321));
    const other = new GeneratedSource(options({ seed: 'another' }));
    expect(other.checkoutAt(1, 4321).id).not.toBe(source.checkoutAt(1, 4321).id);
    expect(other.companies[0]?.id).not.toBe(source.companies[0]?.id);
  });

  it('keeps a company’s data when more companies or checkouts are added', () => {
    const bigger = new GeneratedSource(options({ companies: 3 }));
    expect(bigger.companies.slice(0, 2)).toEqual(source.companies);
    expect(bigger.checkoutAt(0, 17).customer).toEqual(source.checkoutAt(0, 17).customer);
  });

  it('finds any checkout by its id, and nothing by a made-up one', () => {
    const seedHash = hashString('bokamera');
    for (const [company, index] of [[0, 0], [1, 4999], [3, 499_999], [65_535, 4_294_967_295]] as const) {
      expect(decodeCheckoutId(seedHash, encodeCheckoutId(seedHash, company, index))).toEqual({ company, index });
    }
    const checkout = source.checkoutAt(1, 2024);
    expect(source.locate(checkout.id)).toEqual({ company: 1, index: 2024 });
    expect(source.locate(checkout.id.toUpperCase())).toEqual({ company: 1, index: 2024 });
    expect(source.locate(`${checkout.id.slice(0, -1)}${checkout.id.endsWith('0') ? '1' : '0'}`)).toBeUndefined();
    expect(source.locate('a9e48054-20ab-49e6-84f1-a53d00b1a905')).toBeUndefined();
    expect(source.locate(encodeCheckoutId(seedHash, 0, 5000))).toBeUndefined(); // beyond the company's count
    expect(new Set(everyCheckout.map((c) => c.id)).size).toBe(everyCheckout.length);
  });

  it('tells a checkout’s status cheaply, the same as the checkout says', () => {
    for (const checkout of everyCheckout.slice(0, 3000)) {
      const location = source.locate(checkout.id);
      expect(location && source.statusKeyAt(location.company, location.index)).toBe(checkout.status.toLowerCase());
    }
  });

  it('lists newest first', () => {
    const created = Array.from({ length: 5000 }, (_, index) => Date.parse(source.checkoutAt(0, index).history.created ?? ''));
    expect(created.every((time, i) => i === 0 || time < (created[i - 1] ?? 0))).toBe(true);
    expect(created[0]).toBeLessThan(NOW.getTime());
  });

  it('mixes statuses realistically', () => {
    const counts = new Map<string, number>();
    for (const checkout of everyCheckout) counts.set(checkout.status, (counts.get(checkout.status) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([...PAYSON_STATUSES].sort());
    const share = (status: string) => (counts.get(status) ?? 0) / everyCheckout.length;
    expect(share('paidToAccount')).toBeGreaterThan(0.3);
    expect(share('readyToShip')).toBeGreaterThan(0.04);
    expect(share('created') + share('formsFilled') + share('readyToPay') + share('processingPayment')).toBeLessThan(0.02);
  });
});

describe('every generated checkout', () => {
  it('passes the contract and keeps every field through it', () => {
    for (const checkout of everyCheckout.slice(0, 500)) {
      const parsed = checkoutSchema.parse(checkout);
      expect(parsed.order?.items).toHaveLength(checkout.order.items.length);
      expect(parsed.customer?.identityNumber).toBe(checkout.customer.identityNumber);
      expect(parsed.gui?.verification).toBe('none');
    }
  });

  it('has totals that add up to the öre', () => {
    for (const { order } of everyCheckout) {
      for (const item of order.items) {
        expect(item.totalPriceIncludingTax).toBe(round2(item.unitPrice * item.quantity * (1 - item.discountRate)));
        expect(Math.abs(item.totalPriceExcludingTax - item.totalPriceIncludingTax / (1 + item.taxRate))).toBeLessThanOrEqual(0.005);
        expect(item.totalTaxAmount).toBe(round2(item.totalPriceIncludingTax - item.totalPriceExcludingTax));
        expect([0, 0.06, 0.12, 0.25]).toContain(item.taxRate);
      }
      expect(order.totalPriceIncludingTax).toBe(sum(order.items.map((item) => item.totalPriceIncludingTax)));
      expect(order.totalPriceExcludingTax).toBe(sum(order.items.map((item) => item.totalPriceExcludingTax)));
      expect(order.totalTaxAmount).toBe(sum(order.items.map((item) => item.totalTaxAmount)));
      const fees = order.items.filter((item) => item.type === 'fee');
      expect(order.totalFeeIncludingTax).toBe(sum(fees.map((item) => item.totalPriceIncludingTax)));
      expect(order.totalPriceIncludingTax).toBeGreaterThan(4);
    }
    const items = everyCheckout.flatMap((checkout) => checkout.order.items);
    expect(items.some((item) => item.type === 'discount' && item.unitPrice < 0)).toBe(true);
    expect(items.some((item) => item.discountRate > 0)).toBe(true);
    expect(items.some((item) => item.type === 'fee')).toBe(true);
  });

  it('has a history that matches its status, in order, before now', () => {
    for (const checkout of everyCheckout) {
      const keys = Object.keys(checkout.history);
      expect(EXPECTED_KEYS[checkout.status]?.(keys), `${checkout.status}: ${keys.join()}`).toBe(true);
      const times = Object.values(checkout.history).map((time) => Date.parse(time));
      expect(times.every((time, i) => i === 0 || time > (times[i - 1] ?? 0))).toBe(true);
      expect(Math.max(...times)).toBeLessThan(NOW.getTime());
      expect(checkout.purchaseId === null).toBe(!('readyToShip' in checkout.history));
      const created = Date.parse(checkout.history.created ?? '');
      expect(Date.parse(checkout.expirationTime)).toBe(created + OPEN_WINDOW_MS);
      if (checkout.status === 'created' || checkout.status === 'readyToPay') {
        expect(Date.parse(checkout.expirationTime)).toBeGreaterThan(NOW.getTime());
      }
    }
  });

  it('has a Swedish customer; businesses with their whole name in firstName', () => {
    const luhnValid = (digits: string) => luhnCheckDigit(digits.slice(0, 9)) === Number(digits.charAt(9));
    for (const { customer } of everyCheckout) {
      expect(customer.phone).toMatch(/^\+467\d{8}$/);
      expect(customer.postalCode).toMatch(/^\d{5}$/);
      expect(customer.identityNumber).toMatch(/^\d{10}$/);
      expect(luhnValid(customer.identityNumber)).toBe(true);
      expect(customer.email).toMatch(/^[a-z0-9.]+@[a-z0-9.-]+\.[a-z]+$/);
      if (customer.type === 'business') expect(customer.lastName).toBe('');
    }
    const businessShare = everyCheckout.filter((c) => c.customer.type === 'business').length / everyCheckout.length;
    expect(businessShare).toBeGreaterThan(0.1);
    expect(businessShare).toBeLessThan(0.2);
  });

  it('has a snippet in Payson’s newer format pointing at the sandbox’s embed page', () => {
    const checkout = source.checkoutAt(0, 3);
    expect(checkout.snippet).toBe(
      `<div id="paysonContainer" url="http://127.0.0.1:1234/embedded/checkout?id=${checkout.id}"></div>` +
        '<script src="http://127.0.0.1:1234/embedded/payson.js"></script>',
    );
    expect(checkout.merchant.reference).toMatch(/^\d{7}$/);
    expect(checkout.order.currency).toBe('sek');
    expect(checkout.gui).toEqual({ colorScheme: 'white', locale: 'sv', requestPhone: true, verification: 'none' });
  });
});
