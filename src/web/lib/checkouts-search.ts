import * as z from 'zod/mini';
import {
  CHECKOUT_SORT_KEYS,
  CHECKOUT_VIEWS,
  SORT_DIRECTIONS,
  pageSizeFrom,
  type CheckoutSortKey,
  type CheckoutView,
  type PageSize,
  type SortDirection,
} from '../../contract/checkout-search.ts';
import { PAYSON_STATUSES, canonicalStatus, type KnownStatus } from '../../contract/status.ts';
import { parseAmountInput } from './amount-input.ts';

/**
 * The checkout list's state lives in the URL (`?q=östlund&status=readyToShip&status=shipped&page=3`,
 * the query of src/contract/checkout-search.ts). Anything a person may have typed or bookmarked is
 * read leniently: a value that makes no sense is left out, with a note saying so, never a blank
 * screen.
 */
export interface CheckoutsSearch {
  q: string | undefined;
  /** None: every status. */
  status: KnownStatus[];
  /** YYYY-MM-DD, days in the company's time zone. */
  createdFrom: string | undefined;
  createdTo: string | undefined;
  /** Plain decimals ("1200.5"). */
  amountFrom: string | undefined;
  amountTo: string | undefined;
  /** Undefined: the gateway's default (newest first). */
  sort: CheckoutSortKey | undefined;
  dir: SortDirection | undefined;
  page: number;
  /** Only when the URL says so; otherwise the remembered one applies (see page-size-cookie.ts). */
  pageSize: PageSize | undefined;
  view: CheckoutView | undefined;
}

export type CheckoutsSearchParam = 'createdFrom' | 'createdTo' | 'amountFrom' | 'amountTo' | 'sort' | 'dir' | 'pageSize' | 'view';

export type CheckoutsSearchProblem =
  | { kind: 'unknownStatus'; raw: string }
  | { kind: 'invalidPage'; raw: string }
  | { kind: 'invalidValue'; param: CheckoutsSearchParam; raw: string };

/** Nothing filtered, sorted or paged. */
export const emptyCheckoutsSearch: CheckoutsSearch = {
  q: undefined,
  status: [],
  createdFrom: undefined,
  createdTo: undefined,
  amountFrom: undefined,
  amountTo: undefined,
  sort: undefined,
  dir: undefined,
  page: 1,
  pageSize: undefined,
  view: undefined,
};

const filterStatusSchema = z.pipe(
  z.string().check(z.trim(), z.minLength(1)),
  z.pipe(
    z.transform((raw: string) => canonicalStatus(raw)),
    z.enum(PAYSON_STATUSES as readonly KnownStatus[] as [KnownStatus, ...KnownStatus[]]),
  ),
);

const pageSchema = z.pipe(
  z.string().check(z.trim(), z.regex(/^\d{1,7}$/)),
  z.pipe(z.transform(Number), z.int().check(z.minimum(1))),
);

/** A calendar day that exists ("2026-02-30" does not). */
export function isCalendarDay(raw: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function oneOf<T extends string>(values: readonly T[], raw: string): T | undefined {
  return values.find((value) => value === raw);
}

export function parseCheckoutsSearch(params: URLSearchParams): {
  search: CheckoutsSearch;
  problems: CheckoutsSearchProblem[];
} {
  const problems: CheckoutsSearchProblem[] = [];
  const search: CheckoutsSearch = { ...emptyCheckoutsSearch, status: [] };

  const q = params.get('q')?.trim();
  if (q) search.q = q;

  for (const rawStatus of params.getAll('status')) {
    if (rawStatus.trim() === '' || rawStatus.trim().toLowerCase() === 'all') continue;
    const parsed = filterStatusSchema.safeParse(rawStatus);
    if (!parsed.success) problems.push({ kind: 'unknownStatus', raw: rawStatus });
    else if (!search.status.includes(parsed.data)) search.status.push(parsed.data);
  }

  /** Reads one optional parameter; a value `read` refuses is noted and left out. */
  function optional<T>(param: CheckoutsSearchParam, read: (raw: string) => T | undefined): T | undefined {
    const raw = params.get(param);
    if (raw === null || raw.trim() === '') return undefined;
    const value = read(raw.trim());
    if (value === undefined) problems.push({ kind: 'invalidValue', param, raw });
    return value;
  }

  search.createdFrom = optional('createdFrom', (raw) => (isCalendarDay(raw) ? raw : undefined));
  search.createdTo = optional('createdTo', (raw) => (isCalendarDay(raw) ? raw : undefined));
  search.amountFrom = optional('amountFrom', (raw) => parseAmountInput(raw, 'en'));
  search.amountTo = optional('amountTo', (raw) => parseAmountInput(raw, 'en'));
  search.sort = optional('sort', (raw) => oneOf(CHECKOUT_SORT_KEYS, raw));
  search.dir = optional('dir', (raw) => oneOf(SORT_DIRECTIONS, raw.toLowerCase()));
  search.pageSize = optional('pageSize', pageSizeFrom);
  // `all` is the list itself, as if no view were named.
  const view = optional('view', (raw) => oneOf(CHECKOUT_VIEWS, raw));
  search.view = view === 'all' ? undefined : view;

  const rawPage = params.get('page');
  if (rawPage !== null && rawPage.trim() !== '') {
    const parsed = pageSchema.safeParse(rawPage);
    if (parsed.success) search.page = parsed.data;
    else problems.push({ kind: 'invalidPage', raw: rawPage });
  }

  return { search, problems };
}

/** The URL query of a search: only what differs from the defaults, in a stable order. */
export function checkoutsSearchParams(search: Partial<CheckoutsSearch>): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  for (const status of search.status ?? []) params.append('status', status);
  if (search.createdFrom) params.set('createdFrom', search.createdFrom);
  if (search.createdTo) params.set('createdTo', search.createdTo);
  if (search.amountFrom) params.set('amountFrom', search.amountFrom);
  if (search.amountTo) params.set('amountTo', search.amountTo);
  if (search.view) params.set('view', search.view);
  if (search.sort) params.set('sort', search.sort);
  if (search.dir) params.set('dir', search.dir);
  if (search.pageSize) params.set('pageSize', String(search.pageSize));
  if (search.page !== undefined && search.page > 1) params.set('page', String(search.page));
  return params;
}

/** The filters a person set (not the sort, the page or the view). */
export function hasFilters(search: Partial<CheckoutsSearch>): boolean {
  return Boolean(
    search.q || (search.status?.length ?? 0) > 0 || search.createdFrom || search.createdTo || search.amountFrom || search.amountTo,
  );
}

/** The same list with no filters: the sort, page size and view stay; back to page 1. */
export function withoutFilters(search: CheckoutsSearch): CheckoutsSearch {
  return { ...emptyCheckoutsSearch, status: [], sort: search.sort, dir: search.dir, pageSize: search.pageSize, view: search.view };
}
