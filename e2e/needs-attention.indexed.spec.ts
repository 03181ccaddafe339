import { ATTENTION_SOON_DAYS, type CheckoutListRow } from '../src/contract/checkout-search.ts';
import { calendarDaysBetween } from '../src/contract/zoned-time.ts';
import { ACCOUNTS, companyIdOf, expect, signIn, test } from './fixtures.ts';
import { waitForIndexReady } from './index-ready.ts';

/** Issue 13's work queue: Ready to ship checkouts, soonest expiry first. */

interface AttentionPage {
  totalCount: number;
  data: CheckoutListRow[];
}

test('Needs attention lists Ready to ship checkouts soonest expiry first, with Expires and the soon ones marked', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  const companyId = await companyIdOf(page);
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();
  await waitForIndexReady(page, companyId);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Needs attention' }).click();
  await expect(page).toHaveURL(new RegExp(`/companies/${companyId}/checkouts\\?view=attention`));
  const views = page.getByRole('navigation', { name: 'Views' });
  await expect(views.getByRole('link', { name: 'Needs attention' })).toHaveAttribute('aria-current', 'page');
  const table = page.getByRole('table', { name: 'Checkouts' });
  await expect(table.getByRole('columnheader', { name: 'Expires' })).toBeVisible();

  // What the gateway answers for the same view: Ready to ship only, by expiry.
  const response = await page.request.get(`/api/companies/${companyId}/checkouts?view=attention`);
  expect(response.ok()).toBe(true);
  const queue = (await response.json()) as AttentionPage;
  expect(queue.data.length).toBeGreaterThan(0);
  expect(new Set(queue.data.map((row) => row.status))).toEqual(new Set(['readyToShip']));
  const expiries = queue.data.map((row) => Date.parse(row.expiresAt ?? ''));
  expect(expiries.every(Number.isFinite)).toBe(true);
  expect(expiries).toEqual([...expiries].sort((a, b) => a - b));

  // The screen shows them in that order, each saying when it expires, the soon ones in words.
  const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows).toHaveCount(queue.data.length);
  const now = new Date();
  let soon = 0;
  for (const [index, checkout] of queue.data.entries()) {
    const row = rows.nth(index);
    await expect(row.getByRole('link').first()).toHaveAttribute('href', new RegExp(checkout.id));
    await expect(row).toContainText('Ready to ship');
    const days = calendarDaysBetween(now, new Date(checkout.expiresAt!), 'Europe/Stockholm');
    const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
    await expect(row).toContainText(when);
    if (days <= ATTENTION_SOON_DAYS) {
      soon += 1;
      await expect(row).toContainText('Expires soon');
    } else {
      await expect(row).not.toContainText('Expires soon');
    }
  }
  // The generated data of the `indexed` server has none within the week today (the unit tests of
  // ExpiresCell and expiryOf cover the marking); what is later than that must not be marked.
  expect(soon).toBeLessThan(queue.data.length);
});

test('Needs attention speaks Swedish', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  const companyId = await companyIdOf(page);
  await waitForIndexReady(page, companyId);
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Svenska' });
  await expect(page.getByRole('table', { name: 'Köp' })).toBeVisible();
  await page.goto(`/companies/${companyId}/checkouts?view=attention`);
  const table = page.getByRole('table', { name: 'Köp' });
  await expect(table.getByRole('columnheader', { name: 'Löper ut' })).toBeVisible();
  await expect(table.getByText(/^om \d+ dagar$/).first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Vyer' }).getByRole('link', { name: 'Behöver åtgärd' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});
