import type { Context } from 'hono';
import {
  CHECKOUT_SORT_KEYS,
  CHECKOUT_VIEWS,
  DEFAULT_PAGE_SIZE,
  PAGE_SIZES,
  SORT_DIRECTIONS,
  type CheckoutSortKey,
  type CheckoutView,
  type PageSize,
  type SortDirection,
} from '../../contract/checkout-search.ts';
import { isKnownStatus, type KnownStatus } from '../../contract/status.ts';
import { instantOfWallTime } from '../../contract/zoned-time.ts';
import { badRequest } from '../api-error.ts';
import type { CheckoutSearch } from '../checkout-index/search-query.ts';
import { foldForSearch } from '../checkout-index/search-text.ts';

/** The list's query string (contract: checkout-search.ts), checked. */
export interface CheckoutListRequest {
  /** Trimmed; empty: no search. */
  q: string;
  statuses: KnownStatus[];
  /** Calendar days (YYYY-MM-DD) in the company's zone, both included. */
  createdFrom?: string;
  createdTo?: string;
  amountFrom?: number;
  amountTo?: number;
  /** Only what the query said; absent: the default order (or the work queue's). */
  sort?: CheckoutSortKey;
  dir?: SortDirection;
  page: number;
  pageSize: PageSize;
  view: CheckoutView;
}

/** Longer than any name, e-mail or reference; a bound on the work one search can ask for. */
const MAX_QUERY_LENGTH = 200;

/** Reads and checks the list's query string: 400 `bad_request` for a value that is not one the contract allows. */
export function checkoutListRequest(c: Context): CheckoutListRequest {
  const q = (c.req.query('q') ?? '').trim();
  if (q.length > MAX_QUERY_LENGTH) throw badRequest(`The search may be at most ${MAX_QUERY_LENGTH} characters.`);
  const statuses = (c.req.queries('status') ?? []).filter((status) => status !== '');
  for (const status of statuses) if (!isKnownStatus(status)) throw badRequest('Unknown checkout status.');

  const page = c.req.query('page') || '1';
  if (!/^[1-9]\d{0,6}$/.test(page)) throw badRequest('The page must be a positive whole number.');
  const pageSize = Number(c.req.query('pageSize') || DEFAULT_PAGE_SIZE);
  if (!(PAGE_SIZES as readonly number[]).includes(pageSize)) throw badRequest(`The page size must be one of ${PAGE_SIZES.join(', ')}.`);

  const request: CheckoutListRequest = {
    q,
    statuses: [...new Set(statuses as KnownStatus[])],
    page: Number(page),
    pageSize: pageSize as PageSize,
    view: oneOf(c, 'view', CHECKOUT_VIEWS, 'The view must be one of') ?? 'all',
  };
  const sort = oneOf(c, 'sort', CHECKOUT_SORT_KEYS, 'The sort must be one of');
  const dir = oneOf(c, 'dir', SORT_DIRECTIONS, 'The direction must be one of');
  if (sort !== undefined) request.sort = sort;
  if (dir !== undefined) request.dir = dir;
  const createdFrom = calendarDay(c, 'createdFrom');
  const createdTo = calendarDay(c, 'createdTo');
  if (createdFrom !== undefined) request.createdFrom = createdFrom;
  if (createdTo !== undefined) request.createdTo = createdTo;
  const amountFrom = amount(c, 'amountFrom');
  const amountTo = amount(c, 'amountTo');
  if (amountFrom !== undefined) request.amountFrom = amountFrom;
  if (amountTo !== undefined) request.amountTo = amountTo;
  return request;
}

/**
 * What Payson's own list can answer (one status or none, a page of 20, newest first): the rest
 * needs the index, and before a company's first pass is done the gateway says so (409).
 */
export function needsIndex(request: CheckoutListRequest): boolean {
  return (
    request.q !== '' ||
    request.statuses.length > 1 ||
    request.createdFrom !== undefined ||
    request.createdTo !== undefined ||
    request.amountFrom !== undefined ||
    request.amountTo !== undefined ||
    (request.sort !== undefined && request.sort !== 'created') ||
    (request.dir !== undefined && request.dir !== 'desc') ||
    request.pageSize !== DEFAULT_PAGE_SIZE ||
    request.view === 'attention'
  );
}

/** The request in the index's terms: folded words, and the days as instants in the company's zone. */
export function checkoutSearchOf(request: CheckoutListRequest, company: string | 'every', timeZone: string): CheckoutSearch {
  const search: CheckoutSearch = {
    company,
    words: foldForSearch(request.q).split(' ').filter(Boolean),
    statuses: request.statuses,
    attention: request.view === 'attention',
  };
  if (request.sort !== undefined || request.dir !== undefined || request.view !== 'attention') {
    search.sort = { key: request.sort ?? 'created', dir: request.dir ?? 'desc' };
  }
  if (request.createdFrom !== undefined) search.createdFrom = startOfDay(request.createdFrom, 0, timeZone);
  if (request.createdTo !== undefined) search.createdBefore = startOfDay(request.createdTo, 1, timeZone);
  if (request.amountFrom !== undefined) search.amountFrom = request.amountFrom;
  if (request.amountTo !== undefined) search.amountTo = request.amountTo;
  return search;
}

/** The instant a day (plus `days`) began in the zone. */
function startOfDay(day: string, days: number, timeZone: string): number {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const shifted = new Date(Date.UTC(year, month - 1, date + days));
  return instantOfWallTime(
    { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(), hour: 0, minute: 0, second: 0, millisecond: 0 },
    timeZone,
  ).getTime();
}

function oneOf<T extends string>(c: Context, name: string, values: readonly T[], message: string): T | undefined {
  const value = c.req.query(name);
  if (value === undefined || value === '') return undefined;
  if (!(values as readonly string[]).includes(value)) throw badRequest(`${message} ${values.join(', ')}.`);
  return value as T;
}

function calendarDay(c: Context, name: string): string | undefined {
  const value = c.req.query(name);
  if (value === undefined || value === '') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  // Date.UTC rolls 2026-02-30 over into March; a real day reads back as itself.
  if (!date || date.toISOString().slice(0, 10) !== value) throw badRequest(`${name} must be a date written YYYY-MM-DD.`);
  return value;
}

function amount(c: Context, name: string): number | undefined {
  const value = c.req.query(name);
  if (value === undefined || value === '') return undefined;
  if (!/^-?\d{1,12}(\.\d{1,4})?$/.test(value)) throw badRequest(`${name} must be a number such as 250 or 99.50.`);
  return Number(value);
}
