/**
 * Slows down password guessing. Failed sign-ins are counted per account and per client address over a
 * sliding window; past the limit, further attempts are refused (without asking the identity provider)
 * for a delay that doubles with every failure beyond it, up to the window. The per-address limit is
 * looser because many honest users can share an address.
 */
export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
  /** The wait after the failure that reaches the limit; it doubles with each failure after that. */
  baseDelayMs: number;
}

export interface SignInThrottleOptions {
  perAccount?: ThrottleRule;
  perAddress?: ThrottleRule;
  now?: () => number;
}

const FIFTEEN_MINUTES = 15 * 60_000;
const DEFAULT_PER_ACCOUNT: ThrottleRule = { maxFailures: 5, windowMs: FIFTEEN_MINUTES, baseDelayMs: 60_000 };
const DEFAULT_PER_ADDRESS: ThrottleRule = { maxFailures: 20, windowMs: FIFTEEN_MINUTES, baseDelayMs: 60_000 };

export class SignInThrottle {
  readonly #accounts: FailureLog;
  readonly #addresses: FailureLog;

  constructor(options: SignInThrottleOptions = {}) {
    const now = options.now ?? Date.now;
    this.#accounts = new FailureLog(options.perAccount ?? DEFAULT_PER_ACCOUNT, now);
    this.#addresses = new FailureLog(options.perAddress ?? DEFAULT_PER_ADDRESS, now);
  }

  /** Seconds to wait before this account may try again from this address; 0 when it may try now. */
  retryAfterSeconds(account: string, address: string): number {
    const waitMs = Math.max(this.#accounts.waitMs(accountKey(account)), this.#addresses.waitMs(address));
    return Math.ceil(waitMs / 1000);
  }

  recordFailure(account: string, address: string): void {
    this.#accounts.add(accountKey(account));
    this.#addresses.add(address);
  }

  /** A correct password clears the account's count. The address keeps its count: one valid account must not unlock guessing at others. */
  recordSuccess(account: string): void {
    this.#accounts.clear(accountKey(account));
  }
}

function accountKey(account: string): string {
  return account.trim().toLowerCase();
}

const MAX_KEYS_BEFORE_SWEEP = 10_000;

class FailureLog {
  readonly #failures = new Map<string, number[]>();

  constructor(
    private readonly rule: ThrottleRule,
    private readonly now: () => number,
  ) {}

  waitMs(key: string): number {
    const failures = this.#recent(key);
    const excess = failures.length - this.rule.maxFailures;
    const last = failures.at(-1);
    if (excess < 0 || last === undefined) return 0;
    const delay = Math.min(this.rule.baseDelayMs * 2 ** excess, this.rule.windowMs);
    return Math.max(0, last + delay - this.now());
  }

  add(key: string): void {
    if (this.#failures.size >= MAX_KEYS_BEFORE_SWEEP) this.#sweep();
    this.#failures.set(key, [...this.#recent(key), this.now()]);
  }

  clear(key: string): void {
    this.#failures.delete(key);
  }

  #recent(key: string): number[] {
    const since = this.now() - this.rule.windowMs;
    return (this.#failures.get(key) ?? []).filter((time) => time > since);
  }

  #sweep(): void {
    for (const key of this.#failures.keys()) {
      if (this.#recent(key).length === 0) this.#failures.delete(key);
    }
  }
}
