import { Fragment, useSyncExternalStore, type ReactNode } from 'react';
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
  return <Fragment key={`${language}|${zones.payson}|${zones.company}`}>{children}</Fragment>;
}
