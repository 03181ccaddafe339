import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../database.ts';

let sharedMemory: Promise<Database> | undefined;

/**
 * One migrated in-memory PGlite per test worker, for tests that need a database but not an empty
 * one (the gateway's route tests): opening PGlite takes seconds, and rows of different tests never
 * meet because session ids are random.
 */
export function sharedMemoryDatabase(): Promise<Database> {
  sharedMemory ??= openDatabase({ memory: true });
  return sharedMemory;
}

/** A new, empty, migrated database on the test run's PostgreSQL server. */
export async function freshPostgresDatabase(): Promise<Database> {
  const serverUrl = inject('postgresUrl');
  const name = `test_${randomBytes(8).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  return openDatabase({ url: databaseUrl(serverUrl, name) });
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
}

/** For `describe.each(DATABASE_BACKENDS)`: the same tests against embedded PGlite and a real PostgreSQL. */
export const DATABASE_BACKENDS: readonly DatabaseBackend[] = [
  { name: 'PGlite', open: () => openDatabase({ memory: true }) },
  { name: 'PostgreSQL', open: freshPostgresDatabase },
];
