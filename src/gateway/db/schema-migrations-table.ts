import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Which migrations this database has had; written only by `runMigrations`. */
export const schemaMigrations = pgTable('schema_migrations', {
  version: integer('version').primaryKey(),
  name: text('name').notNull(),
  appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
});
