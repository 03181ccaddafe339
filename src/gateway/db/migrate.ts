import { sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import type { Migration } from './migrations/migration.ts';
import { schemaMigrations } from './schema-migrations-table.ts';

/**
 * An arbitrary constant naming "the migration lock" among PostgreSQL's advisory locks; any other
 * user of advisory locks in this database must pick another number.
 */
const MIGRATION_LOCK_KEY = 6_020_412_110_001;

/**
 * Applies the migrations this database has not had yet, in version order, in one transaction that
 * first takes an advisory lock: a second gateway starting at the same moment waits for the first
 * to finish, then finds everything applied and does nothing. A failing migration rolls back all.
 * Returns the versions it applied.
 */
export async function runMigrations(db: Db, migrations: readonly Migration[]): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw(`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`));
    await tx.execute(
      sql.raw(`create table if not exists schema_migrations (
        version integer primary key,
        name text not null,
        applied_at timestamptz not null default now()
      )`),
    );
    const applied = new Set((await tx.select({ version: schemaMigrations.version }).from(schemaMigrations)).map((row) => row.version));
    const pending = [...migrations].filter((migration) => !applied.has(migration.version)).sort((a, b) => a.version - b.version);
    for (const migration of pending) {
      for (const statement of migration.statements) await tx.execute(sql.raw(statement));
      await tx.insert(schemaMigrations).values({ version: migration.version, name: migration.name });
    }
    return pending.map((migration) => migration.version);
  });
}
