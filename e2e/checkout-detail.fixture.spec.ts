import type { Page } from '@playwright/test';
import { ACCOUNTS, expect, signIn, test } from './fixtures.ts';
import { FIXTURE_COMPANY_ID, UNKNOWN_FIELDS_CHECKOUT } from './fixtures/e2e-fixture.ts';

const section = (page: Page, heading: string) =>
  page.locator('section').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });

test('the seed’s business customer checkout shows its four items, totals and history', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.getByRole('table', { name: 'Checkouts' }).getByRole('link', { name: 'Persson, Tess T' }).click();

  const items = section(page, 'Order items');
  for (const name of ['TestItem2', 'TestFee', 'TestItem1', 'TestItem3']) await expect(items).toContainText(name);
  for (const total of ['280.00', '390.00', '110.00']) await expect(items).toContainText(total);
  await expect(items).not.toContainText(/do not add up|don’t add up/i);

  const customer = section(page, 'Customer');
  await expect(customer).toContainText('Persson, Tess T');
  await expect(customer).toContainText('testperson@payson.se');
  await expect(customer).not.toContainText('4608142222');
  await customer.getByRole('button', { name: 'Show identity number' }).click();
  await expect(customer).toContainText('4608142222');

  const history = section(page, 'History');
  for (const status of ['Created', 'Forms filled', 'Paid to account']) await expect(history).toContainText(status);

  await expect(page.getByRole('heading', { name: 'Order items' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
});

test('a good snippet previews in a sandboxed frame on the allowed embed page', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.getByRole('table', { name: 'Checkouts' }).getByRole('link', { name: /Good snippet/ }).click();
  const frame = page.getByTitle('Payson checkout preview');
  await expect(frame).toBeVisible();
  await expect(frame).toHaveAttribute('sandbox', 'allow-scripts allow-same-origin');
  await expect(frame).toHaveAttribute('referrerpolicy', 'no-referrer');
  await expect(frame).toHaveAttribute('src', /^http:\/\/127\.0\.0\.1:\d+\/embedded\/checkout\?id=e2e00000-0000-4000-8000-0000000000c8$/);
});

test('an unknown status and HTML in upstream text are shown as text', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  const table = page.getByRole('table', { name: 'Checkouts' });
  await expect(table.getByRole('row').filter({ hasText: 'Unknown status' })).toContainText('Unknown (onHold)');
  await expect(table).toContainText('<img src=x onerror="window.__pwned=\'name\'">');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();

  await page.goto(`/companies/${FIXTURE_COMPANY_ID}/checkouts/e2e00000-0000-4000-8000-0000000000cb`);
  await expect(page.getByRole('heading', { name: 'Order items' })).toBeVisible();
  await expect(section(page, 'Order items')).toContainText('<b>bold</b>');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
});

test('the seed’s iframe-format snippet previews when its host is allow-listed', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.getByRole('table', { name: 'Checkouts' }).getByRole('link', { name: /Seed iframe format/ }).click();
  const frame = page.getByTitle('Payson checkout preview');
  await expect(frame).toBeVisible();
  await expect(frame).toHaveAttribute('src', /^http:\/\/127\.0\.0\.1:\d+\/embedded\/checkout\?id=e2e00000-0000-4000-8000-0000000000cc$/);
});

test('the technical details show the checkout as Payson sent it, unknown fields kept, identity number masked', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.goto(`/companies/${FIXTURE_COMPANY_ID}/checkouts/e2e00000-0000-4000-8000-0000000000cd`);
  await expect(page.getByRole('heading', { name: 'Order items' })).toBeVisible();
  await page.getByText('Technical details', { exact: true }).click();

  const json = page.getByRole('region', { name: 'Raw JSON' });
  await expect(json).toContainText(`"verfication": "${UNKNOWN_FIELDS_CHECKOUT.gui.verfication}"`);
  await expect(json).toContainText(`"paysonFutureField": "${UNKNOWN_FIELDS_CHECKOUT.paysonFutureField}"`);
  await expect(json).toContainText(`"identityNumber": "${UNKNOWN_FIELDS_CHECKOUT.maskedIdentityNumber}"`);
  await expect(json).not.toContainText(UNKNOWN_FIELDS_CHECKOUT.identityNumber);
  await expect(page.getByRole('button', { name: 'Copy JSON' })).toBeVisible();
});
