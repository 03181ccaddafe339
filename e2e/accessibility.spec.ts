import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { ACCOUNTS, companyIdOf, expect, serverListPage, signIn, test } from './fixtures.ts';
import { addFault, clearFaults, resetSandbox } from './sandbox-control.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe on the page as it is now; the Payson preview is third-party content and left out. */
async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).exclude('iframe[title="Payson checkout preview"]').analyze();
  const found = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(found, `axe violations on ${screen}`).toEqual([]);
}

test.describe('axe finds no violations', () => {
  // The error screens are provoked with refused or failing requests, reported on the console.
  test.use({ allowConsoleErrors: [/status of (401|403|404|50\d)/] });

  test('on sign-in, with and without an error', async ({ page }) => {
    await page.goto('/sign-in');
    await expectNoViolations(page, 'sign-in');
    await signIn(page, ACCOUNTS.admin, 'wrong');
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoViolations(page, 'sign-in with an error');
  });

  test('on the list, the detail, the confirmation dialog and the column picker', async ({ page }) => {
    await resetSandbox(page.request);
    await signIn(page, ACCOUNTS.admin);
    await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();
    await expectNoViolations(page, 'the list');

    await page.getByRole('button', { name: 'Columns' }).click();
    await expectNoViolations(page, 'the column picker');
    await page.keyboard.press('Escape');

    const companyId = await companyIdOf(page);
    const { data } = await serverListPage(page, companyId, 'status=readyToShip&page=1');
    await page.goto(`/companies/${companyId}/checkouts/${data[0]!.id}`);
    await expect(page.getByRole('heading', { name: 'Order items' })).toBeVisible();
    await expectNoViolations(page, 'the detail');

    await page.getByRole('button', { name: 'Send payment request' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoViolations(page, 'the confirmation dialog');
  });

  test('on the error, empty, access-denied and not-found screens', async ({ page }) => {
    await resetSandbox(page.request);
    await signIn(page, ACCOUNTS.admin);
    const companyId = await companyIdOf(page);

    await page.goto(`/companies/${companyId}/checkouts?status=processingPayment&page=9999`);
    await expect(page.getByText(/There is no page 9999|No checkouts are processing payment/).first()).toBeVisible();
    await expectNoViolations(page, 'a page past the end');

    await page.goto(`/companies/00000000-0000-4000-8000-000000000000/checkouts`);
    await expect(page.getByRole('heading', { name: 'You don’t have access to this company' })).toBeVisible();
    await expectNoViolations(page, 'access denied');

    await page.goto(`/companies/${companyId}/checkouts/00000000-0000-4000-8000-000000000000`);
    await expect(page.getByText('This checkout was not found')).toBeVisible();
    await expectNoViolations(page, 'checkout not found');

    await addFault(page.request, { upstream: 'payson', status: 500, times: 1000 });
    await page.goto(`/companies/${companyId}/checkouts`);
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible({ timeout: 15_000 });
    await expectNoViolations(page, 'a load error');
    await clearFaults(page.request);
  });
});

/** Presses Tab until the element has focus, as a keyboard user would; fails after `most` presses. */
async function tabTo(page: Page, target: Locator, most: number): Promise<void> {
  for (let step = 0; step < most && !(await target.evaluate((element) => element === document.activeElement)); step += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('the main journey works by keyboard alone', async ({ page }) => {
  await resetSandbox(page.request);
  await page.goto('/sign-in');
  await tabTo(page, page.getByLabel('Email'), 5);
  await page.keyboard.type(ACCOUNTS.admin);
  await page.keyboard.press('Tab');
  await page.keyboard.type('sandbox');
  await page.keyboard.press('Enter');
  const table = page.getByRole('table', { name: 'Checkouts' });
  await expect(table).toBeVisible();

  // Filter to Ready to ship with the keyboard: focus the select and pick the option.
  const filter = page.getByRole('combobox', { name: 'Status' });
  await filter.focus();
  await filter.selectOption('readyToShip');
  await expect(page).toHaveURL(/status=readyToShip/);
  // The filtered rows, not the previous ones still shown while the new page loads.
  await expect(table.getByRole('row').nth(1)).toContainText('Ready to ship');

  // Tab to the first checkout's link and open it with Enter.
  const firstLink = table.getByRole('row').nth(1).getByRole('link').first();
  await tabTo(page, firstLink, 40);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Order items' })).toBeVisible();

  const send = page.getByRole('button', { name: 'Send payment request' });
  await tabTo(page, send, 60);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // Escape cancels; the dialog opens again and is confirmed from the keyboard.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await send.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: 'Send payment request' }), 5);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Shipped' })).toBeVisible();
});
