import { useEffect } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { focusReturnId } from '../../lib/focus-return.ts';

let initialLoad = true;
/** The page focus last moved for: the app re-mounted on it (a language change) is not a new page. */
let focusedFor: string | undefined;

/**
 * After a client-side move to another page, focus its heading so screen readers announce the new
 * page and keyboard users start from its top. A page part that opened beside another (a checkout
 * beside the list) marks its own heading with `data-navigation-focus`, which wins; a link that
 * closes such a part may name (lib/focus-return.ts) the element to return to, which wins over both.
 * Changes of the search (filters, pages) keep focus where it is. A fresh page load keeps the
 * browser's own focus, so the skip link comes first.
 */
export function useFocusOnNavigation() {
  const { pathname, state } = useLocation() as { pathname: string; state: unknown };
  const navigationType = useNavigationType();
  useEffect(() => {
    const freshLoad = initialLoad && navigationType === 'POP';
    initialLoad = false;
    const samePage = pathname === focusedFor;
    focusedFor = pathname;
    if (freshLoad || samePage) return;
    const returnId = focusReturnId(state);
    const returnTo = returnId ? document.getElementById(returnId) : null;
    if (returnTo) {
      returnTo.focus();
      return;
    }
    const target =
      document.querySelector<HTMLElement>('#main [data-navigation-focus]') ?? document.querySelector<HTMLElement>('#main h1');
    target?.focus({ preventScroll: true });
    // Only the path matters: focus moves when the page changes, not when its search does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname]);
}
