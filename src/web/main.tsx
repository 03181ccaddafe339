import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configQueries } from './api/config.ts';
import { AppRoot } from './app/app-root.tsx';
import { createApp } from './app/create-app.ts';
import { Providers } from './app/providers.tsx';
import { applyInitialLanguage } from './lib/i18n/choose-language.ts';
import { setTimeZones } from './lib/time-zones.ts';
import './styles/base.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

function start(root: HTMLElement): void {
  const { queryClient, router } = createApp();
  // Times render in Stockholm's zone at once; a gateway configured otherwise re-renders them when
  // its answer comes. Without an answer the default stays (the preview reports its own error).
  void queryClient
    .fetchQuery(configQueries.current())
    .then((config) => setTimeZones({ payson: config.paysonTimeZone, company: config.companyTimeZone }))
    .catch(() => undefined);
  createRoot(root).render(
    <StrictMode>
      <AppRoot>
        <Providers queryClient={queryClient} router={router} />
      </AppRoot>
    </StrictMode>,
  );
}

// The texts first: nothing renders before one catalog is here. (Not a top-level await: that
// makes the bundler split the entry into many chunks.)
void applyInitialLanguage().then(() => start(container));
