import { useCallback, useSyncExternalStore } from 'react';

/** Whether a media query matches, kept current as the window changes. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/**
 * Wide enough to show a checkout beside the list (DESIGN: ≥ 1100px). Below it a checkout has the
 * page to itself. Keep in step with the breakpoint in checkouts.css.
 */
export const SPLIT_VIEW_QUERY = '(min-width: 1100px)';

export function useSplitView(): boolean {
  return useMediaQuery(SPLIT_VIEW_QUERY);
}
