import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { AuditAction, AuditOutcome } from '../../contract/gateway-api.ts';
import { auditEvents } from '../db/audit-table.ts';
import type { Db } from '../db/database.ts';

/** One recorded act. Never a token or an identity number: the caller passes only these fields. */
export interface AuditEvent {
  at: number;
  action: AuditAction;
  outcome: AuditOutcome;
  /** Why it was refused (e.g. BokaMera's message). */
  detail?: string | undefined;
  actor: { email: string; name?: string | undefined; role?: string | undefined };
  companyId?: string | undefined;
  checkoutId?: string | undefined;
  clientAddress: string;
  requestId: string;
  /** Records the act only once per key (a second insert with the same key is a no-op). */
  dedupeKey?: string | undefined;
}

export type AuditRow = typeof auditEvents.$inferSelect;

/** Appends one entry; the only write the gateway makes to the audit trail. */
export async function recordAuditEvent(db: Db, event: AuditEvent): Promise<void> {
  await db
    .insert(auditEvents)
    .values({
      at: event.at,
      action: event.action,
      outcome: event.outcome,
      detail: event.detail ?? null,
      actorEmail: event.actor.email.toLowerCase(),
      actorName: event.actor.name ?? null,
      actorRole: event.actor.role ?? null,
      companyId: event.companyId?.toLowerCase() ?? null,
      checkoutId: event.checkoutId?.toLowerCase() ?? null,
      clientAddress: event.clientAddress,
      requestId: event.requestId,
      dedupeKey: event.dedupeKey ?? null,
    })
    .onConflictDoNothing({ target: auditEvents.dedupeKey });
}

export interface ActivityQuery {
  /** Only this company's entries; undefined for every company (superadmins only — the route decides). */
  companyId: string | undefined;
  action?: AuditAction | undefined;
  /** The person's email. */
  who?: string | undefined;
  /** 1-based. */
  page: number;
  pageSize: number;
}

/** A page of entries, newest first, and how many match in all. */
export async function queryActivity(db: Db, query: ActivityQuery): Promise<{ rows: AuditRow[]; total: number }> {
  const conditions: SQL[] = [];
  if (query.companyId !== undefined) conditions.push(eq(auditEvents.companyId, query.companyId.toLowerCase()));
  if (query.action) conditions.push(eq(auditEvents.action, query.action));
  if (query.who) conditions.push(eq(auditEvents.actorEmail, query.who.trim().toLowerCase()));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(auditEvents).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}
