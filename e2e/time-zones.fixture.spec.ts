import { ACCOUNTS, expect, signIn, test } from './fixtures.ts';
import { STOCKHOLM_MORNING_ID } from './fixtures/e2e-fixture.ts';

/** Someone in New York reading a Stockholm company's checkouts sees the company's clock. */
test.use({ timezoneId: 'America/New_York' });

test('a checkout created at 09:00 in Payson’s zone shows as 09:00 Stockholm time, wherever the viewer is', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  const table = page.getByRole('table', { name: 'Checkouts' });
  await expect(page.getByText(/Times are Stockholm time\./)).toBeVisible();

  const row = table.getByRole('row').filter({ hasText: 'Stockholm morning' });
  // Payson wrote "2026-10-02T09:00:00" (no offset): 07:00 UTC, as Stockholm is on summer time.
  const listTime = row.locator('time[datetime="2026-10-02T07:00:00Z"]').first();
  await expect(listTime).toHaveText(/^2 Oct(, 2026)?, 0?9:00$/);
  await expect(listTime).toHaveAttribute('title', '2 Oct 2026, 09:00 Stockholm time');

  await row.getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(STOCKHOLM_MORNING_ID));
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  await expect(page.locator('time[datetime="2026-10-02T07:00:00Z"]').filter({ hasText: '2 Oct 2026, 09:00 Stockholm time' }).first()).toBeVisible();
  await expect(page.getByText('Times are Stockholm time.').last()).toBeVisible();

  // Every <time> carries an exact instant: with Z or an offset, never a bare local time.
  const values = await page.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
  expect(values.length).toBeGreaterThan(0);
  for (const value of values) expect(value).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
});
