import { useEffect } from 'react';
import { useLocation, useNavigationType } from 'react-router';

let initialLoad = true;

/**
 * After a client-side move to another page, focus its heading so screen readers announce the new
 * page and keyboard users start from its top. Changes of the search (filters, pages) keep focus
 * where it is. A fresh page load keeps the browser's own focus, so the skip link comes first.
 */
export function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  useEffect(() => {
    const freshLoad = initialLoad && navigationType === 'POP';
    initialLoad = false;
    if (freshLoad) return;
    document.querySelector<HTMLElement>('#main h1')?.focus({ preventScroll: true });
    // Only the path matters: focus moves when the page changes, not when its search does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname]);
}
