import { ACCOUNTS, expect, signIn, test } from './fixtures.ts';

test('an administrator signs in and sees the company’s checkouts', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);

  await expect(page).toHaveURL(/\/companies\/[0-9a-f-]{36}\/checkouts/);
  const table = page.getByRole('table', { name: 'Checkouts' });
  await expect(table).toBeVisible();
  for (const header of ['Status', 'Customer', 'Amount', 'Created']) {
    await expect(table.getByRole('columnheader', { name: header })).toBeVisible();
  }
  // The first page of the sandbox's generated data: Payson pages hold 20 checkouts.
  await expect(table.getByRole('row')).toHaveCount(21);
  await expect(page.getByText('admin@sandbox.test')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test('signing out returns to sign-in and the list is no longer reachable', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();
  const listUrl = page.url();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

  await page.goto(listUrl);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});
