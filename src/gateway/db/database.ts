import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { runMigrations } from './migrate.ts';
import { MIGRATIONS } from './migrations/index.ts';
import * as schema from './schema.ts';

/** The query builder over either backend: the same calls, the same SQL. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  /** Embedded PGlite (one process) or a PostgreSQL server (any number of gateways). */
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** PGlite only: the whole database as a file, to open copies of it (tests). */
  dump?: () => Promise<Blob | File>;
}

/**
 * Where the data lives: a PostgreSQL server (`postgres://…`), an embedded PGlite folder, or an
 * in-memory PGlite that vanishes with the process (unit tests).
 */
export type DatabaseLocation = { url: string } | { dataDir: string } | { memory: true; startFrom?: Blob };

/** Most requests touch the database once or twice; ten connections per gateway leave room for peers. */
const POOL_SIZE = 10;

/** Opens the database and brings its schema up to date before anything else uses it. */
export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  const database = 'url' in location ? openPostgres(location.url) : await openPglite(location);
  try {
    await runMigrations(database.db, MIGRATIONS);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  // An idle connection the server drops (restart, failover) must not crash the gateway; the pool
  // replaces it and the next query fails or succeeds on its own.
  pool.on('error', () => {});
  return { db: drizzleNodePostgres(pool, { schema }), kind: 'postgres', close: () => pool.end() };
}

/** Contrib extensions the migrations create: `pg_trgm` for the index's search (migration 006). */
const PGLITE_EXTENSIONS = { pg_trgm };

async function openPglite(location: { dataDir: string } | { memory: true; startFrom?: Blob }): Promise<Database> {
  let client: PGlite;
  if ('dataDir' in location) {
    mkdirSync(location.dataDir, { recursive: true, mode: 0o700 });
    client = new PGlite(join(location.dataDir, 'pglite'), { extensions: PGLITE_EXTENSIONS });
  } else {
    // Starting from a dump (`dumpPglite`) skips initdb, which is most of the seconds PGlite takes to open.
    client = new PGlite(location.startFrom ? { loadDataDir: location.startFrom, extensions: PGLITE_EXTENSIONS } : { extensions: PGLITE_EXTENSIONS });
  }
  await client.waitReady;
  return { db: drizzlePglite(client, { schema }), kind: 'pglite', close: () => client.close(), dump: () => client.dumpDataDir('none') };
}

/** The rows of a raw SQL statement (`db.execute`); both drivers answer `{ rows }`. */
export async function rawRows<Row>(db: Pick<Db, 'execute'>, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as { rows: Row[] };
  return result.rows;
}
