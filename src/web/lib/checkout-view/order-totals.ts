import type { Order, OrderItem } from '../../../contract/payson.ts';

/**
 * Checks that an order's items add up to the totals Payson reports for the whole order. A
 * difference is shown to the admin rather than hidden: it means the data is inconsistent upstream.
 */

/** Payson amounts have two decimals; a cent of rounding is not a discrepancy. */
export const TOTALS_TOLERANCE = 0.01;

export const TOTAL_KINDS = ['excludingTax', 'includingTax', 'tax', 'credited'] as const;
export type TotalKind = (typeof TOTAL_KINDS)[number];

export interface TotalCheck {
  /** Sum over the items, rounded to cents; undefined when some item does not say. */
  readonly itemsSum: number | undefined;
  readonly orderTotal: number | undefined;
  /** `unknown` when either side is missing: nothing to compare, so not a mismatch. */
  readonly state: 'adds-up' | 'differs' | 'unknown';
}

export type OrderTotals = Readonly<Record<TotalKind, TotalCheck>> & {
  /** The kinds whose sum differs from the order's total, in TOTAL_KINDS order. */
  readonly mismatches: readonly TotalKind[];
};

const FIELDS: Readonly<Record<TotalKind, { item: keyof OrderItem; order: keyof Order }>> = {
  excludingTax: { item: 'totalPriceExcludingTax', order: 'totalPriceExcludingTax' },
  includingTax: { item: 'totalPriceIncludingTax', order: 'totalPriceIncludingTax' },
  tax: { item: 'totalTaxAmount', order: 'totalTaxAmount' },
  credited: { item: 'creditedAmount', order: 'totalCreditedAmount' },
};

export function orderTotals(order: Order): OrderTotals {
  const checks = Object.fromEntries(
    TOTAL_KINDS.map((kind) => [kind, checkTotal(order, kind)]),
  ) as Record<TotalKind, TotalCheck>;
  return { ...checks, mismatches: TOTAL_KINDS.filter((kind) => checks[kind].state === 'differs') };
}

function checkTotal(order: Order, kind: TotalKind): TotalCheck {
  const itemsSum = sumOfItems(order.items, FIELDS[kind].item);
  const orderTotal = finiteNumber(order[FIELDS[kind].order]);
  if (itemsSum === undefined || orderTotal === undefined) {
    return { itemsSum, orderTotal, state: 'unknown' };
  }
  // The epsilon absorbs binary floating point, so a difference of exactly one cent still passes.
  const addsUp = Math.abs(itemsSum - orderTotal) <= TOTALS_TOLERANCE + 1e-9;
  return { itemsSum, orderTotal, state: addsUp ? 'adds-up' : 'differs' };
}

function sumOfItems(items: readonly OrderItem[], field: keyof OrderItem): number | undefined {
  let sum = 0;
  for (const item of items) {
    const value = finiteNumber(item[field]);
    if (value === undefined) return undefined;
    sum += value;
  }
  return Math.round(sum * 100) / 100;
}

function finiteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
