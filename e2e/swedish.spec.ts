import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ACCOUNTS, companyIdOf, expect, paymentRequestsIn, PASSWORD, serverListPage, test } from './fixtures.ts';
import { resetSandbox, upstreamCalls } from './sandbox-control.ts';

/** A Swedish browser: the dashboard speaks Swedish until the person chooses otherwise. */
test.use({ locale: 'sv-SE' });

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).exclude('iframe').analyze();
  const found = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(found, `axe violations on ${screen} (Swedish)`).toEqual([]);
}

async function signInInSwedish(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await expect(page).toHaveTitle('Logga in · Payson-köp för administratörer');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Lösenord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

test.beforeEach(async ({ page }) => {
  await resetSandbox(page.request);
});

test('a Swedish administrator signs in, filters, opens a checkout and sends a payment request, all in Swedish', async ({ page }) => {
  await signInInSwedish(page, ACCOUNTS.admin);
  const table = page.getByRole('table', { name: 'Köp' });
  await expect(table).toBeVisible();
  await expect(page.getByText(/Tiderna anges i svensk tid\./)).toBeVisible();
  await expectNoViolations(page, 'the list');

  const companyId = await companyIdOf(page);
  const ready = await serverListPage(page, companyId, 'status=readyToShip&page=1');
  const filter = page.getByRole('combobox', { name: 'Status' });
  await filter.selectOption('readyToShip');
  await expect(page).toHaveURL(/status=readyToShip/);
  await expect(filter.getByRole('option', { name: `Redo att skicka (${new Intl.NumberFormat('sv-SE').format(ready.totalCount)})` })).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: 'Redo att skicka' }).first()).toBeVisible();

  await table.getByRole('row').filter({ hasText: 'Redo att skicka' }).first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Orderrader' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Historik' })).toBeVisible();
  await expect(page).toHaveTitle(/^Köp [0-9a-f]{8}.* · Payson-köp för administratörer$/);
  await expectNoViolations(page, 'the detail');

  const before = paymentRequestsIn(await upstreamCalls(page.request)).length;
  await page.getByRole('button', { name: 'Skicka betalningsförfrågan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Skicka betalningsförfrågan?' });
  await expect(dialog).toContainText('Förfrågan går till kunden direkt och kan inte ångras.');
  await expectNoViolations(page, 'the confirmation dialog');
  await dialog.getByRole('button', { name: 'Skicka betalningsförfrågan' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Betalningsförfrågan skickad. Köpet har nu status Skickad.' })).toBeVisible();
  expect(paymentRequestsIn(await upstreamCalls(page.request)).length - before).toBe(1);
});

test('the language chosen in the user menu is kept and sets the page’s language', async ({ page, context }) => {
  await signInInSwedish(page, ACCOUNTS.admin);
  await expect(page.getByRole('table', { name: 'Köp' })).toBeVisible();

  const picker = page.getByRole('combobox', { name: 'Språk' });
  await picker.selectOption({ label: 'English' });
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  // Focus stays on the control the person used.
  await expect(page.getByRole('combobox', { name: 'Language' })).toBeFocused();

  const cookie = (await context.cookies()).find((candidate) => candidate.name === 'lang');
  expect(cookie).toMatchObject({ value: 'en', path: '/', sameSite: 'Lax', httpOnly: false });
  expect(cookie!.expires - Date.now() / 1000).toBeGreaterThan(364 * 24 * 3600);

  // Remembered over the Swedish browser's own language.
  await page.reload();
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Svenska' });
  await expect(page.getByRole('table', { name: 'Köp' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
});

test.describe('errors', () => {
  // The wrong password's 401 is reported on the console.
  test.use({ allowConsoleErrors: [/status of 401/] });

  test('a refused sign-in is said in Swedish', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('E-post').fill(ACCOUNTS.admin);
    await page.getByLabel('Lösenord').fill('fel');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect(page.getByRole('alert')).toContainText('Fel e-postadress eller lösenord.');
    await expectNoViolations(page, 'sign-in with an error');
  });
});
