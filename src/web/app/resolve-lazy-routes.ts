import { matchRoutes, type RouteObject } from 'react-router';

type LazyProperties = Record<string, (() => Promise<unknown>) | undefined>;

/**
 * Loads the lazy parts of the routes a URL matches and puts them on the route objects, in place,
 * before the router is made: a router that finds a matched route still lazy renders its fallback
 * first, which would replace the server's HTML instead of hydrating it. (React Router's "custom
 * framework" guidance; our routes use the object form of `lazy`, one loader per property.)
 */
export async function resolveLazyRoutes(routes: RouteObject[], location: { pathname: string; search: string }): Promise<void> {
  const matches = matchRoutes(routes, location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      const lazy = route.lazy;
      if (!lazy) return;
      if (typeof lazy === 'function') {
        Object.assign(route, await lazy());
      } else {
        const entries = Object.entries(lazy as LazyProperties);
        const loaded = await Promise.all(entries.map(async ([key, load]) => [key, await load?.()] as const));
        Object.assign(route, Object.fromEntries(loaded));
      }
      delete route.lazy;
    }),
  );
}
