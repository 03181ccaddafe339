import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Order, OrderItem } from '../../../contract/payson.ts';
import { orderTotals } from './order-totals.ts';

function item(totals: Partial<OrderItem>): OrderItem {
  return { totalPriceExcludingTax: 0, totalPriceIncludingTax: 0, totalTaxAmount: 0, creditedAmount: 0, ...totals } as OrderItem;
}

function order(items: OrderItem[], totals: Partial<Order>): Order {
  return { items, ...totals } as Order;
}

describe('orderTotals', () => {
  it('reports each total that does not add up', () => {
    const totals = orderTotals(
      order([item({ totalPriceIncludingTax: 100, totalTaxAmount: 20, totalPriceExcludingTax: 80 })], {
        totalPriceIncludingTax: 125,
        totalTaxAmount: 20,
        totalPriceExcludingTax: 105,
        totalCreditedAmount: 0,
      }),
    );
    expect(totals.mismatches).toEqual(['excludingTax', 'includingTax']);
    expect(totals.includingTax).toEqual({ itemsSum: 100, orderTotal: 125, state: 'differs' });
  });

  it('compares credited amounts when both sides say', () => {
    const totals = orderTotals(
      order([item({ creditedAmount: 50 }), item({ creditedAmount: 25 })], { totalCreditedAmount: 70 }),
    );
    expect(totals.credited).toEqual({ itemsSum: 75, orderTotal: 70, state: 'differs' });
    expect(totals.mismatches).toEqual(['credited']);
  });

  it('tolerates one cent of rounding and no more', () => {
    const withTotal = (total: number) => orderTotals(order([item({ totalTaxAmount: 10 })], { totalTaxAmount: total })).tax.state;
    expect(withTotal(10.01)).toBe('adds-up');
    expect(withTotal(9.99)).toBe('adds-up');
    expect(withTotal(10.02)).toBe('differs');
  });

  it('does not let binary floating point invent a difference', () => {
    const totals = orderTotals(
      order([item({ totalPriceIncludingTax: 0.1 }), item({ totalPriceIncludingTax: 0.2 })], { totalPriceIncludingTax: 0.3 }),
    );
    expect(totals.includingTax).toEqual({ itemsSum: 0.3, orderTotal: 0.3, state: 'adds-up' });
  });

  it('says unknown rather than differs when an item or the order lacks a value', () => {
    const totals = orderTotals(
      order([item({}), item({ totalTaxAmount: undefined })], { totalTaxAmount: 0, totalPriceIncludingTax: undefined }),
    );
    expect(totals.tax).toEqual({ itemsSum: undefined, orderTotal: 0, state: 'unknown' });
    expect(totals.includingTax).toEqual({ itemsSum: 0, orderTotal: undefined, state: 'unknown' });
    expect(totals.mismatches).toEqual([]);
  });

  it('sums no items to zero, so an order total with no items differs', () => {
    expect(orderTotals(order([], { totalPriceIncludingTax: 315 })).includingTax).toEqual({
      itemsSum: 0,
      orderTotal: 315,
      state: 'differs',
    });
  });

  it('treats non-finite numbers as missing', () => {
    const totals = orderTotals(order([item({ totalTaxAmount: Number.NaN })], { totalTaxAmount: Number.POSITIVE_INFINITY }));
    expect(totals.tax.state).toBe('unknown');
  });

  it('finds that cent-valued items always add up to their own sum', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1_000_000, max: 10_000_000 }), { maxLength: 50 }), (cents) => {
        const items = cents.map((c) => item({ totalPriceIncludingTax: c / 100 }));
        const total = cents.reduce((a, b) => a + b, 0) / 100;
        const totals = orderTotals(order(items, { totalPriceIncludingTax: total }));
        expect(totals.includingTax.state).toBe('adds-up');
        expect(totals.includingTax.itemsSum).toBeCloseTo(total, 6);
      }),
      { numRuns: 1000 },
    );
  });
});
