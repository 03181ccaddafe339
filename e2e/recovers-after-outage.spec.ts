import { ACCOUNTS, expect, injectFault, resetSandbox, signIn, test } from './fixtures.ts';

// The outages below make the gateway answer 5xx, which the browser reports on the console.
test.use({ allowConsoleErrors: [/status of 50\d/] });

test.beforeEach(async ({ page }) => {
  await resetSandbox(page);
});

test('a Payson outage shows a clear error with a retry, and the list comes back by itself', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  const table = page.getByRole('table', { name: 'Checkouts' });
  await expect(table).toBeVisible();

  await injectFault(page, { upstream: 'payson', status: 500, path: '/Checkouts', times: 1000 });
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The checkouts could not be loaded.' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();

  await page.request.delete('/__sandbox/faults');
  await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('alert').filter({ hasText: 'The checkouts could not be loaded.' })).toHaveCount(0);
});

test('an identity outage during a token refresh shows an error, and the app recovers by itself', async ({ page }) => {
  await page.request.post('/__sandbox/tokens', { data: { ttlSeconds: 20 }, headers: { 'content-type': 'application/json' } });
  await signIn(page, ACCOUNTS.admin);
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();

  // Every call now needs a refresh (the token lives 20 s, the gateway refreshes 30 s ahead).
  await injectFault(page, { upstream: 'identity', status: 500, path: '/token', times: 1000 });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible({ timeout: 15_000 });

  await page.request.delete('/__sandbox/faults');
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible({ timeout: 15_000 });
});
