import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ACCOUNTS, companyIdOf, expect, sendFirstPaymentRequest, signIn, test } from './fixtures.ts';
import { resetSandbox } from './sandbox-control.ts';

/** The audit trail, as the Activity screen shows it. */

test.beforeEach(async ({ page }) => {
  await resetSandbox(page.request);
});

async function openActivity(page: Page) {
  await page.getByRole('link', { name: 'Activity' }).click();
  await expect(page.getByRole('heading', { name: 'Activity', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Activity' });
  await expect(table.getByRole('columnheader')).toHaveText(['Time', 'Who', 'Action', 'Company', 'Checkout']);
  return table;
}

test('a payment request an administrator sent shows in Activity, linked to its checkout', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  const companyId = await companyIdOf(page);
  const checkoutId = await sendFirstPaymentRequest(page, companyId);

  const table = await openActivity(page);
  const row = table.getByRole('row').filter({ hasText: 'Sent payment request' }).first();
  await expect(row).toContainText(ACCOUNTS.admin);
  await expect(row.locator('time[datetime]')).toHaveCount(1);
  const link = row.getByRole('link');
  await expect(link).toHaveAttribute('href', `/companies/${companyId}/checkouts/${checkoutId}`);
  // Newest first: the payment request is above the sign-in that came before it.
  const actions = await table.getByRole('row').allInnerTexts();
  const sent = actions.findIndex((text) => text.includes('Sent payment request'));
  const signedIn = actions.findIndex((text) => text.includes('Signed in'));
  expect(sent).toBeLessThan(signedIn);

  await page.getByLabel('Action').selectOption({ label: 'Signed in' });
  await expect(page).toHaveURL(/action=signed_in/);
  await expect(table.getByRole('row').filter({ hasText: 'Sent payment request' })).toHaveCount(0);
  await expect(table.getByRole('row').filter({ hasText: 'Signed in' }).first()).toBeVisible();

  await page.goto(`/activity`);
  await page.getByRole('table', { name: 'Activity' }).getByRole('row').filter({ hasText: 'Sent payment request' }).first().getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Order items' })).toBeVisible();
});

test("a reader sees their own company's activity and never another company's", async ({ page }) => {
  await signIn(page, ACCOUNTS.otherAdmin);
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();
  // Leave the page first: its own requests after the cookie is gone would be refused (401).
  await page.goto('about:blank');
  await page.context().clearCookies();

  await signIn(page, ACCOUNTS.reader);
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();
  const table = await openActivity(page);
  await expect(table.getByRole('row').filter({ hasText: ACCOUNTS.reader }).first()).toBeVisible();
  await expect(table).not.toContainText(ACCOUNTS.otherAdmin);

  await page.getByLabel('Person (email)').fill(ACCOUNTS.otherAdmin);
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/who=other-admin%40sandbox\.test/);
  await expect(table).toContainText('No activity to show.');
});

test('a superadmin sees every company’s activity, and axe finds no violations on the screen', async ({ page }) => {
  await signIn(page, ACCOUNTS.otherAdmin);
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();
  // Leave the page first: its own requests after the cookie is gone would be refused (401).
  await page.goto('about:blank');
  await page.context().clearCookies();

  await signIn(page, ACCOUNTS.superadmin);
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();
  const table = await openActivity(page);
  await expect(table.getByRole('row').filter({ hasText: ACCOUNTS.otherAdmin }).first()).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: ACCOUNTS.superadmin }).first()).toBeVisible();

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});
