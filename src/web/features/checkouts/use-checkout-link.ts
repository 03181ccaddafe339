import { createContext, createElement, use, useMemo, type ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { parseCheckoutsSearch } from '../../lib/checkouts-search.ts';
import { paths, type CheckoutsSearchParams } from '../../lib/paths.ts';
import { useSplitView } from '../../lib/use-media-query.ts';

export interface CheckoutLink {
  href: string;
  /** The checkout is the one open. */
  current: boolean;
  /** Beside the list, opening a checkout leaves the list scrolled where it was. */
  preventScrollReset: boolean;
}

/** What every row's link shares: read once per table, not once per cell (two cells a row). */
interface CheckoutLinkBase {
  companyId: string;
  openId: string | undefined;
  search: CheckoutsSearchParams;
  preventScrollReset: boolean;
}

const CheckoutLinkContext = createContext<CheckoutLinkBase | null>(null);

/** Gives the rows below it what their links need: the route, the list's search and the layout. */
export function CheckoutLinkProvider({ children }: { children: ReactNode }) {
  const { companyId = '', checkoutId: openId } = useParams();
  const [searchParams] = useSearchParams();
  const split = useSplitView();
  // The list's whole search, as a string so the rows' links change only when it does.
  const query = searchParams.toString();
  const value = useMemo<CheckoutLinkBase>(
    () => ({
      companyId,
      openId,
      search: parseCheckoutsSearch(new URLSearchParams(query)).search,
      preventScrollReset: split,
    }),
    [companyId, openId, query, split],
  );
  return createElement(CheckoutLinkContext.Provider, { value }, children);
}

/** A row's link to its checkout. It keeps the list's search and page, so the list beside it stays put. */
export function useCheckoutLink(checkoutId: string): CheckoutLink {
  const base = use(CheckoutLinkContext);
  if (!base) throw new Error('useCheckoutLink needs a CheckoutLinkProvider above it');
  return {
    href: paths.checkout(base.companyId, checkoutId, base.search),
    current: base.openId === checkoutId,
    preventScrollReset: base.preventScrollReset,
  };
}
