import { ACCOUNTS, companyIdOf, expect, serverListPage, signIn, test } from './fixtures.ts';

test('the column choice survives a reload', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  const table = page.getByRole('table', { name: 'Checkouts' });
  await expect(table.getByRole('columnheader', { name: 'Email' })).toBeVisible();

  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Email' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(table.getByRole('columnheader', { name: 'Email' })).toHaveCount(0);

  await page.reload();
  await expect(table.getByRole('columnheader', { name: 'Customer' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Email' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Email' }).check();
  await page.keyboard.press('Escape');
  await expect(table.getByRole('columnheader', { name: 'Email' })).toBeVisible();
});

test('a checkout is found by its id, and a partial id is explained', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  const companyId = await companyIdOf(page);
  const { data } = await serverListPage(page, companyId, 'status=paidToAccount&page=3');
  const wanted = data[0]!.id;
  const find = page.getByRole('searchbox', { name: 'Find checkout by id' });

  await find.fill(wanted.slice(0, 8));
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  await expect(page.getByText(/Enter a full checkout id/)).toBeVisible();
  await expect(find).toHaveValue(wanted.slice(0, 8));

  await find.fill(wanted);
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/checkouts/${wanted}`));
  await expect(page.getByRole('article', { name: /^Checkout / })).toContainText(wanted);
  await expect(page.getByRole('heading', { name: 'Order items' })).toBeVisible();
});
