import { bigint, bigserial, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * The audit trail (migration 002): one row per recorded act, never updated or deleted (a trigger
 * refuses both). No tokens and no identity numbers: who, what, where and the outcome only. `at` is
 * epoch milliseconds from the gateway's clock.
 */
export const auditEvents = pgTable('audit_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: bigint('at', { mode: 'number' }).notNull(),
  action: text('action').notNull(),
  outcome: text('outcome').notNull(),
  detail: text('detail'),
  actorEmail: text('actor_email').notNull(),
  actorName: text('actor_name'),
  actorRole: text('actor_role'),
  /** The company acted on, lower case; null when there is none (a refused sign-in). */
  companyId: text('company_id'),
  checkoutId: text('checkout_id'),
  clientAddress: text('client_address').notNull(),
  requestId: text('request_id').notNull(),
  /** Set for acts recorded once only (a superadmin opening a company, once per session). */
  dedupeKey: text('dedupe_key').unique(),
});
