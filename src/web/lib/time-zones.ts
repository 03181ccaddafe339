/**
 * The two zones every time passes through. Payson writes local times without an offset, in its
 * own zone (the gateway's PAYSON_TIME_ZONE); the dashboard shows every time in the company's zone,
 * whatever zone the viewer's computer is in. Both are Stockholm until `GET /api/config` says
 * otherwise (BokaMera's company carries no zone today; see docs/decisions/008-i18n.md).
 */
export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

export interface TimeZones {
  /** The zone Payson's offset-less times are written in. */
  payson: string;
  /** The zone the dashboard shows times, calendar days and "in N days" in. */
  company: string;
}

let zones: TimeZones = { payson: DEFAULT_TIME_ZONE, company: DEFAULT_TIME_ZONE };
const listeners = new Set<() => void>();

export function timeZones(): TimeZones {
  return zones;
}

/** Takes the gateway's zones; an id Intl does not know is ignored (the default stays). */
export function setTimeZones(next: Partial<TimeZones>): void {
  const payson = next.payson && isTimeZone(next.payson) ? next.payson : zones.payson;
  const company = next.company && isTimeZone(next.company) ? next.company : zones.company;
  if (payson === zones.payson && company === zones.company) return;
  zones = { payson, company };
  for (const listener of listeners) listener();
}

export function subscribeTimeZones(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isTimeZone(id: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: id });
    return true;
  } catch {
    return false;
  }
}
