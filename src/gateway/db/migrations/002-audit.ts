import type { Migration } from './migration.ts';

/**
 * The audit trail. Append-only by the database itself: a trigger refuses UPDATE, DELETE and
 * TRUNCATE, so not even a bug in the gateway (or someone with its credentials) rewrites history.
 */
export const auditMigration: Migration = {
  version: 2,
  name: 'audit',
  statements: [
    `create table audit_events (
      id bigserial primary key,
      at bigint not null,
      action text not null,
      outcome text not null,
      detail text,
      actor_email text not null,
      actor_name text,
      actor_role text,
      company_id text,
      checkout_id text,
      client_address text not null,
      request_id text not null,
      dedupe_key text unique
    )`,
    // The Activity screen: newest first, within a company, by person or by action.
    'create index audit_events_company_id on audit_events (company_id, id desc)',
    'create index audit_events_actor_email on audit_events (actor_email, id desc)',
    `create function audit_events_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_events is append-only';
    end
    $$`,
    `create trigger audit_events_append_only before update or delete on audit_events
      for each row execute function audit_events_refuse_change()`,
    `create trigger audit_events_no_truncate before truncate on audit_events
      for each statement execute function audit_events_refuse_change()`,
  ],
};
