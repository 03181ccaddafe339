/**
 * The checkout route's code, in its own chunk. The router loads it on the first open; the list
 * loads it ahead when it is idle, so that first open does not wait for it. Both share one import,
 * so the chunk is fetched and run once.
 */
export function loadCheckoutDetailRoute() {
  return import('./checkout-detail-route.tsx');
}

/** Loads the checkout route's code when the browser is idle; a failure is left to the router's own try. */
export function preloadCheckoutDetailRouteWhenIdle(): () => void {
  const load = () => void loadCheckoutDetailRoute().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(load, { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(load, 200);
  return () => clearTimeout(timer);
}
