import type { History } from '../../../contract/payson.ts';
import { KNOWN_STATUSES, canonicalStatus, type CheckoutStatus } from '../../../contract/status.ts';
import { parseUpstreamTime } from '../../../contract/upstream-time.ts';
import { timeZones } from '../time-zones.ts';

/**
 * Payson's `history` is a record of timestamps keyed by the status they mark. The detail screen
 * shows it as a timeline; every key is kept, known or not, and a value that is not a real
 * timestamp is still shown (as written) rather than dropped, because it is what upstream said.
 */
export interface TimelineEntry {
  /** The key as upstream wrote it. */
  readonly key: string;
  /** The canonical status for a known key, else the key itself. */
  readonly status: CheckoutStatus;
  /** Undefined when `raw` is not a real timestamp. */
  readonly at: Date | undefined;
  readonly raw: string;
  /** True when `raw` could not be read as a time; such entries come last. */
  readonly invalidTime: boolean;
}

export type DatedTimelineEntry = TimelineEntry & { readonly at: Date };

/** Oldest first; entries without a readable time last. */
export function historyTimeline(history: History | undefined): readonly TimelineEntry[] {
  return Object.entries(history ?? {})
    .map(([key, raw]): TimelineEntry => {
      const at = parseUpstreamTime(raw, timeZones().payson);
      return { key, status: canonicalStatus(key), at, raw, invalidTime: at === undefined };
    })
    .sort(byTimeThenLifecycle);
}

/** The newest readable timestamp, with the status it marks. */
export function lastChange(history: History | undefined): DatedTimelineEntry | undefined {
  return historyTimeline(history).filter(isDated).at(-1);
}

export function isDated(entry: TimelineEntry): entry is DatedTimelineEntry {
  return entry.at !== undefined;
}

/**
 * Steps recorded in the same second (created and formsFilled often are) keep the lifecycle's order;
 * unknown keys follow the known ones; the key decides the rest, so the order never depends on
 * how upstream happened to order its JSON.
 */
function byTimeThenLifecycle(a: TimelineEntry, b: TimelineEntry): number {
  const aTime = a.at?.getTime() ?? Number.POSITIVE_INFINITY;
  const bTime = b.at?.getTime() ?? Number.POSITIVE_INFINITY;
  if (aTime !== bTime) return aTime < bTime ? -1 : 1;
  const lifecycle = lifecycleRank(a.status) - lifecycleRank(b.status);
  if (lifecycle !== 0) return lifecycle;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function lifecycleRank(status: CheckoutStatus): number {
  const rank = (KNOWN_STATUSES as readonly string[]).indexOf(status);
  return rank === -1 ? KNOWN_STATUSES.length : rank;
}
