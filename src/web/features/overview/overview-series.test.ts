import { describe, expect, it } from 'vitest';
import type { ExpiryBucket, OverviewDay } from '../../../contract/overview.ts';
import { niceScale } from './chart-scale.ts';
import { amountsPerDay, countsPerDay, currenciesOf, dayAmounts, shownBuckets, statusSeries } from './overview-series.ts';

const labels = { short: (date: string) => date.slice(5), long: (date: string) => date };
const days: OverviewDay[] = [
  {
    date: '2026-10-25',
    statuses: [
      { status: 'shipped', count: 2, amounts: [{ currency: 'SEK', amount: 300 }] },
      { status: 'readyToShip', count: 3, amounts: [{ currency: 'SEK', amount: 150 }, { currency: 'EUR', amount: 10 }] },
      { status: 'paidToAccount', count: 1, amounts: [{ currency: 'SEK', amount: 5 }] },
    ],
  },
  { date: '2026-10-26', statuses: [{ status: 'created', count: 1, amounts: [{ currency: 'EUR', amount: 1 }] }] },
];

describe('the overview as chart series', () => {
  it('orders statuses as a checkout lives through them, telling apart those of one colour by pattern', () => {
    expect(statusSeries(days).map(({ key, tone, pattern }) => [key, tone, pattern])).toEqual([
      ['created', 'neutral', 0],
      ['readyToShip', 'attention', 0],
      ['shipped', 'success', 0],
      ['paidToAccount', 'success', 1],
    ]);
    expect(statusSeries(days).map((series) => series.label)).toContain('Ready to ship');
  });

  it('counts per day and status', () => {
    expect(countsPerDay(days, labels).map((bar) => [bar.label, bar.values])).toEqual([
      ['10-25', { shipped: 2, readyToShip: 3, paidToAccount: 1 }],
      ['10-26', { created: 1 }],
    ]);
  });

  it('never adds amounts of different currencies together', () => {
    expect(currenciesOf(dayAmounts(days))).toEqual(['SEK', 'EUR']);
    expect(amountsPerDay(days, 'EUR', labels).map((bar) => bar.values)).toEqual([{ shipped: 0, readyToShip: 10, paidToAccount: 0 }, { created: 1 }]);
  });

  it('shows past-expiry and unknown buckets only when they hold checkouts', () => {
    const bucket = (key: ExpiryBucket['key'], count: number): ExpiryBucket => ({ key, fromDays: null, toDays: null, count, amounts: [] });
    expect(shownBuckets([bucket('past', 0), bucket('0-7', 0), bucket('8-14', 2), bucket('unknown', 1)]).map((entry) => entry.key)).toEqual(['0-7', '8-14', 'unknown']);
  });
});

describe('niceScale', () => {
  it('ends on the first round step at or above the largest value', () => {
    expect(niceScale(41, 5, true)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(niceScale(40, 5, true)).toEqual([0, 10, 20, 30, 40]);
    expect(niceScale(7, 5, true)).toEqual([0, 2, 4, 6, 8]);
    expect(niceScale(3, 5, true)).toEqual([0, 1, 2, 3]);
    expect(niceScale(1234)).toEqual([0, 250, 500, 750, 1000, 1250]);
    expect(niceScale(0, 4, true)).toEqual([0, 1, 2, 3, 4]);
  });
});
