import { perKeyConcurrency } from '../upstream/per-key-concurrency.ts';
import type { FailureCount, ThrottleStore } from './throttle-store.ts';

/**
 * Slows down password guessing without handing a guesser a way to lock the owner out.
 *
 * - Per account *and* client: past five wrong passwords in 15 minutes, that client is refused for
 *   that account (without asking the identity provider) for a minute, doubling with every failure
 *   beyond, up to the window. The owner signing in from another client is not refused.
 * - Per client, across accounts: the same, past 20 failures (many honest users can share an address).
 * - Per account, across clients: past five failures in the window, every attempt at the account waits
 *   before it is answered (one second, doubling, at most eight): guessing from many clients slows
 *   down, and the right password still gets in.
 * - The owner is told, at the next successful sign-in, how many wrong passwords were tried since the last.
 *
 * The rules are pure functions of the counts; the counts live in a `ThrottleStore` (the database,
 * which every gateway shares, so the limits hold across gateways and restarts).
 */
export interface RefusalRule {
  maxFailures: number;
  windowMs: number;
  /** The wait after the failure that reaches the limit; it doubles with each failure after that, up to the window. */
  baseDelayMs: number;
}

export interface SlowdownRule {
  /** Failures in the window from which attempts wait. */
  afterFailures: number;
  windowMs: number;
  /** The wait at `afterFailures`; it doubles with each failure after that, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface SignInPolicy {
  perAccountAndClient: RefusalRule;
  perClient: RefusalRule;
  perAccount: SlowdownRule;
}

const FIFTEEN_MINUTES = 15 * 60_000;

export const DEFAULT_SIGN_IN_POLICY: SignInPolicy = {
  perAccountAndClient: { maxFailures: 5, windowMs: FIFTEEN_MINUTES, baseDelayMs: 60_000 },
  perClient: { maxFailures: 20, windowMs: FIFTEEN_MINUTES, baseDelayMs: 60_000 },
  perAccount: { afterFailures: 5, windowMs: FIFTEEN_MINUTES, baseDelayMs: 1000, maxDelayMs: 8000 },
};

/** How long a refusal rule still refuses, given the failures in its window; 0 when it does not. */
export function refusalWaitMs(failures: FailureCount, rule: RefusalRule, now: number): number {
  const excess = failures.count - rule.maxFailures;
  if (excess < 0 || failures.latest === undefined) return 0;
  const delay = Math.min(rule.baseDelayMs * 2 ** excess, rule.windowMs);
  return Math.max(0, failures.latest + delay - now);
}

/** How long an attempt waits before it is answered, given the account's failures in the window. */
export function slowdownMs(failures: FailureCount, rule: SlowdownRule): number {
  const excess = failures.count - rule.afterFailures;
  if (excess < 0) return 0;
  return Math.min(rule.baseDelayMs * 2 ** excess, rule.maxDelayMs);
}

export interface SignInThrottleOptions {
  store: ThrottleStore;
  policy?: SignInPolicy;
  now?: () => number;
  /** How an attempt waits out the slowdown; tests record the wait instead. */
  wait?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class SignInThrottle {
  readonly #store: ThrottleStore;
  readonly #policy: SignInPolicy;
  readonly #now: () => number;
  readonly #wait: (ms: number) => Promise<void>;
  readonly #serial = perKeyConcurrency(1);

  constructor(options: SignInThrottleOptions) {
    this.#now = options.now ?? Date.now;
    this.#wait = options.wait ?? sleep;
    this.#store = options.store;
    this.#policy = options.policy ?? DEFAULT_SIGN_IN_POLICY;
  }

  /**
   * Whether this client may try this account now: answers the seconds it is refused for, or 0 once
   * it has waited out the account's slowdown. Known and unknown accounts are answered alike.
   */
  async admit(account: string, client: string): Promise<number> {
    const now = this.#now();
    const { perAccountAndClient, perClient, perAccount } = this.#policy;
    const keys = keysFor(account, client);
    const [pair, fromClient, forAccount] = await Promise.all([
      this.#store.count(keys.accountAndClient, now - perAccountAndClient.windowMs),
      this.#store.count(keys.client, now - perClient.windowMs),
      this.#store.count(keys.account, now - perAccount.windowMs),
    ]);
    const refusedMs = Math.max(refusalWaitMs(pair, perAccountAndClient, now), refusalWaitMs(fromClient, perClient, now));
    if (refusedMs > 0) return Math.ceil(refusedMs / 1000);
    const waitMs = slowdownMs(forAccount, perAccount);
    if (waitMs > 0) await this.#wait(waitMs);
    return 0;
  }

  /**
   * Runs one attempt (admit, ask the identity provider, record) at a time per account and client in
   * this process, so a burst of parallel guesses is counted as it goes rather than all admitted first.
   *
   * Across processes only the counts are shared, not this queue: a burst split over several gateways
   * may get one attempt past the limit per further gateway (each admits one before the others'
   * failures land), never more, and every failure is counted, so the next attempt through any gateway is refused.
   */
  oneAtATime<T>(account: string, client: string, attempt: () => Promise<T>): Promise<T> {
    return this.#serial(keysFor(account, client).accountAndClient, attempt);
  }

  async recordFailure(account: string, client: string): Promise<void> {
    const keys = keysFor(account, client);
    await this.#store.record([keys.accountAndClient, keys.client, keys.account, keys.sinceSuccess], this.#now());
  }

  /**
   * A correct password clears this client's count for the account and the account's slowdown, and
   * answers how many wrong passwords were tried at the account since its last successful sign-in.
   * The client's count across accounts stays: one valid account must not unlock guessing at others.
   */
  async recordSuccess(account: string, client: string): Promise<number> {
    const keys = keysFor(account, client);
    const [, , sinceLast] = await Promise.all([
      this.#store.reset(keys.accountAndClient),
      this.#store.reset(keys.account),
      this.#store.reset(keys.sinceSuccess),
    ]);
    return sinceLast;
  }
}

function keysFor(account: string, client: string) {
  const normalised = account.trim().toLowerCase();
  return {
    accountAndClient: `account+client:${normalised} ${client}`,
    client: `client:${client}`,
    account: `account:${normalised}`,
    sinceSuccess: `account-since-success:${normalised}`,
  };
}
