import * as z from 'zod/mini';
import { checkoutSchema } from './payson.ts';

/**
 * The checkout list once checkouts are indexed (issue 13): `GET /api/companies/:companyId/checkouts`
 * with search, filters, sorting and page size, served from the dashboard's index when the
 * company's first pass is done, else live from Payson (status and page only, as before).
 *
 * `companyId` may be `all` (ALL_COMPANIES): every company's checkouts in one list, superadmins only.
 *
 * Query string (every part optional, all of it mirrored in the SPA's URL):
 *   q            search text: customer name, e-mail, merchant reference, purchase id, checkout id
 *                (or its first characters); case- and accent-insensitive
 *   status       canonical status; repeated for several (`status=readyToShip&status=shipped`)
 *   createdFrom  YYYY-MM-DD, first day included, in the company's time zone
 *   createdTo    YYYY-MM-DD, last day included
 *   amountFrom   decimal, inclusive (order.totalPriceIncludingTax)
 *   amountTo     decimal, inclusive
 *   sort         one of CHECKOUT_SORT_KEYS, default `created`
 *   dir          `asc` | `desc`, default `desc`
 *   page         1…, default 1
 *   pageSize     one of PAGE_SIZES, default 20
 *   view         `attention`: the work queue (Ready to ship, soonest expiry first: Payson
 *                expires them READY_TO_SHIP_LIFETIME_DAYS after, checkout-rules.ts; ATTENTION_SOON_DAYS)
 *
 * Before the first pass is done, anything but one status and a page (with page size 20) needs
 * the index: the gateway answers 409 `conflict` with reason `index_not_ready`.
 */
export const ALL_COMPANIES = 'all';

export const CHECKOUT_SORT_KEYS = ['created', 'amount', 'customer', 'status', 'lastChange'] as const;
export type CheckoutSortKey = (typeof CHECKOUT_SORT_KEYS)[number];
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export const PAGE_SIZES = [20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 20;

export const CHECKOUT_VIEWS = ['all', 'attention'] as const;
export type CheckoutView = (typeof CHECKOUT_VIEWS)[number];

/** The work queue marks checkouts that expire within this many days. */
export const ATTENTION_SOON_DAYS = 7;

/**
 * How far the company's index has come. `off`: INDEX=off, the list is live only. `indexing`: the
 * first pass runs (`indexed` of `expected`); the list is live meanwhile. `ready`: search and
 * filters work; `updatedAt` is when the last refresh finished (epoch ms), `refreshing` whether
 * one runs now. For `all` companies, the sums and the oldest `updatedAt`.
 */
export const indexFreshnessSchema = z.object({
  state: z.enum(['off', 'indexing', 'ready']),
  indexed: z.number(),
  expected: z.nullable(z.number()),
  updatedAt: z.nullable(z.number()),
  refreshing: z.boolean(),
  /** The last refresh failed (Payson down, credentials refused): the index may be stale. */
  lastError: z.optional(z.nullable(z.string())),
});
export type IndexFreshness = z.infer<typeof indexFreshnessSchema>;

/**
 * A list row: Payson's checkout resource as far as the index keeps it (no snippet, no identity
 * number, no order items: `itemCount` instead), plus where it belongs. Rows served live are whole
 * checkouts (identity number masked).
 */
export const checkoutListRowSchema = z.extend(checkoutSchema, {
  /** With ALL_COMPANIES: the company the checkout belongs to, and its name. */
  companyId: z.optional(z.string()),
  companyName: z.optional(z.string()),
  /** From the index, where `order.items` is not kept. */
  itemCount: z.optional(z.number()),
  /** The work queue: when Payson expires the checkout (ISO 8601 with offset). */
  expiresAt: z.optional(z.string()),
});
export type CheckoutListRow = z.infer<typeof checkoutListRowSchema>;

export const checkoutSearchPageSchema = z.object({
  pageSize: z.number(),
  page: z.number(),
  totalPages: z.number(),
  totalCount: z.number(),
  /**
   * The gateway counts matches of a search or range filter exactly up to a cap (2,000); beyond it
   * `totalCount` is the database's estimate, never less than the cap + 1 ("more than 2,000",
   * "about 12,400"), so `totalPages` is approximate too. Absent or false: exact.
   */
  totalIsEstimate: z.optional(z.boolean()),
  data: z.array(checkoutListRowSchema),
  /** `index`: rows are summaries from the dashboard's index; `live`: whole checkouts from Payson. */
  source: z.enum(['index', 'live']),
  index: indexFreshnessSchema,
});
export type CheckoutSearchPage = z.infer<typeof checkoutSearchPageSchema>;

/**
 * Other index routes:
 *   GET  /api/companies/:companyId/checkouts/index           → IndexFreshness
 *   POST /api/companies/:companyId/checkouts/index/refresh   → 202 IndexFreshness ("Refresh now")
 *   GET  /api/companies/:companyId/checkouts/export.csv?…    → text/csv, streamed; same query as the
 *        list (no page/pageSize); header `X-Total-Count`; recorded as `exported_data`
 *   GET  /api/companies/:companyId/overview                  → see overview.ts
 */

/**
 * The remembered page size: a cookie rather than local storage, so the server that renders the
 * first screen (issue 14) reads the same choice the browser made. Not secret, not HttpOnly.
 */
export const PAGE_SIZE_COOKIE = 'page_size';

/** A page size from the URL or the cookie, if it is one of PAGE_SIZES. */
export function pageSizeFrom(raw: string | null | undefined): PageSize | undefined {
  if (raw === null || raw === undefined) return undefined;
  const trimmed = raw.trim();
  return PAGE_SIZES.find((size) => String(size) === trimmed);
}
