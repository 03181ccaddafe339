import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityPageSchema, revealedIdentityNumberSchema, type ActivityEntry } from '../../contract/gateway-api.ts';
import { auditEvents } from '../db/audit-table.ts';
import { SANDBOX_API_KEY } from '../../sandbox/accounts.ts';
import { COMPANY_A, COMPANY_B, IDENTITY_NUMBERS, OTHER_COMPANY_CHECKOUT, READY_CHECKOUT, SHIPPED_CHECKOUT } from '../../server/testing/gateway-test-fixture.ts';
import { startGatewayWithSandbox, type GatewayWithSandbox } from '../../server/testing/gateway-with-sandbox.ts';
import type { TestBrowser } from '../../server/testing/test-browser.ts';
import { sharedTestDatabase } from '../db/testing/test-databases.ts';

/**
 * The audit trail as the routes write it and the Activity screen reads it. One gateway for the
 * file; the shared database also holds other files' rows, so every check looks for this file's
 * own entries (by request id) or for what must never be there.
 */

let gateway: GatewayWithSandbox;
beforeAll(async () => {
  gateway = await startGatewayWithSandbox();
}, 60_000);
afterAll(() => gateway.close());

async function signedIn(email: string): Promise<TestBrowser> {
  const browser = gateway.browser();
  expect((await browser.signIn(email)).status).toBe(200);
  return browser;
}

async function activity(browser: TestBrowser, query = ''): Promise<ActivityEntry[]> {
  const response = await browser.get(`/api/activity${query}`);
  expect(response.status).toBe(200);
  return activityPageSchema.parse(await response.json()).entries;
}

/** Every entry of this request, read as a superadmin would see it. */
async function entriesOf(response: Response): Promise<ActivityEntry[]> {
  const requestId = response.headers.get('X-Request-Id');
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  const rows = await (await sharedTestDatabase()).db.select().from(auditEvents);
  const superadmin = await signedIn('superadmin@sandbox.test');
  const seen = await activity(superadmin, `?who=${encodeURIComponent(rows.find((row) => row.requestId === requestId)?.actorEmail ?? 'none')}`);
  return seen.filter((entry) => entry.requestId === requestId);
}

const paymentRequest = (browser: TestBrowser, companyId: string, checkoutId: string) =>
  browser.request('POST', `/api/companies/${companyId}/checkouts/${checkoutId}/payment-request`, { json: {} });
const reveal = (browser: TestBrowser, companyId: string, checkoutId: string) =>
  browser.request('POST', `/api/companies/${companyId}/checkouts/${checkoutId}/identity-number`, { json: {} });

describe('the audit trail', () => {
  it('records sign-in, a refused sign-in and sign-out with who, role, company, client address and request id', async () => {
    const browser = gateway.browser();
    const refused = await browser.signIn('admin@sandbox.test', 'wrong password');
    expect(await entriesOf(refused)).toEqual([
      expect.objectContaining({ action: 'sign_in_refused', outcome: 'refused', detail: 'invalid_credentials', who: { email: 'admin@sandbox.test', name: null, role: null }, companyId: null, clientAddress: 'unknown' }),
    ]);

    const signIn = await browser.signIn('admin@sandbox.test');
    expect(await entriesOf(signIn)).toEqual([
      expect.objectContaining({
        action: 'signed_in',
        outcome: 'success',
        who: { email: 'admin@sandbox.test', name: 'Anna Lindqvist', role: 'bookingsupplier-administrator-write' },
        companyId: COMPANY_A,
        checkoutId: null,
      }),
    ]);

    const signOut = await browser.request('DELETE', '/api/session');
    expect(await entriesOf(signOut)).toEqual([expect.objectContaining({ action: 'signed_out', companyId: COMPANY_A })]);
  });

  it('records a payment request with its outcome: sent, refused with BokaMera\'s message, unknown on a timeout', async () => {
    const admin = await signedIn('admin@sandbox.test');
    expect(await entriesOf(await paymentRequest(admin, COMPANY_A, READY_CHECKOUT))).toEqual([
      expect.objectContaining({ action: 'sent_payment_request', outcome: 'success', detail: null, companyId: COMPANY_A, checkoutId: READY_CHECKOUT }),
    ]);
    expect(await entriesOf(await paymentRequest(admin, COMPANY_A, SHIPPED_CHECKOUT))).toEqual([
      expect.objectContaining({ outcome: 'refused', detail: expect.stringContaining('The checkout must have status ReadyToShip'), checkoutId: SHIPPED_CHECKOUT }),
    ]);
    await gateway.sandbox.fault({ upstream: 'bokamera', path: '/sendpaymentrequest', timeout: true });
    const timedOut = await paymentRequest(admin, COMPANY_A, READY_CHECKOUT);
    expect(timedOut.status).toBe(504);
    expect(await entriesOf(timedOut)).toEqual([expect.objectContaining({ outcome: 'unknown', checkoutId: READY_CHECKOUT })]);
  });

  it("records a superadmin opening another company once per session and company, not their own", async () => {
    const superadmin = await signedIn('superadmin@sandbox.test');
    const first = await superadmin.get(`/api/companies/${COMPANY_B}/checkouts`);
    expect(await entriesOf(first)).toEqual([expect.objectContaining({ action: 'opened_company', companyId: COMPANY_B, who: expect.objectContaining({ role: 'superadmin' }) })]);
    expect(await entriesOf(await superadmin.get(`/api/companies/${COMPANY_B}/checkouts/${OTHER_COMPANY_CHECKOUT}`))).toEqual([]);
    expect(await entriesOf(await superadmin.get(`/api/companies/${COMPANY_A}/checkouts`))).toEqual([]);
  });
});

describe('identity numbers', () => {
  const fullNumbers = Object.values(IDENTITY_NUMBERS);
  const lastFour = (value: string) => value.replace(/\D/g, '').slice(-4);

  it('never leave in a list or a detail answer, only masked', async () => {
    const admin = await signedIn('admin@sandbox.test');
    const list = await (await admin.get(`/api/companies/${COMPANY_A}/checkouts`)).text();
    const detail = await (await admin.get(`/api/companies/${COMPANY_A}/checkouts/${READY_CHECKOUT}`)).text();
    for (const number of fullNumbers) {
      expect(list).not.toContain(lastFour(number));
      expect(detail).not.toContain(lastFour(number));
    }
    expect(JSON.parse(detail).customer.identityNumber).toBe('19850314-****');
  });

  it('are answered in full by the reveal, which is recorded once, without the number', async () => {
    const reader = await signedIn('reader@sandbox.test');
    const response = await reveal(reader, COMPANY_A, READY_CHECKOUT);
    expect(response.status).toBe(200);
    expect(revealedIdentityNumberSchema.parse(await response.json())).toEqual({ identityNumber: IDENTITY_NUMBERS.Åsa });
    expect(await entriesOf(response)).toEqual([
      expect.objectContaining({ action: 'revealed_identity_number', outcome: 'success', who: expect.objectContaining({ email: 'reader@sandbox.test' }), companyId: COMPANY_A, checkoutId: READY_CHECKOUT }),
    ]);
  });

  it("are not revealed from another company's checkout, nor without the same-origin JSON request", async () => {
    const admin = await signedIn('admin@sandbox.test');
    expect((await reveal(admin, COMPANY_B, OTHER_COMPANY_CHECKOUT)).status).toBe(403);
    const crossSite = await admin.request('POST', `/api/companies/${COMPANY_A}/checkouts/${READY_CHECKOUT}/identity-number`, {
      json: {},
      headers: { Origin: 'https://evil.test' },
    });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.text()).not.toContain(lastFour(IDENTITY_NUMBERS.Åsa ?? ''));
  });

  it('and tokens never appear in the audit trail', async () => {
    const rows = JSON.stringify(await (await sharedTestDatabase()).db.select().from(auditEvents));
    expect(rows).toContain('revealed_identity_number');
    for (const number of fullNumbers) expect(rows).not.toContain(number.replace(/\D/g, '').slice(-4));
    expect(rows).not.toMatch(/Bearer|eyJ/);
    expect(rows).not.toContain(SANDBOX_API_KEY);
  });
});

describe('GET /api/activity', () => {
  it("shows a company's people only their own company's entries, and refuses another company", async () => {
    const other = await signedIn('other-admin@sandbox.test'); // company B's administrator
    await paymentRequest(await signedIn('admin@sandbox.test'), COMPANY_A, READY_CHECKOUT);

    const reader = await signedIn('reader@sandbox.test');
    const readerSees = await activity(reader);
    expect(readerSees.length).toBeGreaterThan(0);
    expect(readerSees.every((entry) => entry.companyId === COMPANY_A)).toBe(true);
    expect(readerSees.some((entry) => entry.action === 'sent_payment_request')).toBe(true);
    expect((await reader.get(`/api/activity?companyId=${COMPANY_B}`)).status).toBe(403);
    expect(await activity(reader, `?who=other-admin%40sandbox.test`)).toEqual([]);

    const otherSees = await activity(other);
    expect(otherSees.some((entry) => entry.who.email === 'other-admin@sandbox.test' && entry.action === 'signed_in')).toBe(true);
    expect(otherSees.every((entry) => entry.companyId === COMPANY_B)).toBe(true);
  });

  it("shows a superadmin every company's entries, or one company's when asked", async () => {
    await signedIn('other-admin@sandbox.test');
    const superadmin = await signedIn('superadmin@sandbox.test');
    const all = await activity(superadmin);
    expect(all.some((entry) => entry.companyId === COMPANY_A)).toBe(true);
    expect(all.some((entry) => entry.companyId === COMPANY_B)).toBe(true);
    const onlyB = await activity(superadmin, `?companyId=${COMPANY_B}`);
    expect(onlyB.length).toBeGreaterThan(0);
    expect(onlyB.every((entry) => entry.companyId === COMPANY_B)).toBe(true);
  });

  it('filters by action, pages, and validates its query', async () => {
    const superadmin = await signedIn('superadmin@sandbox.test');
    const signIns = await activity(superadmin, '?action=signed_in');
    expect(signIns.length).toBeGreaterThan(0);
    expect(signIns.every((entry) => entry.action === 'signed_in')).toBe(true);
    expect(Date.parse(signIns[0]?.at ?? '')).toBeGreaterThanOrEqual(Date.parse(signIns.at(-1)?.at ?? ''));
    const page = activityPageSchema.parse(await (await superadmin.get('/api/activity?page=2')).json());
    expect(page).toMatchObject({ page: 2, pageSize: 25 });
    for (const query of ['?page=0', '?action=deleted_everything', '?companyId=../x']) {
      expect((await superadmin.get(`/api/activity${query}`)).status, query).toBe(400);
    }
    expect((await gateway.browser().get('/api/activity')).status).toBe(401);
  });
});
