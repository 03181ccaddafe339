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

/** On the server (a first screen rendered there) no query is asked: the caller's server value holds. */
const noSubscription = () => () => undefined;

function sharedQuery(query: string, serverValue: boolean): Pick<SharedQuery, 'subscribe' | 'getSnapshot'> {
  if (typeof window === 'undefined') return { subscribe: noSubscription, getSnapshot: () => serverValue };
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

/**
 * Whether a media query matches, kept current as the window changes. `serverValue` is what a
 * server-rendered first screen assumed; hydration renders with it, then the browser's own answer.
 */
export function useMediaQuery(query: string, serverValue = false): boolean {
  const { subscribe, getSnapshot } = sharedQuery(query, serverValue);
  return useSyncExternalStore(subscribe, getSnapshot, () => serverValue);
}

/**
 * Wide enough to show a checkout beside the list (DESIGN: ≥ 1100px). Below it a checkout has the
 * page to itself. Keep in step with the breakpoint in checkouts.css.
 */
export const SPLIT_VIEW_QUERY = '(min-width: 1100px)';

/**
 * The server renders the wide layout (it cannot know the width); on a narrow screen checkouts.css
 * already shows that HTML as the narrow layout (the list hidden beside an open checkout), so the
 * browser's switch after hydration moves nothing (docs/decisions/011-server-rendering.md).
 */
export function useSplitView(): boolean {
  return useMediaQuery(SPLIT_VIEW_QUERY, true);
}
