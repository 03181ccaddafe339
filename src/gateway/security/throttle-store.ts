/**
 * Where the sign-in throttle keeps its failure counts. Asynchronous, so a store shared by several
 * gateway processes (a database) can take the in-memory one's place without the policy changing.
 */
export interface ThrottleStore {
  /** Records one failure at time `at` under each key. */
  record(keys: readonly string[], at: number): Promise<void>;
  /** The failures under `key` after time `since`: how many, and when the latest was. */
  count(key: string, since: number): Promise<FailureCount>;
  /** Forgets `key`'s failures and answers how many had been recorded since it was last reset. */
  reset(key: string): Promise<number>;
}

export interface FailureCount {
  count: number;
  latest: number | undefined;
}

export interface MemoryThrottleStoreOptions {
  /** How long a key with no new failure is kept once the store is large; a reset count older than this is lost. */
  retainMs?: number;
  now?: () => number;
}

/**
 * Times kept per key. The policy's limits are far below this; past it only the total grows (the
 * delays have reached their caps long before).
 */
const MAX_TIMES_PER_KEY = 64;
/** Past this many keys, a record first sweeps the keys not touched within the retention. */
const MAX_KEYS_BEFORE_SWEEP = 10_000;

interface Entry {
  /** Failures since the last reset, of any age. */
  total: number;
  /** The newest failure times, oldest first. */
  times: number[];
}

/** One process's counts, lost on restart; the database store replaces it when gateways scale out. */
export class MemoryThrottleStore implements ThrottleStore {
  readonly #entries = new Map<string, Entry>();
  readonly #retainMs: number;
  readonly #now: () => number;

  constructor(options: MemoryThrottleStoreOptions = {}) {
    this.#retainMs = options.retainMs ?? 24 * 3_600_000;
    this.#now = options.now ?? Date.now;
  }

  record(keys: readonly string[], at: number): Promise<void> {
    if (this.#entries.size >= MAX_KEYS_BEFORE_SWEEP) this.#sweep();
    for (const key of keys) {
      const entry = this.#entries.get(key) ?? { total: 0, times: [] };
      entry.total += 1;
      entry.times = [...entry.times, at].slice(-MAX_TIMES_PER_KEY);
      this.#entries.set(key, entry);
    }
    return Promise.resolve();
  }

  count(key: string, since: number): Promise<FailureCount> {
    const recent = (this.#entries.get(key)?.times ?? []).filter((time) => time > since);
    return Promise.resolve({ count: recent.length, latest: recent.at(-1) });
  }

  reset(key: string): Promise<number> {
    const total = this.#entries.get(key)?.total ?? 0;
    this.#entries.delete(key);
    return Promise.resolve(total);
  }

  #sweep(): void {
    const before = this.#now() - this.#retainMs;
    for (const [key, entry] of this.#entries) {
      if ((entry.times.at(-1) ?? 0) <= before) this.#entries.delete(key);
    }
  }
}
