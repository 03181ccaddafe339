import type { Page } from '@playwright/test';
import type { IndexFreshness } from '../src/contract/checkout-search.ts';
import { ACCOUNTS, companyIdOf, expect, signIn, test } from './fixtures.ts';
import { addCheckoutInPayson, sameOrigin } from './sandbox-control.ts';

/** SANDBOX_CHECKOUTS_PER_COMPANY of the `indexed` server (playwright.config.ts). */
const GENERATED_PER_COMPANY = 300;

async function freshness(page: Page, companyId: string): Promise<IndexFreshness> {
  const response = await page.request.get(`/api/companies/${companyId}/checkouts/index`);
  expect(response.status()).toBe(200);
  return (await response.json()) as IndexFreshness;
}

test("the company's index fills in the background once its list is opened, to Payson's own count", async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  const companyId = await companyIdOf(page);
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();

  await expect
    .poll(async () => {
      const { state, indexed, expected } = await freshness(page, companyId);
      return { state, indexed, expected: expected !== null && expected >= GENERATED_PER_COMPANY && indexed === expected };
    }, { timeout: 20_000 })
    .toEqual({ state: 'ready', indexed: expect.any(Number), expected: true });
  const ready = await freshness(page, companyId);
  expect(ready.updatedAt).toEqual(expect.any(Number));
  expect(ready.lastError).toBeNull();
});

test('a checkout made in Payson behind the dashboard’s back is indexed by the next refresh', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  const companyId = await companyIdOf(page);
  await expect.poll(async () => (await freshness(page, companyId)).state, { timeout: 20_000 }).toBe('ready');
  const before = await freshness(page, companyId);

  await addCheckoutInPayson(page.request, companyId, { firstName: 'Nora', lastName: 'Behind', status: 'paidToAccount' });
  // The refresh every INDEX_REFRESH_SECONDS finds it without anyone asking.
  await expect
    .poll(async () => {
      const now = await freshness(page, companyId);
      return { indexed: now.indexed, expected: now.expected };
    }, { timeout: 15_000 })
    .toEqual({ indexed: before.indexed + 1, expected: (before.expected ?? 0) + 1 });
});

test('"Refresh now" answers at once and the refresh runs in the background', async ({ page, baseURL }) => {
  await signIn(page, ACCOUNTS.admin);
  const companyId = await companyIdOf(page);
  await expect.poll(async () => (await freshness(page, companyId)).state, { timeout: 20_000 }).toBe('ready');
  const { updatedAt } = await freshness(page, companyId);

  const response = await page.request.post(`/api/companies/${companyId}/checkouts/index/refresh`, { headers: sameOrigin(baseURL), data: {} });
  expect(response.status()).toBe(202);
  expect(await response.json()).toMatchObject({ state: 'ready', refreshing: true });
  await expect.poll(async () => (await freshness(page, companyId)).updatedAt ?? 0, { timeout: 15_000 }).toBeGreaterThan(updatedAt ?? 0);
});
