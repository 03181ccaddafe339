import type { Migration } from './migration.ts';

/**
 * The sign-in throttle's failure counts, shared by every gateway on the database, so five wrong
 * passwords through one gateway count at the next, and a restart forgets nothing.
 */
export const signInFailuresMigration: Migration = {
  version: 3,
  name: 'sign-in-failures',
  statements: [
    `create table sign_in_failures (
      key_hash text primary key,
      total integer not null,
      times bigint[] not null,
      latest_at bigint not null
    )`,
    // The purge of counts nobody has added to for a long time.
    'create index sign_in_failures_latest_at on sign_in_failures (latest_at)',
  ],
};
