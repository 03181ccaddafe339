import { expect, test } from '@playwright/test';
import { ACCOUNTS } from './fixtures.ts';
import { readyToShipCheckout, resetSandbox, sameOrigin, signedInApi, upstreamCalls } from './sandbox-control.ts';

/**
 * Authorisation at the gateway: another company's data is refused before any upstream call, and the
 * write needs the write role, also before any upstream call. A superadmin is the one exception.
 */

test.beforeEach(async ({ request }) => resetSandbox(request));
test.afterEach(async ({ request }) => resetSandbox(request));

test("an administrator is refused another company's checkouts, counts, checkout and write, with no upstream call", async ({ playwright, request, baseURL }) => {
  // The other company and one of its checkouts, as its own administrator sees them.
  const other = await playwright.request.newContext({ baseURL });
  const { companyId: otherCompany } = await signedInApi(other, baseURL, ACCOUNTS.otherAdmin);
  const otherCheckout = await readyToShipCheckout(other, otherCompany);
  await other.dispose();

  const { companyId: ownCompany } = await signedInApi(request, baseURL, ACCOUNTS.admin);
  expect(ownCompany).not.toBe(otherCompany);
  await resetSandbox(request);

  const answers = [
    await request.get(`/api/companies/${otherCompany}/checkouts?page=1`),
    await request.get(`/api/companies/${otherCompany}/checkouts/status-counts`),
    await request.get(`/api/companies/${otherCompany}/checkouts/${otherCheckout}`),
    await request.get(`/api/companies/${otherCompany.toUpperCase()}/checkouts/${otherCheckout}`),
    await request.post(`/api/companies/${otherCompany}/checkouts/${otherCheckout}/payment-request`, { headers: sameOrigin(baseURL), data: {} }),
  ];
  for (const answer of answers) {
    expect(answer.status(), answer.url()).toBe(403);
    expect(await answer.json()).toMatchObject({ error: { code: 'forbidden' } });
  }
  expect(await upstreamCalls(request), 'no upstream heard of it').toEqual([]);
});

test('a read-only user is refused the payment request before BokaMera is asked', async ({ request, baseURL }) => {
  const { companyId } = await signedInApi(request, baseURL, ACCOUNTS.reader);
  const checkoutId = await readyToShipCheckout(request, companyId);
  await resetSandbox(request);

  const answer = await request.post(`/api/companies/${companyId}/checkouts/${checkoutId}/payment-request`, { headers: sameOrigin(baseURL), data: {} });
  expect(answer.status()).toBe(403);
  expect(await answer.json()).toMatchObject({ error: { code: 'forbidden' } });
  expect(await upstreamCalls(request)).toEqual([]);
  const checkout = await request.get(`/api/companies/${companyId}/checkouts/${checkoutId}`);
  expect(await checkout.json()).toMatchObject({ status: 'readyToShip' });
});

test('a superadmin may open another company', async ({ request, baseURL }) => {
  await signedInApi(request, baseURL, ACCOUNTS.superadmin);
  const { companies } = (await (await request.get('/api/companies')).json()) as { companies: { id: string }[] };
  expect(companies.length).toBeGreaterThanOrEqual(2);
  for (const { id } of companies.slice(0, 2)) expect((await request.get(`/api/companies/${id}/checkouts?page=1`)).status()).toBe(200);
});
