import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openDatabase, rawRows, type Database } from './database.ts';
import { runMigrations } from './migrate.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { schemaMigrations } from './schema-migrations-table.ts';
import { DATABASE_BACKENDS, databaseUrl } from './testing/test-databases.ts';

const opened: Database[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.close()));
});

async function track(database: Promise<Database>): Promise<Database> {
  opened.push(await database);
  return opened[opened.length - 1]!;
}

describe.each(DATABASE_BACKENDS)('migrations on $name', (backend) => {
  it('brings a new database to the latest schema on open, and a second run applies nothing', async () => {
    const { db } = await track(backend.open());
    const versions = (await db.select().from(schemaMigrations)).map((row) => row.version);
    expect(versions).toEqual(MIGRATIONS.map((migration) => migration.version));
    expect(await runMigrations(db, MIGRATIONS)).toEqual([]);
  });

  it('applies only the new ones, in order, and rolls back a failing one completely', async () => {
    const { db } = await track(backend.open());
    const next = Math.max(...MIGRATIONS.map((migration) => migration.version)) + 1;
    const good = { version: next, name: 'good', statements: ['create table migration_probe (id integer)'] };
    const bad = { version: next + 1, name: 'bad', statements: ['create table half_done (id integer)', 'select no_such_function()'] };
    await expect(runMigrations(db, [...MIGRATIONS, bad, good])).rejects.toThrow();
    expect((await db.select().from(schemaMigrations)).map((row) => row.version)).not.toContain(next);
    expect(await runMigrations(db, [...MIGRATIONS, good])).toEqual([next]);
    const tables = await rawRows(db, sql`select table_name from information_schema.tables where table_name in ('migration_probe', 'half_done')`);
    expect(tables).toEqual([{ table_name: 'migration_probe' }]);
  });
});

describe('migrations on PostgreSQL with two gateways starting at once', () => {
  it('runs each migration once: the second waits for the first and finds the schema done', async () => {
    const serverUrl = inject('postgresUrl');
    const name = `test_${randomBytes(8).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();

    // Each migration's `create table` has no "if not exists": running one twice would throw.
    const url = databaseUrl(serverUrl, name);
    const [first] = await Promise.all([track(openDatabase({ url })), track(openDatabase({ url })), track(openDatabase({ url }))]);
    const rows = await first.db.select().from(schemaMigrations);
    expect(rows.map((row) => row.version)).toEqual(MIGRATIONS.map((migration) => migration.version));
  });
});
