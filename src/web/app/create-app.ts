import { paths } from '../lib/paths.ts';
import { safeReturnTo } from '../lib/return-to.ts';
import { createQueryClient } from './query-client.ts';
import { createAppRouter } from './router.tsx';

/**
 * Wires the query client and the router together: a 401 from any query sends the person to the
 * sign-in page, with the page they were on (or going to) as returnTo, and then forgets the cache.
 */
export function createApp() {
  let leaving = false;
  const queryClient = createQueryClient({
    onUnauthenticated: () => {
      const { location, navigation } = router.state;
      const target = navigation.location ?? location;
      // Already there, or on the way (the guard found no session first): keep that returnTo.
      if (leaving || location.pathname === '/sign-in' || target.pathname === '/sign-in') return;
      leaving = true;
      void router
        .navigate(paths.signIn(safeReturnTo(target.pathname + target.search), { expired: true }), { replace: true })
        .then(() => queryClient.clear())
        .finally(() => {
          leaving = false;
        });
    },
  });
  // Queries run only once the router exists, so the handler above always finds it.
  const router = createAppRouter(queryClient);
  return { queryClient, router };
}
