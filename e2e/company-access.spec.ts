import type { Page } from '@playwright/test';
import { ACCOUNTS, companyIdOf, expect, signIn, test } from './fixtures.ts';

/** The second company, as other-admin sees it after signing in. */
async function secondCompanyId(page: Page): Promise<string> {
  await signIn(page, ACCOUNTS.otherAdmin);
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();
  const id = await companyIdOf(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  return id;
}

test.describe('an administrator is refused another company', () => {
  // The refused list request (403) is reported on the console by the browser.
  test.use({ allowConsoleErrors: [/status of 403/] });

  test('with a clear page, and nothing of that company is fetched', async ({ page }) => {
    const otherCompany = await secondCompanyId(page);
    await signIn(page, ACCOUNTS.admin);
    await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();
    const ownCompany = await companyIdOf(page);
    const before = (await (await page.request.get('/__sandbox/requests')).json()) as { requests: unknown[] };

    await page.goto(`/companies/${otherCompany}/checkouts`);
    await expect(page.getByRole('heading', { name: 'You don’t have access to this company' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Checkouts' })).toHaveCount(0);

    const after = (await (await page.request.get('/__sandbox/requests')).json()) as { requests: { upstream: string }[] };
    const newCalls = after.requests.slice(before.requests.length);
    expect(newCalls.filter((call) => call.upstream === 'payson')).toEqual([]);

    await page.getByRole('link', { name: 'Go to your company’s checkouts' }).click();
    await expect(page).toHaveURL(new RegExp(`/companies/${ownCompany}/checkouts`));
  });
});

test('a superadmin switches company and sees its name and checkouts', async ({ page }) => {
  const otherCompany = await secondCompanyId(page);
  await signIn(page, ACCOUNTS.superadmin);
  const table = page.getByRole('table', { name: 'Checkouts' });
  await expect(table).toBeVisible();
  const firstRowBefore = await table.getByRole('row').nth(1).textContent();

  const switcher = page.getByLabel('Company', { exact: true });
  await switcher.selectOption(otherCompany);
  await expect(page).toHaveURL(new RegExp(`/companies/${otherCompany}/checkouts`));
  const name = await switcher.locator('option:checked').textContent();
  expect(name).toBeTruthy();
  await expect(page.getByRole('banner')).toContainText(name!);
  await expect(table.getByRole('row').nth(1)).not.toHaveText(firstRowBefore!);
});

test('a read-only administrator sees the list', async ({ page }) => {
  await signIn(page, ACCOUNTS.reader);
  const table = page.getByRole('table', { name: 'Checkouts' });
  await expect(table.getByRole('row')).toHaveCount(21);
  await expect(page.getByRole('banner')).toContainText('Read-only administrator');
});
