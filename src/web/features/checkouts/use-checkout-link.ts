import { useParams, useSearchParams } from 'react-router';
import { parseCheckoutsSearch } from '../../lib/checkouts-search.ts';
import { paths } from '../../lib/paths.ts';
import { useSplitView } from '../../lib/use-media-query.ts';

export interface CheckoutLink {
  href: string;
  /** The checkout is the one open. */
  current: boolean;
  /** Beside the list, opening a checkout leaves the list scrolled where it was. */
  preventScrollReset: boolean;
}

/** A row's link to its checkout. It keeps the list's status and page, so the list beside it stays put. */
export function useCheckoutLink(checkoutId: string): CheckoutLink {
  const { companyId = '', checkoutId: openId } = useParams();
  const [searchParams] = useSearchParams();
  const split = useSplitView();
  const { search } = parseCheckoutsSearch(searchParams);
  return {
    href: paths.checkout(companyId, checkoutId, search),
    current: openId === checkoutId,
    preventScrollReset: split,
  };
}
