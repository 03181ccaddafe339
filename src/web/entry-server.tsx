import { StrictMode, type ReactNode } from 'react';
import { renderToReadableStream } from 'react-dom/server';
import { dehydrate, hydrate, QueryClientProvider, type Query, type QueryClient } from '@tanstack/react-query';
import { createStaticHandler, createStaticRouter, StaticRouterProvider, type StaticHandlerContext } from 'react-router';
import type { ConfigResponse } from '../contract/gateway-api.ts';
import { FIRST_SCREEN_PATH, scriptSafeJson, type FirstScreenRenderer, type FirstScreenRequest, type FirstScreenResult } from '../contract/first-screen.ts';
import { checkoutQueries, type CheckoutListParams } from './api/checkouts.ts';
import { configQueries } from './api/config.ts';
import { setHttpTransport } from './api/http.ts';
import { AppRoot } from './app/app-root.tsx';
import type { FirstScreenState } from './app/first-screen-state.ts';
import { createQueryClient } from './app/query-client.ts';
import { appRoutes } from './app/router.tsx';
import { pinRenderClock } from './lib/clock.ts';
import { setRenderCookies } from './lib/cookies.ts';
import { detectLanguage, type Language } from './lib/i18n/language.ts';
import { setLanguage } from './lib/i18n/messages.ts';
import { setBrowserLanguage } from './lib/locale.ts';
import { pageSizeFromCookieHeader, ServerPageSizeContext } from './lib/page-size-cookie.ts';
import { setTimeZones } from './lib/time-zones.ts';

/**
 * The server's first screen (issue 14): the browser's own routes, loaders and components, run on
 * the gateway against its /api in-process, rendered by React's server renderer; the browser then
 * hydrates it from the same query cache (main.tsx). Anything the server cannot render as the
 * browser would (no session, a failed request, an error while rendering) is not rendered: the
 * gateway serves index.html and the browser renders as before.
 */

/** The lazy route modules by route id (router.tsx), as Vite's manifest names them: preloaded with the page. */
const ROUTE_MODULES: Record<string, string> = {
  app: 'src/web/app/shell/app-shell.tsx',
  checkouts: 'src/web/features/checkouts/checkouts-page.tsx',
  checkout: 'src/web/features/checkout-detail/checkout-detail-route.tsx',
};
const CATALOG_MODULES: Record<Language, string> = {
  en: 'src/web/lib/i18n/messages-en.ts',
  sv: 'src/web/lib/i18n/messages-sv.ts',
};

const fallback = (reason: string): FirstScreenResult => ({ rendered: false, reason });
const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : JSON.stringify(error));

/** The browser's first language, as `navigator.language` would say it: Accept-Language's first tag. */
export function firstLanguageTag(acceptLanguage: string | undefined): string | undefined {
  const tag = acceptLanguage?.split(',')[0]?.split(';')[0]?.trim();
  return tag && tag !== '*' ? tag : undefined;
}

/** Resolves once none of these queries is fetching any more. */
function settled(queryClient: QueryClient, queries: readonly Query[]): Promise<void> {
  return new Promise((resolve) => {
    let unsubscribe = () => {};
    const check = () => {
      if (queries.some((query) => query.state.fetchStatus === 'fetching')) return;
      unsubscribe();
      resolve();
    };
    unsubscribe = queryClient.getQueryCache().subscribe(check);
    check();
  });
}

/**
 * The list asks for its next page as soon as it shows one (use-checkout-list.ts), so Next shows it
 * at once. Asked here once the first page came, it comes with the page, and the browser asks for
 * no list at all after hydrating. (A next page beyond the last is an empty one, never shown.)
 */
function prefetchNextListPage(queryClient: QueryClient): void {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: checkoutQueries.lists() })) {
    const params = query.queryKey[2] as CheckoutListParams | undefined;
    if (params && query.state.status === 'success') void queryClient.prefetchQuery(checkoutQueries.list({ ...params, page: params.page + 1 }));
  }
}

/**
 * Renders are one at a time: the language, the zones, the clock and the cookies a render reads are
 * module settings (as in the browser, where there is one of each). A render does no I/O (its data
 * is all loaded first), so queueing costs the event loop nothing it would not spend anyway.
 */
let renderQueue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const result = renderQueue.then(work);
  renderQueue = result.catch(() => undefined);
  return result;
}

async function renderToHtml(app: ReactNode): Promise<string> {
  let failure: unknown;
  const stream = await renderToReadableStream(app, {
    onError: (error) => {
      failure ??= error;
    },
  });
  await stream.allReady;
  const html = await new Response(stream).text();
  if (failure !== undefined) throw failure instanceof Error ? failure : new Error(String(failure));
  return html;
}

/** React puts the elements it hoists (`<title>`) first, before the app's own markup. */
function splitHoisted(html: string): { headHtml: string; appHtml: string } {
  const hoisted = /^(?:<title>[^<]*<\/title>|<meta [^>]*>|<link [^>]*>)*/.exec(html)?.[0] ?? '';
  return { headHtml: hoisted, appHtml: html.slice(hoisted.length) };
}

/**
 * Some route modules read a text at their top (messages.ts): a catalog must be loaded before the
 * first is imported. Once, in any language; each render then switches to its own (in place).
 */
let catalogLoaded: Promise<void> | undefined;

async function render(request: FirstScreenRequest): Promise<FirstScreenResult> {
  const url = new URL(request.url);
  if (!FIRST_SCREEN_PATH.test(url.pathname)) return fallback('not a first-screen page');
  const locale = firstLanguageTag(request.acceptLanguage);
  const language = detectLanguage(request.cookie ?? '', locale);

  await (catalogLoaded ??= setLanguage(language));

  // A 401 anywhere ends here as "no session": the browser's own sign-in flow takes over.
  const queryClient = createQueryClient({ onUnauthenticated: () => undefined });
  const handler = createStaticHandler(appRoutes(queryClient));
  void queryClient.prefetchQuery(configQueries.current());
  const context: StaticHandlerContext | Response = await handler.query(
    new Request(url, { headers: request.cookie ? { cookie: request.cookie } : {}, signal: AbortSignal.timeout(30_000) }),
  );
  if (context instanceof Response) return fallback(`redirect ${context.status}`);
  if (context.errors) return fallback(`route error: ${describe(Object.values(context.errors)[0])}`);

  // What the loaders started: the session, the company names, the rows (or the checkout), the
  // zones. What those start in turn (the counts by status, eleven upstream calls) is left to the
  // browser, as it would be without a server render.
  await settled(queryClient, queryClient.getQueryCache().findAll({ fetchStatus: 'fetching' }));
  // Only after a page came: when Payson is down, a next page would only double the failed calls.
  prefetchNextListPage(queryClient);
  await settled(queryClient, queryClient.getQueryCache().findAll({ fetchStatus: 'fetching' }));
  await queryClient.cancelQueries();
  const failed = queryClient.getQueryCache().findAll({ type: 'all', predicate: (query) => query.state.status === 'error' });
  if (failed[0]) return fallback(`a request failed: ${JSON.stringify(failed[0].queryKey)}: ${describe(failed[0].state.error)}`);

  const dehydrated = dehydrate(queryClient);
  const config = queryClient.getQueryData<ConfigResponse>(configQueries.current().queryKey);
  // The render reads exactly what the browser will hydrate: a cache made from the dehydrated state.
  const renderClient = createQueryClient({ onUnauthenticated: () => undefined });
  hydrate(renderClient, dehydrated);
  const router = createStaticRouter(handler.dataRoutes, context);

  const state: FirstScreenState = {
    dehydrated,
    hydrationData: { loaderData: context.loaderData, actionData: context.actionData, errors: context.errors },
    language,
    locale: locale ?? '',
    now: request.now,
  };
  const html = await oneAtATime(async () => {
    await setLanguage(language);
    if (config) setTimeZones({ payson: config.paysonTimeZone, company: config.companyTimeZone });
    setBrowserLanguage(locale);
    setRenderCookies(request.cookie ?? '');
    pinRenderClock(request.now);
    try {
      return await renderToHtml(
        <StrictMode>
          <AppRoot>
            <QueryClientProvider client={renderClient}>
              <ServerPageSizeContext value={pageSizeFromCookieHeader(request.cookie)}>
                {/* hydrate={false}: no inline script (CSP); the state travels as JSON, see above. */}
                <StaticRouterProvider router={router} context={context} hydrate={false} />
              </ServerPageSizeContext>
            </QueryClientProvider>
          </AppRoot>
        </StrictMode>,
      );
    } finally {
      setRenderCookies(undefined);
      pinRenderClock(undefined);
      setBrowserLanguage(undefined);
    }
  });
  renderClient.clear();
  queryClient.clear();

  const modules = context.matches.flatMap((match) => ROUTE_MODULES[match.route.id] ?? []);
  return {
    rendered: true,
    language,
    ...splitHoisted(html),
    stateJson: scriptSafeJson(state),
    modules: [CATALOG_MODULES[language], ...modules],
  };
}

/** Every render's /api requests go through the gateway's transport (it picks the request's own). */
export const firstScreenRenderer: FirstScreenRenderer = {
  setTransport: (transport) => setHttpTransport(transport),
  render: (request) => render(request).catch((error: unknown) => fallback(`render failed: ${String(error)}`)),
};
