import { Fragment, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { pinRenderClock } from '../lib/clock.ts';
import { carryOverColumnVisibility } from '../lib/column-visibility-storage.ts';
import { cookieStore } from '../lib/cookies.ts';
import { useLanguage } from '../lib/i18n/messages.ts';
import { subscribeTimeZones, timeZones } from '../lib/time-zones.ts';

/**
 * Renders the app again from scratch when the language or the zones change: every text and time
 * is read at render from module-level settings, so a fresh mount is the one way nothing is left
 * behind in the old language. The query cache and the router live outside and are kept.
 */
export function AppRoot({ children }: { children: ReactNode }) {
  const language = useLanguage();
  const zones = useSyncExternalStore(subscribeTimeZones, timeZones, timeZones);
  // A server-rendered first screen was hydrated with the server's clock and cookies: from now on the
  // clock is the browser's, and column choices still in localStorage move to their cookie.
  useEffect(() => {
    pinRenderClock(undefined);
    carryOverColumnVisibility(cookieStore);
  }, []);
  return <Fragment key={`${language}|${zones.payson}|${zones.company}`}>{children}</Fragment>;
}
