import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { hydrate } from '@tanstack/react-query';
import { configQueries } from './api/config.ts';
import { AppRoot } from './app/app-root.tsx';
import { createApp } from './app/create-app.ts';
import { readFirstScreenState, type FirstScreenState } from './app/first-screen-state.ts';
import { Providers } from './app/providers.tsx';
import { resolveLazyRoutes } from './app/resolve-lazy-routes.ts';
import { pinRenderClock } from './lib/clock.ts';
import { carryOverColumnVisibility } from './lib/column-visibility-storage.ts';
import { cookieStore } from './lib/cookies.ts';
import { applyInitialLanguage } from './lib/i18n/choose-language.ts';
import { setLanguage } from './lib/i18n/messages.ts';
import { setBrowserLanguage } from './lib/locale.ts';
import { setTimeZones } from './lib/time-zones.ts';
import './styles/base.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

function applyZones(config: { paysonTimeZone?: string; companyTimeZone?: string }): void {
  setTimeZones({ payson: config.paysonTimeZone, company: config.companyTimeZone });
}

/** A page the browser renders itself: the sign-in page, a signed-out visit, any page the server did not render. */
async function start(root: HTMLElement): Promise<void> {
  // The texts first: nothing renders before one catalog is here.
  await applyInitialLanguage();
  carryOverColumnVisibility(cookieStore);
  const { queryClient, router } = await createApp();
  // Times render in Stockholm's zone at once; a gateway configured otherwise re-renders them when
  // its answer comes. Without an answer the default stays (the preview reports its own error).
  void queryClient
    .fetchQuery(configQueries.current())
    .then(applyZones)
    .catch(() => undefined);
  createRoot(root).render(
    <StrictMode>
      <AppRoot>
        <Providers queryClient={queryClient} router={router} />
      </AppRoot>
    </StrictMode>,
  );
}

/**
 * A first screen the server rendered (entry-server.tsx): the same settings, cache and route
 * answers it rendered with, the screen's lazy routes loaded, then hydrated: no request for what
 * the page already shows, and no mismatch.
 */
async function hydrateFirstScreen(root: HTMLElement, state: FirstScreenState): Promise<void> {
  setBrowserLanguage(state.locale || undefined);
  pinRenderClock(state.now);
  // The texts before the route modules: some read theirs as they load (the chunks are preloaded).
  await setLanguage(state.language);
  const { queryClient, router } = await createApp({
    hydrationData: state.hydrationData,
    resolveRoutes: (routes) => resolveLazyRoutes(routes, location),
  });
  hydrate(queryClient, state.dehydrated);
  const config = queryClient.getQueryData(configQueries.current().queryKey);
  if (config) applyZones(config);
  hydrateRoot(
    root,
    <StrictMode>
      <AppRoot>
        <Providers queryClient={queryClient} router={router} />
      </AppRoot>
    </StrictMode>,
    {
      onRecoverableError: (error) => console.error('Hydration did not match the server:', error),
    },
  );
}

// (Not a top-level await: that makes the bundler split the entry into many chunks.)
const state = readFirstScreenState(document);
void (state ? hydrateFirstScreen(container, state) : start(container));
