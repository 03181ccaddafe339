import { READY_TO_SHIP_LIFETIME_DAYS } from '../../contract/checkout-rules.ts';
import type { KnownStatus } from '../../contract/status.ts';
import { pickWeighted, type Random } from '../random.ts';

/**
 * When a generated checkout was created, which status it has now, and the history that led there.
 * A checkout's status is its first random draw weighed against its age, so listing by status never
 * has to build whole checkouts; the age bounds come from the index alone (newest first, evenly spaced).
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Checkouts expire this long after creation unless paid (our choice; Payson's default is undocumented). */
export const OPEN_WINDOW_MS = 2 * DAY;
/** Long enough for the customer's whole way to readyToShip, which takes at most 8.5 minutes here. */
const CUSTOMER_PATH_MS = 15 * MINUTE;
/** Payson pays out about ten days after shipping. */
const PAYOUT_MIN_MS = 7 * DAY;
const PAYOUT_MAX_MS = 10 * DAY;
const READY_TO_SHIP_LIFETIME_MS = READY_TO_SHIP_LIFETIME_DAYS * DAY;
const BUSY_COMPANY_CHECKOUTS_PER_DAY = 40;
const LONGEST_SPAN_MS = 730 * DAY;

export type GeneratedStatus = Exclude<KnownStatus, 'none' | 'credited'>;

export interface Timeline {
  nowMs: number;
  spacingMs: number;
}

/** A busy company's pace, stretched over at most two years when there are very many checkouts. */
export function timelineFor(checkoutsPerCompany: number, now: Date): Timeline {
  const spacingMs = Math.min(DAY / BUSY_COMPANY_CHECKOUTS_PER_DAY, LONGEST_SPAN_MS / Math.max(1, checkoutsPerCompany));
  return { nowMs: now.getTime(), spacingMs };
}

/** Checkout `index` was created strictly between `index` and `index + 1` spacings before now. */
export function createdAt(timeline: Timeline, index: number, draw: number): number {
  const ms = timeline.nowMs - (index + 0.05 + 0.9 * draw) * timeline.spacingMs;
  return Math.floor(ms / SECOND) * SECOND;
}

type AgeRule = (minAgeMs: number, maxAgeMs: number) => boolean;
const open: AgeRule = (min, max) => min >= CUSTOMER_PATH_MS && max <= OPEN_WINDOW_MS;
const waitingToShip: AgeRule = (min, max) => min >= CUSTOMER_PATH_MS && max <= READY_TO_SHIP_LIFETIME_MS;

/** Relative frequencies, and the ages at which each status is still (or already) possible. */
const STATUS_RULES: readonly (readonly [GeneratedStatus, number, AgeRule])[] = [
  ['created', 2, (_, max) => max <= OPEN_WINDOW_MS],
  ['formsFilled', 1, open],
  ['readyToPay', 2, open],
  ['processingPayment', 1, open],
  ['readyToShip', 14, waitingToShip],
  ['shipped', 8, waitingToShip],
  ['paidToAccount', 40, (min) => min >= PAYOUT_MAX_MS + DAY],
  ['canceled', 10, (min) => min >= CUSTOMER_PATH_MS],
  ['expired', 14, (min) => min >= OPEN_WINDOW_MS],
  ['denied', 2, (min) => min >= CUSTOMER_PATH_MS],
];

/** Keyed by a bit mask of the statuses allowed at an age; there are only a handful of such bands. */
const weightsByAgeBand = new Map<number, (readonly [GeneratedStatus, number])[]>();

export function statusFor(timeline: Timeline, index: number, firstDraw: number): GeneratedStatus {
  const minAge = index * timeline.spacingMs;
  const maxAge = (index + 1) * timeline.spacingMs;
  let allowed = 0;
  for (let i = 0; i < STATUS_RULES.length; i++) {
    if (STATUS_RULES[i]?.[2](minAge, maxAge)) allowed |= 1 << i;
  }
  let weights = weightsByAgeBand.get(allowed);
  if (!weights) {
    weights = STATUS_RULES.filter((_, i) => allowed & (1 << i)).map(([status, weight]) => [status, weight] as const);
    weightsByAgeBand.set(allowed, weights);
  }
  return pickWeighted(weights, firstDraw);
}

export interface Lifecycle {
  /** Timestamps (epoch ms) keyed by the status they mark, in the order they happened. */
  times: Record<string, number>;
  /** Whether the customer paid (reached readyToShip): only then has the checkout a purchaseId. */
  paid: boolean;
  expirationMs: number;
}

type CustomerStage = 'created' | 'formsFilled' | 'readyToPay' | 'readyToShip';
const STAGES: readonly CustomerStage[] = ['created', 'formsFilled', 'readyToPay', 'readyToShip'];
const ABANDONED_AT: readonly CustomerStage[] = ['created', 'formsFilled', 'readyToPay'];

export function buildLifecycle(status: GeneratedStatus, createdMs: number, nowMs: number, random: Random): Lifecycle {
  const expirationMs = createdMs + OPEN_WINDOW_MS;
  /** A whole-second time at least a second after `from` and before `until`. */
  const between = (from: number, until: number): number =>
    Math.floor((from + SECOND + random.next() * Math.max(0, until - from - SECOND)) / SECOND) * SECOND;
  const stepSeconds = [0, random.int(30, 240), random.int(10, 90), random.int(20, 180)];
  const times: Record<string, number> = {};
  const reach = (stage: CustomerStage): number => {
    let time = createdMs;
    for (let i = 0; i <= STAGES.indexOf(stage); i++) {
      time += (stepSeconds[i] ?? 0) * SECOND;
      times[STAGES[i] ?? stage] = time;
    }
    return time;
  };

  switch (status) {
    case 'created':
    case 'formsFilled':
    case 'readyToPay':
    case 'readyToShip':
      reach(status);
      break;
    case 'processingPayment':
      reach('readyToPay'); // Payson's history has no processingPayment key
      break;
    case 'shipped': {
      const ready = reach('readyToShip');
      times.shipped = between(Math.max(ready, nowMs - PAYOUT_MIN_MS), nowMs);
      break;
    }
    case 'paidToAccount': {
      const ready = reach('readyToShip');
      const shipped = between(ready + HOUR, Math.min(ready + 14 * DAY, nowMs - PAYOUT_MAX_MS));
      times.shipped = shipped;
      times.paidToAccount = between(shipped + PAYOUT_MIN_MS, shipped + PAYOUT_MAX_MS);
      break;
    }
    case 'canceled': {
      // The merchant may cancel a paid checkout (a full refund); the customer only an unpaid one.
      const last = random.chance(0.35) ? reach('readyToShip') : reach(random.pick(ABANDONED_AT));
      const limit = 'readyToShip' in times ? READY_TO_SHIP_LIFETIME_MS : OPEN_WINDOW_MS;
      times.canceled = between(last, Math.min(last + limit, nowMs));
      break;
    }
    case 'expired':
      reach(random.pick(ABANDONED_AT));
      times.expired = expirationMs;
      break;
    case 'denied': {
      const processing = reach('readyToPay');
      times.denied = between(processing, processing + 5 * MINUTE);
      break;
    }
  }
  return { times, paid: 'readyToShip' in times, expirationMs };
}
