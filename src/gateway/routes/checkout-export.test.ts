import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMPANY_A, COMPANY_A_NAME, COMPANY_B, COMPANY_B_NAME, IDENTITY_NUMBERS } from '../../server/testing/gateway-test-fixture.ts';
import { startGatewayWithSandbox, type GatewayWithSandbox } from '../../server/testing/gateway-with-sandbox.ts';
import type { TestBrowser } from '../../server/testing/test-browser.ts';
import type { CheckoutIndexing } from '../checkout-index/checkout-indexing.ts';
import { clearIndex, putIndexRows, setIndexPhase, type TestRow } from '../checkout-index/testing/index-rows.ts';
import { auditEvents } from '../db/audit-table.ts';
import { sharedTestDatabase } from '../db/testing/test-databases.ts';
import { EXPORT_BATCH_ROWS } from './checkout-export.ts';

const indexing: CheckoutIndexing = { ensureIndexing: () => {}, refreshNow: async () => {}, recordCheckout: async () => {}, stop: async () => {} };

const JAN = Date.UTC(2026, 0, 15, 8, 30); // 09:30 in Stockholm
const JULY = Date.UTC(2026, 6, 1, 12); // 14:00 in Stockholm
const HEADER = 'Checkout id,Status,Created,Last change,Customer,E-mail,Customer type,Amount,Currency,Merchant reference,Purchase id';
const ROWS: TestRow[] = [
  { companyId: COMPANY_A, checkoutId: 'a1000000-0000-4000-8000-000000000001', status: 'readyToShip', firstName: 'Åsa', lastName: 'Östlund', email: 'asa@kund.se', amount: 1234.5, reference: 'BK-1', purchaseId: '3001', createdAt: JAN, lastChangeAt: JULY },
  // Upstream text that is CSV syntax or a spreadsheet formula.
  { companyId: COMPANY_A, checkoutId: 'a2000000-0000-4000-8000-000000000002', status: 'shipped', firstName: '=HYPERLINK("http://evil.test")', lastName: 'Berg, "Jr"', email: '@attacker.test', amount: 99, reference: '+46 70 123', purchaseId: '-5', createdAt: JAN + 1000, type: 'business' },
  { companyId: COMPANY_A, checkoutId: 'a3000000-0000-4000-8000-000000000003', status: 'shipped', firstName: 'Erik', lastName: 'Lind\nRad två', email: null, amount: null, currency: null, reference: null, createdAt: null },
  { companyId: COMPANY_B, checkoutId: 'b1000000-0000-4000-8000-000000000001', status: 'shipped', firstName: 'Lisa', lastName: 'Östlund', amount: 300, createdAt: JULY },
];

let gateway: GatewayWithSandbox;
let admin: TestBrowser;

beforeEach(async () => {
  const { db } = await sharedTestDatabase();
  await clearIndex(db);
  await putIndexRows(db, ROWS);
  gateway = await startGatewayWithSandbox({}, { index: indexing });
  admin = gateway.browser();
  await admin.signIn('admin@sandbox.test');
});
afterEach(() => gateway.close());

const exportOf = (query = '', browser = admin, company = COMPANY_A) => browser.get(`/api/companies/${company}/checkouts/export.csv${query}`);
const lines = (csv: string) => csv.split('\r\n').slice(0, -1);

describe('GET /api/companies/:companyId/checkouts/export.csv', () => {
  it('downloads every matching checkout as CSV with a header row, times with their offset, amounts as plain numbers', async () => {
    const response = await exportOf('?q=ostlund');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="checkouts-${COMPANY_A}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-total-count')).toBe('1');
    const csv = await response.text();
    // No byte-order mark: the first bytes are the first column's name.
    expect(csv.startsWith('Checkout id,')).toBe(true);
    expect(lines(csv)).toEqual([
      HEADER,
      'a1000000-0000-4000-8000-000000000001,readyToShip,2026-01-15T09:30:00+01:00,2026-07-01T14:00:00+02:00,Åsa Östlund,asa@kund.se,person,1234.5,SEK,BK-1,3001',
    ]);
  });

  it('quotes CSV syntax and neutralises spreadsheet formulas in upstream text', async () => {
    const csv = await (await exportOf('?sort=created&dir=asc')).text();
    expect(csv.split('\r\n')).toContain(
      `a2000000-0000-4000-8000-000000000002,shipped,2026-01-15T09:30:01+01:00,,"'=HYPERLINK(""http://evil.test"") Berg, ""Jr""",'@attacker.test,business,99,SEK,'+46 70 123,'-5`,
    );
    // A line break inside a name stays inside its quoted cell; a missing time, amount or currency is an empty cell.
    expect(csv).toContain('\r\na3000000-0000-4000-8000-000000000003,shipped,,,"Erik Lind\nRad två",,person,,,,\r\n');
  });

  it('has exactly as many rows as the filter counts in the list, across many batches, each once', async () => {
    const many: TestRow[] = Array.from({ length: EXPORT_BATCH_ROWS * 2 + 37 }, (_, n) => ({
      companyId: COMPANY_A,
      checkoutId: `c${String(n).padStart(7, '0')}-0000-4000-8000-000000000000`,
      status: n % 3 === 0 ? 'readyToShip' : 'canceled',
      createdAt: JAN + (n % 50) * 1000,
    }));
    await putIndexRows((await sharedTestDatabase()).db, many);
    const query = '?status=readyToShip&status=shipped&sort=created&dir=asc';
    const list = (await (await admin.get(`/api/companies/${COMPANY_A}/checkouts${query}`)).json()) as { totalCount: number };
    const response = await exportOf(query);
    const rows = lines(await response.text()).slice(1);
    expect(rows).toHaveLength(list.totalCount);
    expect(response.headers.get('x-total-count')).toBe(String(list.totalCount));
    expect(list.totalCount).toBe(Math.ceil(many.length / 3) + 3);
    expect(new Set(rows.map((row) => row.split(',')[0])).size).toBe(rows.length);
    // In the list's order: creation time, ties by checkout id.
    const created = rows.map((row) => row.split(',')[2] ?? '');
    expect([...created].sort()).toEqual(created);
  });

  it('is recorded in the audit trail with the filter and the row count', async () => {
    await exportOf('?q=ostlund&status=readyToShip&page=3');
    const { db } = await sharedTestDatabase();
    const [entry] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'exported_data'), eq(auditEvents.companyId, COMPANY_A)));
    expect(entry).toMatchObject({ outcome: 'success', actorEmail: 'admin@sandbox.test', detail: '1 row as CSV; filter q=ostlund&status=readyToShip' });
  });

  it('never holds an identity number', async () => {
    const csv = await (await exportOf()).text();
    for (const number of Object.values(IDENTITY_NUMBERS)) expect(csv).not.toContain(number);
  });

  it('answers 409 index_not_ready until the first pass is done, and 403 for another company', async () => {
    await setIndexPhase((await sharedTestDatabase()).db, COMPANY_A, 'first-pass');
    const response = await exportOf();
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: { code: 'conflict', reason: 'index_not_ready' } });
    expect((await exportOf('', admin, COMPANY_B)).status).toBe(403);
    expect((await exportOf('', admin, 'all')).status).toBe(403);
  });

  it('for a superadmin, exports every company with a Company column', async () => {
    const superadmin = gateway.browser();
    await superadmin.signIn('superadmin@sandbox.test');
    const response = await exportOf('?q=ostlund', superadmin, 'all');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/filename="checkouts-all-companies-/);
    const csv = lines(await response.text());
    expect(csv[0]).toBe(`${HEADER},Company`);
    expect(csv.slice(1).map((line) => [line.split(',')[0], line.split(',').at(-1)])).toEqual([
      ['b1000000-0000-4000-8000-000000000001', COMPANY_B_NAME],
      ['a1000000-0000-4000-8000-000000000001', COMPANY_A_NAME],
    ]);
  });
});
