import type { Migration } from './migration.ts';

export const sessionsMigration: Migration = {
  version: 1,
  name: 'sessions',
  statements: [
    `create table sessions (
      id_hash text primary key,
      "user" jsonb not null,
      user_hash text not null,
      sealed_tokens text not null,
      access_expires_at bigint not null,
      token_version integer not null default 0,
      tokens_refreshed_at bigint not null,
      created_at bigint not null,
      last_seen_at bigint not null
    )`,
    // The purge deletes by age; without these it would scan every session.
    'create index sessions_last_seen_at on sessions (last_seen_at)',
    'create index sessions_created_at on sessions (created_at)',
  ],
};
