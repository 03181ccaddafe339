import type { CurrencyAmount, ExpiryBucket, OverviewDay } from '../../../contract/overview.ts';
import { KNOWN_STATUSES } from '../../../contract/status.ts';
import { statusLabel, statusTone, type StatusTone } from '../../lib/status.ts';

/**
 * The overview's answer arranged for charts and their data tables: one series per status (its
 * badge's tone, and a pattern to tell apart statuses that share a tone), one bar per day or bucket.
 */
export interface ChartSeries {
  key: string;
  label: string;
  tone: StatusTone | 'danger';
  /** 0 solid, 1 striped, 2 dotted: statuses of one tone differ by more than colour. */
  pattern: number;
}

export interface ChartBar {
  key: string;
  /** Short, for the axis ("12 Oct"). */
  label: string;
  /** Long, for the table and the bar's tooltip ("12 Oct 2026"). */
  fullLabel: string;
  values: Readonly<Record<string, number>>;
}

const lifecycleOrder = (status: string) => {
  const index = (KNOWN_STATUSES as readonly string[]).indexOf(status);
  return index === -1 ? KNOWN_STATUSES.length : index;
};

/** The statuses present in these days, in the order a checkout lives through them. */
export function statusSeries(days: readonly OverviewDay[]): ChartSeries[] {
  const statuses = [...new Set(days.flatMap((day) => day.statuses.map((entry) => entry.status)))];
  statuses.sort((a, b) => lifecycleOrder(a) - lifecycleOrder(b) || a.localeCompare(b));
  const perTone = new Map<string, number>();
  return statuses.map((status) => {
    const tone = statusTone(status);
    const pattern = perTone.get(tone) ?? 0;
    perTone.set(tone, pattern + 1);
    return { key: status, label: statusLabel(status), tone, pattern: pattern % 3 };
  });
}

export interface DayLabels {
  short: (date: string) => string;
  long: (date: string) => string;
}

export function countsPerDay(days: readonly OverviewDay[], labels: DayLabels): ChartBar[] {
  return days.map((day) => ({
    key: day.date,
    label: labels.short(day.date),
    fullLabel: labels.long(day.date),
    values: Object.fromEntries(day.statuses.map((entry) => [entry.status, entry.count])),
  }));
}

/** Every currency in these amounts, the largest total first. */
export function currenciesOf(amounts: readonly CurrencyAmount[]): string[] {
  const totals = new Map<string, number>();
  for (const { currency, amount } of amounts) totals.set(currency, (totals.get(currency) ?? 0) + amount);
  return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([currency]) => currency);
}

export function dayAmounts(days: readonly OverviewDay[]): CurrencyAmount[] {
  return days.flatMap((day) => day.statuses.flatMap((entry) => entry.amounts));
}

function amountIn(amounts: readonly CurrencyAmount[], currency: string): number {
  return amounts.find((entry) => entry.currency === currency)?.amount ?? 0;
}

/** One currency's amounts per day and status; other currencies are never added in. */
export function amountsPerDay(days: readonly OverviewDay[], currency: string, labels: DayLabels): ChartBar[] {
  return days.map((day) => ({
    key: day.date,
    label: labels.short(day.date),
    fullLabel: labels.long(day.date),
    values: Object.fromEntries(day.statuses.map((entry) => [entry.status, amountIn(entry.amounts, currency)])),
  }));
}

/** `past` and `unknown` are shown only when they hold something; the day ranges always. */
export function shownBuckets(buckets: readonly ExpiryBucket[]): ExpiryBucket[] {
  return buckets.filter((bucket) => bucket.count > 0 || (bucket.key !== 'past' && bucket.key !== 'unknown'));
}

/**
 * The bucket's look: Ready to ship's colour, the last week in danger's (the work queue marks ≤ 7
 * days too), past expiry in danger's with stripes.
 */
export function bucketSeries(bucket: ExpiryBucket, label: string): ChartSeries {
  if (bucket.key === 'past') return { key: bucket.key, label, tone: 'danger', pattern: 1 };
  if (bucket.key === '0-7') return { key: bucket.key, label, tone: 'danger', pattern: 0 };
  if (bucket.key === 'unknown') return { key: bucket.key, label, tone: 'unknown', pattern: 0 };
  return { key: bucket.key, label, tone: 'attention', pattern: 0 };
}

export function bucketAmountIn(bucket: ExpiryBucket, currency: string): number {
  return amountIn(bucket.amounts, currency);
}

export function sumValues(bar: ChartBar): number {
  return Object.values(bar.values).reduce((total, value) => total + value, 0);
}
