import type { Page } from '@playwright/test';
import { ACCOUNTS, expect, paymentRequestsIn, signIn, test } from './fixtures.ts';
import { resetSandbox, upstreamCalls } from './sandbox-control.ts';

/** Opens the first Ready to ship checkout of the unfiltered first page, and returns its list row. */
async function openReadyToShipCheckout(page: Page) {
  const table = page.getByRole('table', { name: 'Checkouts' });
  const row = table.getByRole('row').filter({ hasText: 'Ready to ship' }).first();
  const link = row.getByRole('link').first();
  const href = (await link.getAttribute('href')) ?? '';
  const checkoutId = /checkouts\/([^/?]+)/.exec(href)?.[1] ?? '';
  await link.click();
  await expect(page.getByRole('heading', { name: 'Order items' })).toBeVisible();
  return { row: table.getByRole('row').filter({ hasText: checkoutId.slice(0, 8) }), checkoutId };
}

test.beforeEach(async ({ page }) => {
  await resetSandbox(page.request);
});

test('an administrator sends a payment request and sees Shipped, in the detail and the list', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  const { row } = await openReadyToShipCheckout(page);
  const before = paymentRequestsIn(await upstreamCalls(page.request)).length;

  await page.getByRole('button', { name: 'Send payment request' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(/SEK\s[\d,]+\.\d\d/);
  await dialog.getByRole('button', { name: 'Send payment request' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Shipped' })).toBeVisible();
  await expect(row).toContainText('Shipped');
  expect(paymentRequestsIn(await upstreamCalls(page.request)).length - before).toBe(1);
  await expect(page.getByRole('button', { name: 'Send payment request' })).toBeDisabled();
});

test('five fast clicks send one request', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await openReadyToShipCheckout(page);
  const before = paymentRequestsIn(await upstreamCalls(page.request)).length;

  await page.getByRole('button', { name: 'Send payment request' }).click();
  const confirm = page.getByRole('dialog').getByRole('button', { name: 'Send payment request' });
  await confirm.evaluate((button) => {
    for (let click = 0; click < 5; click += 1) (button as HTMLButtonElement).click();
  });

  await expect(page.getByRole('status').filter({ hasText: 'Shipped' })).toBeVisible();
  expect(paymentRequestsIn(await upstreamCalls(page.request)).length - before).toBe(1);
});

test('cancelling the confirmation sends nothing', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await openReadyToShipCheckout(page);
  const before = paymentRequestsIn(await upstreamCalls(page.request)).length;
  await page.getByRole('button', { name: 'Send payment request' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(paymentRequestsIn(await upstreamCalls(page.request)).length - before).toBe(0);
});

test('while the request is on its way, Escape and Cancel leave the confirmation open', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await openReadyToShipCheckout(page);
  // Hold the request at the browser until the test lets it go: in flight for as long as needed.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/payment-request', async (route) => {
    await released;
    await route.continue();
  });

  await page.getByRole('button', { name: 'Send payment request' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Send payment request' }).click();
  await expect(dialog.getByRole('button', { name: 'Send payment request' })).toHaveAttribute('aria-busy', 'true');

  // Twice: a browser lets a page cancel only one Escape without a user activation in between.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  const cancel = dialog.getByRole('button', { name: 'Cancel' });
  await expect(cancel).toHaveAttribute('aria-disabled', 'true');
  // Forced: Playwright would wait for an aria-disabled button; a person can still press it.
  await cancel.click({ force: true });
  await expect(dialog).toBeVisible();

  release();
  await expect(page.getByRole('status').filter({ hasText: 'Shipped' })).toBeVisible();
  await expect(dialog).toHaveCount(0);
});
