import { useSyncExternalStore } from 'react';

/**
 * One MediaQueryList and one 'change' listener per query, shared by every component that asks:
 * a list page with many users of a query subscribes once, and reading it is a property read, not
 * a matchMedia call per render.
 */
interface SharedQuery {
  list: MediaQueryList;
  listeners: Set<() => void>;
  subscribe: (onChange: () => void) => () => void;
  getSnapshot: () => boolean;
}

const shared = new Map<string, SharedQuery>();

function sharedQuery(query: string): SharedQuery {
  let entry = shared.get(query);
  if (entry) return entry;
  const list = window.matchMedia(query);
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  entry = {
    list,
    listeners,
    subscribe: (onChange) => {
      if (listeners.size === 0) list.addEventListener('change', notify);
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0) list.removeEventListener('change', notify);
      };
    },
    getSnapshot: () => list.matches,
  };
  shared.set(query, entry);
  return entry;
}

const serverSnapshot = () => false;

/** Whether a media query matches, kept current as the window changes. */
export function useMediaQuery(query: string): boolean {
  const { subscribe, getSnapshot } = sharedQuery(query);
  return useSyncExternalStore(subscribe, getSnapshot, serverSnapshot);
}

/**
 * Wide enough to show a checkout beside the list (DESIGN: ≥ 1100px). Below it a checkout has the
 * page to itself. Keep in step with the breakpoint in checkouts.css.
 */
export const SPLIT_VIEW_QUERY = '(min-width: 1100px)';

export function useSplitView(): boolean {
  return useMediaQuery(SPLIT_VIEW_QUERY);
}
