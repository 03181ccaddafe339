import * as z from 'zod/mini';
import { indexFreshnessSchema } from './checkout-search.ts';

/**
 * `GET /api/companies/:companyId/overview` (issue 13's "Overview"), from the dashboard's index of
 * checkouts; `companyId` may be `all` (ALL_COMPANIES, superadmins only). Until the index is there
 * (INDEX=off, or the company's first pass is not done) the gateway answers 409 `conflict` with
 * reason `index_not_ready`.
 *
 * Amounts are `order.totalPriceIncludingTax` summed per currency: amounts in different currencies
 * are never added together.
 */

/** The days the overview covers: today and the 29 before it, in the company's time zone. */
export const OVERVIEW_DAYS = 30;

/**
 * How many days are left before Payson expires a Ready to ship checkout (it does so
 * READY_TO_SHIP_LIFETIME_DAYS calendar days after it became Ready to ship), grouped: the ranges are
 * inclusive and cover 0…59. `past`: the day has passed yet the index still says Ready to ship (the
 * next refresh will tell); `unknown`: Payson sent no readable Ready to ship time. With these two,
 * the buckets hold every Ready to ship checkout, so their counts add up to the list's.
 */
export const EXPIRY_DAY_RANGES = [
  [0, 7],
  [8, 14],
  [15, 30],
  [31, 59],
] as const;
export const EXPIRY_BUCKET_KEYS = ['past', '0-7', '8-14', '15-30', '31-59', 'unknown'] as const;
export type ExpiryBucketKey = (typeof EXPIRY_BUCKET_KEYS)[number];

export const currencyAmountSchema = z.object({
  /** Upper-case ISO 4217 code as Payson sent it (`SEK`); `''` when it sent none. */
  currency: z.string(),
  amount: z.number(),
});
export type CurrencyAmount = z.infer<typeof currencyAmountSchema>;

export const statusTotalsSchema = z.object({
  /** Canonical status (`readyToShip`), or as Payson spelled an unknown one. */
  status: z.string(),
  count: z.number().check(z.int(), z.nonnegative()),
  /** One entry per currency, largest first. */
  amounts: z.array(currencyAmountSchema),
});
export type StatusTotals = z.infer<typeof statusTotalsSchema>;

export const overviewDaySchema = z.object({
  /** The calendar day in the company's zone, `YYYY-MM-DD`. */
  date: z.string(),
  /** The checkouts created that day, by the status they have now; statuses with none left out. */
  statuses: z.array(statusTotalsSchema),
});
export type OverviewDay = z.infer<typeof overviewDaySchema>;

export const expiryBucketSchema = z.object({
  key: z.enum(EXPIRY_BUCKET_KEYS),
  /** Days until expiry, inclusive; null for `past` and `unknown`. */
  fromDays: z.nullable(z.number()),
  toDays: z.nullable(z.number()),
  count: z.number().check(z.int(), z.nonnegative()),
  amounts: z.array(currencyAmountSchema),
});
export type ExpiryBucket = z.infer<typeof expiryBucketSchema>;

export const overviewSchema = z.object({
  /** The zone the days are counted in (the company's: Europe/Stockholm). */
  timeZone: z.string(),
  /** When the overview was computed (epoch ms): "today" is this instant's day in `timeZone`. */
  generatedAt: z.number(),
  /** OVERVIEW_DAYS entries, oldest first, every day present (a day without checkouts has no statuses). */
  days: z.array(overviewDaySchema),
  /** Every bucket of EXPIRY_BUCKET_KEYS, in that order, empty ones too. */
  readyToShip: z.array(expiryBucketSchema),
  index: indexFreshnessSchema,
});
export type Overview = z.infer<typeof overviewSchema>;
