import { bigint, integer, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * The sign-in throttle's counts (migration 003), one row per key (account and client, client,
 * account). The key is stored as its SHA-256, so the table names no email and no address. Times are
 * epoch milliseconds from the gateway's clock (tests move it), not the database's `now()`.
 */
export const signInFailures = pgTable('sign_in_failures', {
  keyHash: text('key_hash').primaryKey(),
  /** Failures since the key was last reset, of any age (the owner is told this number). */
  total: integer('total').notNull(),
  /** The newest failure times, oldest first, at most `MAX_TIMES_PER_KEY` of them. */
  times: bigint('times', { mode: 'number' }).array().notNull(),
  /** The newest failure: rows not added to for the retention are purged. */
  latestAt: bigint('latest_at', { mode: 'number' }).notNull(),
});
