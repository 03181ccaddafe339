import { ACCOUNTS, companyIdOf, expect, serverListPage, signIn, test } from './fixtures.ts';

test('paging forward and back walks the server’s pages', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  const table = page.getByRole('table', { name: 'Checkouts' });
  const companyId = await companyIdOf(page);
  const first = await serverListPage(page, companyId, 'page=1');
  const second = await serverListPage(page, companyId, 'page=2');
  const last = first.totalPages;

  await expect(page.getByText(`Page 1 of ${last}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Previous page' })).toBeDisabled();
  await expect(table).toContainText(first.data[0]!.id.slice(0, 8));

  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(`Page 2 of ${last}`)).toBeVisible();
  await expect(table).toContainText(second.data[0]!.id.slice(0, 8));
  await expect(table).not.toContainText(first.data[0]!.id.slice(0, 8));

  await page.getByRole('button', { name: 'Previous page' }).click();
  await expect(page.getByText(`Page 1 of ${last}`)).toBeVisible();
  await expect(table).toContainText(first.data[0]!.id.slice(0, 8));

  await page.getByRole('button', { name: 'Last page' }).click();
  await expect(page.getByText(`Page ${last} of ${last}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();

  await page.getByRole('button', { name: 'First page' }).click();
  await expect(page.getByText(`Page 1 of ${last}`)).toBeVisible();
});
