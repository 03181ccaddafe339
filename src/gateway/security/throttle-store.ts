import { createHash } from 'node:crypto';
import { eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { signInFailures } from '../db/sign-in-failures-table.ts';

/**
 * Where the sign-in throttle keeps its failure counts. Asynchronous, so the policy does not care
 * that the counts live in the database every gateway shares.
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

export interface DatabaseThrottleStoreOptions {
  db: Db;
  /** How long a key with no new failure is kept; a total not reset within it is forgotten. */
  retainMs?: number;
}

/**
 * Times kept per key. The policy's limits are far below this; past it only the total grows (the
 * delays have reached their caps long before).
 */
export const MAX_TIMES_PER_KEY = 64;
/** A week: long enough to tell an owner who signs in weekly of the guesses in between. */
const DEFAULT_RETAIN_MS = 7 * 24 * 3_600_000;
/** Expired keys are purged by a record at most this often per process; failures are rare, the purge is cheap. */
const PURGE_EVERY_MS = 60_000;

/**
 * The counts in the database, one row per key, so they hold across gateway processes and restarts.
 * Every change is one statement on the row (an upsert that adds the failure, a delete that answers
 * the total), so gateways failing or resetting the same key at once neither lose nor double a count.
 */
export class DatabaseThrottleStore implements ThrottleStore {
  readonly #db: Db;
  readonly #retainMs: number;
  #lastPurge = Number.NEGATIVE_INFINITY;

  constructor(options: DatabaseThrottleStoreOptions) {
    this.#db = options.db;
    this.#retainMs = options.retainMs ?? DEFAULT_RETAIN_MS;
  }

  async record(keys: readonly string[], at: number): Promise<void> {
    if (at - this.#lastPurge >= PURGE_EVERY_MS) {
      this.#lastPurge = at;
      await this.#db.delete(signInFailures).where(lte(signInFailures.latestAt, at - this.#retainMs));
    }
    // Rows locked in one order by every gateway, so two upserts sharing keys cannot deadlock.
    const hashes = [...new Set(keys.map(keyHash))].sort();
    if (hashes.length === 0) return;
    const rows = sql.join(
      hashes.map((hash) => sql`(${hash}, 1, array[${at}::bigint], ${at})`),
      sql`, `,
    );
    // The SET refers to the stored row by the table's name: a bare column would be ambiguous with `excluded`.
    await this.#db.execute(sql`
      insert into sign_in_failures (key_hash, total, times, latest_at) values ${rows}
      on conflict (key_hash) do update set
        total = sign_in_failures.total + 1,
        times = (sign_in_failures.times || excluded.latest_at)[greatest(1, cardinality(sign_in_failures.times) + 2 - ${MAX_TIMES_PER_KEY}::int):],
        latest_at = greatest(sign_in_failures.latest_at, excluded.latest_at)`);
  }

  async count(key: string, since: number): Promise<FailureCount> {
    const [row] = await this.#db.select({ times: signInFailures.times }).from(signInFailures).where(eq(signInFailures.keyHash, keyHash(key)));
    const recent = (row?.times ?? []).map(Number).filter((time) => time > since);
    return { count: recent.length, latest: recent.length > 0 ? Math.max(...recent) : undefined };
  }

  async reset(key: string): Promise<number> {
    const gone = await this.#db
      .delete(signInFailures)
      .where(eq(signInFailures.keyHash, keyHash(key)))
      .returning({ total: signInFailures.total });
    return gone[0]?.total ?? 0;
  }
}

/** Keys name an email and a client address; the table holds only their SHA-256. */
function keyHash(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}
