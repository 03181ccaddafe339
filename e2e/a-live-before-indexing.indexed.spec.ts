import { ACCOUNTS, companyIdOf, expect, signIn, test } from './fixtures.ts';
import { addFault, clearFaults } from './sandbox-control.ts';

/**
 * Before a company's first pass is done the list is Payson's own, live, and says search is not
 * ready yet. It needs a company nobody opened yet in this server's life: this file's name puts it
 * first in the `indexed` project, and it takes the second company (the other administrator's),
 * whose first pass a slow Payson keeps going while the journey looks.
 */
test.use({ allowConsoleErrors: [/status of 409/] });

test.afterEach(async ({ page }) => {
  await clearFaults(page.request);
});

test('before the first pass: rows from Payson, indexing progress, and search not ready yet', async ({ page }) => {
  // Every Payson answer takes a while: the first pass (15 pages) runs for many seconds.
  await addFault(page.request, { upstream: 'payson', delayMs: 600, times: 500 });
  await signIn(page, ACCOUNTS.otherAdmin);
  const companyId = await companyIdOf(page);

  const table = page.getByRole('table', { name: 'Checkouts' });
  await expect(table.locator('tbody').getByRole('rowheader')).toHaveCount(20, { timeout: 15_000 });
  await expect(page.getByText('Page 1 of 15')).toBeVisible();
  await expect(page.getByText(/^Indexing: [\d,]+ of 300 checkouts$/)).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Indexing progress' })).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search checkouts' });
  await expect(search).toBeDisabled();
  await expect(search).toHaveAccessibleDescription('Search is not ready yet: the checkouts are still being indexed.');
  // Payson's own list: one status at a time, and a checkout found by its id.
  await expect(page.getByRole('combobox', { name: 'Status' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Find checkout by id' })).toBeVisible();

  // A search in the address says "not yet" rather than failing.
  await page.goto(`/companies/${companyId}/checkouts?q=anna`);
  await expect(page.getByText('Search, filters and sorting are not ready yet: the checkouts are still being indexed.')).toBeVisible();
  await page.getByRole('link', { name: 'Show all checkouts' }).click();
  await expect(table.locator('tbody').getByRole('rowheader')).toHaveCount(20);

  // Once the pass is done, search is ready without reloading.
  await clearFaults(page.request);
  await expect(search).toBeEnabled({ timeout: 30_000 });
  await expect(page.getByText(/^Updated /)).toBeVisible();
});
