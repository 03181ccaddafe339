import type { CheckoutListRow } from '../src/contract/checkout-search.ts';
import { ACCOUNTS, companyIdOf, expect, signIn, test } from './fixtures.ts';
import { waitForIndexReady } from './index-ready.ts';

/** Issue 13: superadmins' "All companies", every company's checkouts in one list. */

interface SearchPage {
  totalCount: number;
  data: CheckoutListRow[];
}

test('a superadmin lists every company’s checkouts, searches across them and opens one under its own company', async ({ page }) => {
  // Every company's first pass starts when a superadmin first opens All companies.
  test.setTimeout(90_000);
  await signIn(page, ACCOUNTS.superadmin);
  const ownCompany = await companyIdOf(page);
  const table = page.getByRole('table', { name: 'Checkouts' });
  await expect(table).toBeVisible();

  const switcher = page.getByRole('combobox', { name: 'Company' });
  await expect(switcher.getByRole('option').first()).toHaveText('All companies');
  await switcher.selectOption({ label: 'All companies' });
  await expect(page).toHaveURL(/\/companies\/all\/checkouts$/);
  await expect(page.getByRole('banner').getByRole('combobox', { name: 'Company' })).toHaveValue('all');
  await waitForIndexReady(page, 'all');
  await expect(table.getByRole('columnheader', { name: 'Company' })).toBeVisible();

  // The gateway's all-companies list holds rows of more than one company; the screen names them.
  const response = await page.request.get('/api/companies/all/checkouts?pageSize=100');
  expect(response.ok()).toBe(true);
  const all = (await response.json()) as SearchPage;
  const companies = new Map(all.data.map((row) => [row.companyId!, row.companyName!]));
  expect(companies.size).toBeGreaterThan(1);
  const other = all.data.find((row) => row.companyId !== ownCompany && row.customer?.lastName);
  expect(other, 'a checkout of another company with a customer name').toBeTruthy();
  await expect(page.getByText(`${all.totalCount.toLocaleString('en-GB')} checkouts`, { exact: true })).toBeVisible();

  // Searching finds the other company's checkout by its customer's name, with its company named.
  await page.getByRole('searchbox', { name: 'Search checkouts' }).fill(other!.customer!.lastName!);
  await expect(page).toHaveURL(/[?&]q=/);
  const row = table.getByRole('row').filter({ has: page.locator(`a[href*="${other!.id}"]`) }).first();
  await expect(row).toContainText(other!.companyName!);

  // Its link opens it under its own company, not under "all".
  const link = row.getByRole('link', { name: other!.id.slice(0, 8) });
  await expect(link).toHaveAttribute('href', `/companies/${other!.companyId}/checkouts/${other!.id}`);
  await link.click({ noWaitAfter: true });
  await expect(page).toHaveURL(new RegExp(`/companies/${other!.companyId}/checkouts/${other!.id}`));
  await expect(page.getByRole('heading', { name: 'Order items' })).toBeVisible();
});

test.describe('an administrator', () => {
  test('is not offered All companies and is refused its address', async ({ page }) => {
    await signIn(page, ACCOUNTS.admin);
    await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();
    await expect(page.getByRole('option', { name: 'All companies' })).toHaveCount(0);

    await page.goto('/companies/all/checkouts');
    await expect(page.getByRole('heading', { name: 'You don’t have access to this company' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Checkouts' })).toHaveCount(0);
  });
});
