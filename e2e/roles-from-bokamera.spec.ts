import type { Page } from '@playwright/test';
import { ACCOUNTS, companyIdOf, expect, paymentRequestsIn, sendFirstPaymentRequest, signIn, test } from './fixtures.ts';
import { readyToShipCheckout, resetSandbox, upstreamCalls } from './sandbox-control.ts';

/**
 * Every role rule holds whether the identity provider's tokens carry the roles or not. The project
 * `token-without-roles` runs this on a sandbox started with SANDBOX_TOKEN_ROLES=none, where the
 * gateway must ask BokaMera; `generated` runs it on tokens that carry them.
 */

const TOKENS_CARRY_NO_ROLES = 'token-without-roles';

test.beforeEach(async ({ page }) => {
  await resetSandbox(page.request);
});

/** BokaMera calls for an administrator's roles since the last reset. */
async function roleLookups(page: Page): Promise<number> {
  return (await upstreamCalls(page.request, 'bokamera')).filter((call) => call.path.startsWith('/administrators')).length;
}

test('a read-only administrator sees the list and a checkout, and cannot send a payment request', async ({ page }, testInfo) => {
  await signIn(page, ACCOUNTS.reader);
  const table = page.getByRole('table', { name: 'Checkouts' });
  await expect(table.getByRole('row')).toHaveCount(21);
  await expect(page.getByRole('banner')).toContainText('Read-only administrator');
  // Where the roles came from: BokaMera when the token has none, the token otherwise.
  expect(await roleLookups(page)).toBe(testInfo.project.name === TOKENS_CARRY_NO_ROLES ? 1 : 0);

  const companyId = await companyIdOf(page);
  const checkoutId = await readyToShipCheckout(page.request, companyId);
  await page.goto(`/companies/${companyId}/checkouts/${checkoutId}`);
  await expect(page.getByRole('heading', { name: 'Order items' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send payment request' })).toBeDisabled();
  await expect(page.getByText(/Your role can view checkouts but not send payment requests/)).toBeVisible();
  expect(paymentRequestsIn(await upstreamCalls(page.request))).toEqual([]);
});

test('an administrator sends a payment request', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  const companyId = await companyIdOf(page);
  await sendFirstPaymentRequest(page, companyId);
  expect(paymentRequestsIn(await upstreamCalls(page.request))).toHaveLength(1);
});

test('a superadmin opens another company', async ({ page }) => {
  await signIn(page, ACCOUNTS.superadmin);
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();
  const ownCompany = await companyIdOf(page);
  const switcher = page.getByLabel('Company', { exact: true });
  const otherCompany = await switcher
    .locator('option')
    .evaluateAll((options, own) => options.map((option) => (option as HTMLOptionElement).value).find((value) => value && value !== own && value !== 'all'), ownCompany);
  expect(otherCompany).toBeTruthy();

  await switcher.selectOption(otherCompany!);
  await expect(page).toHaveURL(new RegExp(`/companies/${otherCompany}/checkouts`));
  await expect(page.getByRole('table', { name: 'Checkouts' }).getByRole('row')).toHaveCount(21);
});

test.describe('a user who administers nothing', () => {
  // The refused sign-in (403) is reported on the console by the browser.
  test.use({ allowConsoleErrors: [/status of 403/] });

  test('is refused at sign-in with the reason', async ({ page }) => {
    await signIn(page, 'customer@sandbox.test');
    await expect(page.getByText('This account is not an administrator of any company.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Checkouts' })).toHaveCount(0);
  });
});
