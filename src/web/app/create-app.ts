import type { HydrationState, RouteObject } from 'react-router';
import { paths } from '../lib/paths.ts';
import { safeReturnTo } from '../lib/return-to.ts';
import { createQueryClient } from './query-client.ts';
import { appRoutes, createAppRouter } from './router.tsx';

export interface FirstScreen {
  hydrationData: HydrationState;
  /** Resolves the lazy parts of the routes the first screen shows (resolve-lazy-routes.ts). */
  resolveRoutes: (routes: RouteObject[]) => Promise<void>;
}

/**
 * Wires the query client and the router together: a 401 from any query sends the person to the
 * sign-in page, with the page they were on (or going to) as returnTo, and then forgets the cache.
 * With a server-rendered first screen, the router starts from the server's answer.
 */
export async function createApp(firstScreen?: FirstScreen) {
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
  const routes = appRoutes(queryClient);
  if (firstScreen) await firstScreen.resolveRoutes(routes);
  // Queries run only once the router exists, so the handler above always finds it.
  const router = createAppRouter(queryClient, routes, firstScreen?.hydrationData);
  return { queryClient, router };
}
