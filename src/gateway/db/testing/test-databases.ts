import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../database.ts';

let shared: Promise<Database> | undefined;

/**
 * One migrated database per test file, for tests that need a database but not an empty one (the
 * gateway's route tests); rows of different tests never meet because session ids are random. It is
 * on the run's PostgreSQL server: PGlite takes seconds to open and then compiles its WebAssembly in
 * the background, which on a busy machine starves the first requests of tests with short upstream
 * timeouts. The database code itself is tested on both backends (DATABASE_BACKENDS).
 */
export function sharedTestDatabase(): Promise<Database> {
  shared ??= freshPostgresDatabase();
  return shared;
}


/** A new, empty, migrated in-memory PGlite, copied from the run's template. */
export function freshMemoryDatabase(): Promise<Database> {
  const template = readFileSync(inject('pgliteTemplate'));
  return openDatabase({ memory: true, startFrom: new Blob([template]) });
}

/** A new, empty, migrated database on the test run's PostgreSQL server. */
export async function freshPostgresDatabase(): Promise<Database> {
  return openDatabase({ url: await createPostgresDatabase() });
}

/** Creates a new, empty database on the test run's PostgreSQL server; answers its URL. */
export async function createPostgresDatabase(): Promise<string> {
  const serverUrl = inject('postgresUrl');
  const name = `test_${randomBytes(8).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  return databaseUrl(serverUrl, name);
}

/** The same server URL naming another database. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface DatabaseBackend {
  name: 'PGlite' | 'PostgreSQL';
  /** A new, empty, migrated database of this backend; the caller closes it. */
  open(): Promise<Database>;
  /**
   * Two handles on one new database, as two gateways would have: two connection pools on PostgreSQL;
   * on PGlite (one process's database) the same handle twice.
   */
  openTwo(): Promise<{ first: Database; second: Database; close(): Promise<void> }>;
}

/** For `describe.each(DATABASE_BACKENDS)`: the same tests against embedded PGlite and a real PostgreSQL. */
export const DATABASE_BACKENDS: readonly DatabaseBackend[] = [
  {
    name: 'PGlite',
    open: freshMemoryDatabase,
    async openTwo() {
      const database = await freshMemoryDatabase();
      return { first: database, second: database, close: () => database.close() };
    },
  },
  {
    name: 'PostgreSQL',
    open: freshPostgresDatabase,
    async openTwo() {
      const url = await createPostgresDatabase();
      const [first, second] = await Promise.all([openDatabase({ url }), openDatabase({ url })]);
      return { first, second, close: async () => void (await Promise.all([first.close(), second.close()])) };
    },
  },
];
