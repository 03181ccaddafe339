import { ACCOUNTS, statusFilter, companyIdOf, expect, serverListPage, signIn, test } from './fixtures.ts';

const LABELS = {
  created: 'Created',
  formsFilled: 'Forms filled',
  readyToPay: 'Ready to pay',
  processingPayment: 'Processing payment',
  readyToShip: 'Ready to ship',
  shipped: 'Shipped',
  paidToAccount: 'Paid to account',
  canceled: 'Canceled',
  expired: 'Expired',
  denied: 'Denied',
} as const;

const formatCount = (count: number) => new Intl.NumberFormat('en-GB').format(count);

test('filtering by each status shows only that status and the server’s count', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  const table = page.getByRole('table', { name: 'Checkouts' });
  await expect(table).toBeVisible();
  const companyId = await companyIdOf(page);
  const filter = statusFilter(page);
  await expect(filter.getByRole('option', { name: /^All/ })).toHaveCount(1);

  for (const [status, label] of Object.entries(LABELS)) {
    const server = await serverListPage(page, companyId, `status=${status}&page=1`);
    await filter.selectOption(status);
    await expect(page).toHaveURL(new RegExp(`status=${status}`));
    await expect(filter.getByRole('option', { name: `${label} (${formatCount(server.totalCount)})` })).toHaveCount(1);

    const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
    if (server.totalCount === 0) {
      await expect(page.getByText(/^No .*checkouts/)).toBeVisible();
      continue;
    }
    await expect(page.getByText(`${formatCount(server.totalCount)} checkout${server.totalCount === 1 ? '' : 's'}`, { exact: true })).toBeVisible();
    await expect(rows).toHaveCount(server.data.length);
    for (const row of await rows.all()) await expect(row).toContainText(label);
  }
});

test('“All” lists every status again', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  const filter = statusFilter(page);
  await filter.selectOption('readyToShip');
  await expect(page).toHaveURL(/status=readyToShip/);
  await filter.selectOption('');
  await expect(page).not.toHaveURL(/status=/);
  await expect(page.getByText(/^5,000 checkouts$/)).toBeVisible();
});
