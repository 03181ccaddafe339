import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type HydrationState, type RouteObject } from 'react-router';
import { checkoutDetailLoader } from '../features/checkout-detail/checkout-detail-loader.ts';
import { loadCheckoutDetailRoute } from '../features/checkout-detail/checkout-detail-module.ts';
import { checkoutsLoader } from '../features/checkouts/checkouts-loader.ts';
import { authGuardLoader, homeLoader } from './loaders.ts';
import { NotFound } from './not-found.tsx';
import { PageLoading } from './page-loading.tsx';
import { RootError } from './root-error.tsx';
import { RouteError } from './route-error.tsx';

/**
 * Loaders are small and load with the app, so requests start at once; each screen's code is its
 * own chunk, loaded in parallel (the sign-in screen never pulls the table). The same routes render
 * the first screen on the server (entry-server.tsx), so route ids name the lazy ones it resolves.
 */
export function appRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/sign-in',
      lazy: { Component: async () => (await import('../features/sign-in/sign-in-page.tsx')).SignInPage },
      hydrateFallbackElement: <PageLoading />,
      errorElement: <RootError />,
    },
    {
      id: 'app',
      path: '/',
      loader: authGuardLoader(queryClient),
      lazy: { Component: async () => (await import('./shell/app-shell.tsx')).AppShell },
      hydrateFallbackElement: <PageLoading />,
      errorElement: <RootError />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            // Always redirects; the element only keeps the router from warning about an empty page.
            { index: true, loader: homeLoader(queryClient), element: null },
            {
              id: 'checkouts',
              path: 'companies/:companyId/checkouts',
              loader: checkoutsLoader(queryClient),
              lazy: {
                Component: async () => (await import('../features/checkouts/checkouts-page.tsx')).CheckoutsPage,
              },
              children: [
                {
                  id: 'checkout',
                  // Beside the list on wide screens, alone on narrow ones (CheckoutsPage decides).
                  path: ':checkoutId',
                  loader: checkoutDetailLoader(queryClient),
                  // A failure of the checkout leaves the list beside it standing.
                  errorElement: <RouteError />,
                  lazy: { Component: async () => (await loadCheckoutDetailRoute()).CheckoutDetailRoute },
                },
              ],
            },
            {
              path: 'companies/:companyId/overview',
              lazy: { Component: async () => (await import('../features/overview/overview-page.tsx')).OverviewPage },
            },
            {
              path: 'activity',
              lazy: { Component: async () => (await import('../features/activity/activity-page.tsx')).ActivityPage },
            },
            { path: '*', Component: NotFound },
          ],
        },
      ],
    },
  ];
}

/**
 * The browser's router. `hydrationData` is the server's answer for the first screen (its loaders
 * already ran there); the routes' lazy parts that screen needs must be resolved before (see
 * resolve-lazy-routes.ts), or the router would render its fallback over the server's HTML.
 */
export function createAppRouter(queryClient: QueryClient, routes = appRoutes(queryClient), hydrationData?: HydrationState) {
  return createBrowserRouter(routes, hydrationData ? { hydrationData } : undefined);
}

export type AppRouter = ReturnType<typeof createAppRouter>;
