import { ACCOUNTS, companyIdOf, expect, serverListPage, signIn, test } from './fixtures.ts';

const NOT_READY = /Only checkouts that are Ready to ship/;

test('a read-only administrator sees the button disabled, with the reason', async ({ page }) => {
  await signIn(page, ACCOUNTS.reader);
  const companyId = await companyIdOf(page);
  const { data } = await serverListPage(page, companyId, 'status=readyToShip&page=1');
  await page.goto(`/companies/${companyId}/checkouts/${data[0]!.id}`);

  await expect(page.getByRole('button', { name: 'Send payment request' })).toBeDisabled();
  await expect(page.getByText(/Your role can view checkouts but not send payment requests/)).toBeVisible();
});

test('the button is disabled, with the reason, in every status but Ready to ship', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  const companyId = await companyIdOf(page);
  const statuses = ['created', 'formsFilled', 'readyToPay', 'processingPayment', 'shipped', 'paidToAccount', 'canceled', 'expired', 'denied'];
  let checked = 0;
  for (const status of statuses) {
    const { data } = await serverListPage(page, companyId, `status=${status}&page=1`);
    if (data.length === 0) continue; // the generated data may hold none in a short-lived status
    await page.goto(`/companies/${companyId}/checkouts/${data[0]!.id}`);
    await expect(page.getByRole('heading', { name: 'Order items' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send payment request' }), status).toBeDisabled();
    await expect(page.getByText(NOT_READY), status).toBeVisible();
    checked += 1;
  }
  expect(checked).toBeGreaterThanOrEqual(6);
});
