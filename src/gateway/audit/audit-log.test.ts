import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../db/audit-table.ts';
import type { Database } from '../db/database.ts';
import { DATABASE_BACKENDS } from '../db/testing/test-databases.ts';
import { queryActivity, recordAuditEvent, type AuditEvent } from './audit-log.ts';

const COMPANY_A = 'AAAAAAAA-0000-4000-8000-000000000001';
const COMPANY_B = 'bbbbbbbb-0000-4000-8000-000000000002';

function event(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    at: 1_000,
    action: 'signed_in',
    outcome: 'success',
    actor: { email: 'Anna@Test.se', name: 'Anna Admin', role: 'bookingsupplier-administrator-write' },
    companyId: COMPANY_A,
    clientAddress: '192.0.2.1',
    requestId: 'req-1',
    ...overrides,
  };
}

describe.each(DATABASE_BACKENDS)('the audit log on $name', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await backend.open();
    await recordAuditEvent(database.db, event({ at: 1_000, requestId: 'r1' }));
    await recordAuditEvent(database.db, event({ at: 2_000, requestId: 'r2', action: 'sent_payment_request', outcome: 'refused', detail: 'Not ready', checkoutId: 'C1' }));
    await recordAuditEvent(database.db, event({ at: 3_000, requestId: 'r3', actor: { email: 'bo@test.se' }, companyId: COMPANY_B }));
    await recordAuditEvent(database.db, event({ at: 4_000, requestId: 'r4', action: 'sign_in_refused', outcome: 'refused', actor: { email: 'x@test.se' }, companyId: undefined }));
  }, 60_000);
  afterAll(() => database.close());

  it('answers newest first, every company when not scoped, with the count', async () => {
    const { rows, total } = await queryActivity(database.db, { companyId: undefined, page: 1, pageSize: 10 });
    expect(rows.map((row) => row.requestId)).toEqual(['r4', 'r3', 'r2', 'r1']);
    expect(total).toBe(4);
    expect(rows[2]).toMatchObject({
      at: 2_000,
      action: 'sent_payment_request',
      outcome: 'refused',
      detail: 'Not ready',
      actorEmail: 'anna@test.se',
      actorName: 'Anna Admin',
      companyId: COMPANY_A.toLowerCase(),
      checkoutId: 'c1',
      clientAddress: '192.0.2.1',
    });
  });

  it("scopes to one company (in any letter case), never showing another company's or company-less entries", async () => {
    const { rows, total } = await queryActivity(database.db, { companyId: COMPANY_A.toLowerCase(), page: 1, pageSize: 10 });
    expect(rows.map((row) => row.requestId)).toEqual(['r2', 'r1']);
    expect(total).toBe(2);
  });

  it('filters by action and by person, and pages', async () => {
    expect((await queryActivity(database.db, { companyId: undefined, action: 'sent_payment_request', page: 1, pageSize: 10 })).rows.map((row) => row.requestId)).toEqual(['r2']);
    expect((await queryActivity(database.db, { companyId: undefined, who: ' ANNA@test.se ', page: 1, pageSize: 10 })).rows.map((row) => row.requestId)).toEqual(['r2', 'r1']);
    const second = await queryActivity(database.db, { companyId: undefined, page: 2, pageSize: 3 });
    expect(second.rows.map((row) => row.requestId)).toEqual(['r1']);
    expect(second.total).toBe(4);
  });

  it('records an act with a dedupe key once only', async () => {
    const once = event({ action: 'opened_company', companyId: 'cccccccc-0000-4000-8000-000000000003', dedupeKey: 'k1' });
    await recordAuditEvent(database.db, once);
    await recordAuditEvent(database.db, { ...once, requestId: 'again' });
    const { total } = await queryActivity(database.db, { companyId: 'cccccccc-0000-4000-8000-000000000003', page: 1, pageSize: 10 });
    expect(total).toBe(1);
  });

  it('is append-only: the database refuses to update, delete or truncate entries', async () => {
    await expect(database.db.update(auditEvents).set({ outcome: 'success' })).rejects.toThrow();
    await expect(database.db.delete(auditEvents)).rejects.toThrow();
    await expect(database.db.execute(sql`truncate audit_events`)).rejects.toThrow();
    const { rows } = await queryActivity(database.db, { companyId: undefined, page: 1, pageSize: 10 });
    expect(rows.find((row) => row.requestId === 'r2')?.outcome).toBe('refused');
    expect(rows).toHaveLength(5);
  });
});
