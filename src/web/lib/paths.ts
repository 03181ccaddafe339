import type { KnownStatus } from '../../contract/status.ts';
import { checkoutsSearchParams, type CheckoutsSearch } from './checkouts-search.ts';

/** Every URL of the SPA is built here, so no component strings a link together. */

/** The list's search (checkouts-search.ts); one status may be given as is. */
export type CheckoutsSearchParams = Partial<Omit<CheckoutsSearch, 'status'>> & {
  status?: KnownStatus | readonly KnownStatus[] | undefined;
};

export function checkoutsSearchString({ status, ...search }: CheckoutsSearchParams): string {
  const statuses = status === undefined ? [] : typeof status === 'string' ? [status] : [...status];
  const query = checkoutsSearchParams({ ...search, status: statuses }).toString();
  return query ? `?${query}` : '';
}

export interface ActivitySearchParams {
  page?: number | undefined;
  action?: string | undefined;
  who?: string | undefined;
}

export const paths = {
  home: () => '/',
  /** `expired`: the session ended while in use, and the page says so. */
  signIn: (returnTo?: string, options: { expired?: boolean } = {}) => {
    const params = new URLSearchParams();
    if (returnTo && returnTo !== '/') params.set('returnTo', returnTo);
    if (options.expired) params.set('reason', 'expired');
    const query = params.toString();
    return query ? `/sign-in?${query}` : '/sign-in';
  },
  checkouts: (companyId: string, search: CheckoutsSearchParams = {}) =>
    `/companies/${encodeURIComponent(companyId)}/checkouts${checkoutsSearchString(search)}`,
  /** `search` keeps the list beside the checkout on the same status and page. */
  checkout: (companyId: string, checkoutId: string, search: CheckoutsSearchParams = {}) =>
    `/companies/${encodeURIComponent(companyId)}/checkouts/${encodeURIComponent(checkoutId)}${checkoutsSearchString(search)}`,
  /** The audit trail, filtered by action and person (the filters live in the URL). */
  activity: ({ page, action, who }: ActivitySearchParams = {}) => {
    const params = new URLSearchParams();
    if (action) params.set('action', action);
    if (who) params.set('who', who);
    if (page !== undefined && page > 1) params.set('page', String(page));
    const query = params.toString();
    return query ? `/activity?${query}` : '/activity';
  },
};
