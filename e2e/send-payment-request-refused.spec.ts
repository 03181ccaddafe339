import type { Page } from '@playwright/test';
import { ACCOUNTS, companyIdOf, expect, paymentRequestsIn, serverListPage, signIn, test } from './fixtures.ts';
import { addFault, resetSandbox, upstreamCalls } from './sandbox-control.ts';

// Each refusal below is an HTTP error the browser reports on the console; that is the point here.
test.use({ allowConsoleErrors: [/status of (403|409|500|502|504)/] });

async function openFirstReadyToShip(page: Page): Promise<string> {
  const companyId = await companyIdOf(page);
  const { data } = await serverListPage(page, companyId, 'status=readyToShip&page=1');
  const checkoutId = data[0]!.id;
  await page.goto(`/companies/${companyId}/checkouts/${checkoutId}`);
  await expect(page.getByRole('button', { name: 'Send payment request' })).toBeEnabled();
  return checkoutId;
}

async function confirmSend(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Send payment request' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Send payment request' }).click();
}

/** The status the open checkout shows (the list beside it shows statuses too). */
function detailStatus(page: Page) {
  return page.getByRole('article', { name: /^Checkout / }).getByText(/^(Ready to ship|Shipped)$/).first();
}

test.beforeEach(async ({ page }) => {
  await resetSandbox(page.request);
  await signIn(page, ACCOUNTS.admin);
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();
});

test('a checkout shipped meanwhile shows BokaMera’s message and then its fresh status', async ({ page }) => {
  const checkoutId = await openFirstReadyToShip(page);
  const companyId = await companyIdOf(page);
  const origin = new URL(page.url()).origin;
  const behindTheBack = await page.request.post(`/api/companies/${companyId}/checkouts/${checkoutId}/payment-request`, {
    data: {},
    headers: { origin, 'content-type': 'application/json' },
  });
  expect(behindTheBack.ok()).toBe(true);

  await confirmSend(page);
  await expect(page.getByRole('alert')).toContainText('ReadyToShip');
  await expect(detailStatus(page)).toHaveText('Shipped');
});

for (const status of [403, 500]) {
  test(`BokaMera answering ${status} ends in a clear message and the true status`, async ({ page }) => {
    await openFirstReadyToShip(page);
    await addFault(page.request, { upstream: 'bokamera', status, path: 'sendpaymentrequest' });
    const before = paymentRequestsIn(await upstreamCalls(page.request)).length;

    await confirmSend(page);
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page.getByRole('alert')).not.toBeEmpty();
    await expect(detailStatus(page)).toHaveText('Ready to ship');
    // Never retried by itself: the one failed call is all BokaMera saw.
    expect(paymentRequestsIn(await upstreamCalls(page.request)).length - before).toBe(1);
  });
}

test('a dropped connection says the outcome is unknown and re-reads the checkout', async ({ page }) => {
  const checkoutId = await openFirstReadyToShip(page);
  await addFault(page.request, { upstream: 'bokamera', drop: true, path: 'sendpaymentrequest' });
  const before = await upstreamCalls(page.request);

  await confirmSend(page);
  await expect(page.getByRole('alert')).toContainText(/couldn.t confirm|unknown/i);
  await expect(detailStatus(page)).toHaveText('Ready to ship');

  const after = (await upstreamCalls(page.request)).slice(before.length);
  expect(paymentRequestsIn(after)).toHaveLength(1);
  // The checkout was read again from Payson after the unknown outcome.
  expect(after.some((call) => call.upstream === 'payson' && call.method === 'GET' && call.path.includes(checkoutId))).toBe(true);
});
