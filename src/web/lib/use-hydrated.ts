import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False on the server and while the browser hydrates the server's first screen, true after: for
 * what only a browser can work out (e.g. parsing with DOMParser), so both render the same first,
 * and the browser adds its part right after hydration.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
