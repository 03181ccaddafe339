import { ACCOUNTS, expect, signIn, test } from './fixtures.ts';
import { addFault, clearFaults, resetSandbox, setTokenLifetime } from './sandbox-control.ts';

// The outages below make the gateway answer 5xx, which the browser reports on the console.
test.use({ allowConsoleErrors: [/status of 50\d/] });

test.beforeEach(async ({ page }) => {
  await resetSandbox(page.request);
});

test('a Payson outage shows a clear error with a retry, and the list comes back by itself', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  const table = page.getByRole('table', { name: 'Checkouts' });
  await expect(table).toBeVisible();

  await addFault(page.request, { upstream: 'payson', status: 500, path: '/Checkouts', times: 1000 });
  // The last page, unlike the next one, is never fetched ahead, so it meets the outage.
  await page.getByRole('button', { name: 'Last page' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The checkouts could not be loaded.' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();

  await clearFaults(page.request);
  await expect(page.getByText(/^Page (\d+) of \1$/)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('alert').filter({ hasText: 'The checkouts could not be loaded.' })).toHaveCount(0);
});

test('an identity outage during a token refresh shows an error, and the app recovers by itself', async ({ page }) => {
  await setTokenLifetime(page.request, 20);
  await signIn(page, ACCOUNTS.admin);
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();

  // Every call now needs a refresh (the token lives 20 s, the gateway refreshes 30 s ahead).
  await addFault(page.request, { upstream: 'identity', status: 500, path: '/token', times: 1000 });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible({ timeout: 15_000 });

  await clearFaults(page.request);
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible({ timeout: 15_000 });
});
