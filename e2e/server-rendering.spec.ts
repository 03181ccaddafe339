import type { Page, Request } from '@playwright/test';
import { ACCOUNTS, companyIdOf, expect, serverListPage, signIn, statusFilter, test } from './fixtures.ts';

/**
 * Issue 14: the list's and a checkout's first screen come from the server, and the browser
 * hydrates them. The page is loaded by a navigation after signing in (`page.goto`), as a person
 * opening a bookmark does; the sign-in itself stays client-rendered.
 */

/** The list's own requests (not the counts, not a checkout). */
const isListRequest = (request: Request) => /\/api\/companies\/[^/]+\/checkouts(?:\?|$)/.test(request.url());

/**
 * Records, from before any script runs, what would show a failed hydration or a policy breach: a
 * CSP violation, and React throwing the server's markup away (it empties `#root` to render anew).
 */
async function watchFirstScreen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = { violations: [] as string[], rootReplaced: false };
    Object.defineProperty(window, '__firstScreen', { value: record });
    document.addEventListener('securitypolicyviolation', (event) => record.violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
    document.addEventListener('DOMContentLoaded', () => {
      const root = document.getElementById('root');
      if (!root || root.childElementCount === 0) return;
      new MutationObserver((mutations) => {
        if (mutations.some((mutation) => mutation.removedNodes.length > 0)) record.rootReplaced = true;
      }).observe(root, { childList: true });
    });
  });
}

const firstScreenRecord = (page: Page) =>
  page.evaluate(() => (window as unknown as { __firstScreen: { violations: string[]; rootReplaced: boolean } }).__firstScreen);

/** Signs in (a client-rendered page) and waits until that page has asked for all it asks for. */
async function signedInCompany(page: Page): Promise<string> {
  await signIn(page, ACCOUNTS.admin);
  const companyId = await companyIdOf(page);
  await expect(page.getByRole('table', { name: 'Checkouts' }).getByRole('row')).toHaveCount(21);
  await page.waitForLoadState('networkidle');
  return companyId;
}

test('the HTML of a signed-in list URL holds its rows, uncached and under the strict policy', async ({ page }) => {
  const companyId = await signedInCompany(page);
  const { data } = await serverListPage(page, companyId, 'page=1');

  const response = await page.request.get(`/companies/${companyId}/checkouts`, { headers: { Accept: 'text/html' } });
  expect(response.status()).toBe(200);
  const html = await response.text();
  for (const row of data) expect(html).toContain(`href="/companies/${companyId}/checkouts/${row.id}"`);
  expect(html).toContain('<script type="application/json" id="first-screen-state">');
  expect(response.headers()['cache-control']).toBe('no-store, private');
  const csp = response.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain("require-trusted-types-for 'script'");
  expect(csp).not.toContain('unsafe-inline');
  // The one executable script is the entry, from our origin; the state is data.
  expect(html.match(/<script\b[^>]*>/g)).toEqual([
    expect.stringMatching(/^<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js">$/),
    '<script type="application/json" id="first-screen-state">',
  ]);
});

test('a signed-out visit to a list URL gets the client-rendered page and the sign-in flow', async ({ page }) => {
  const html = await (await page.request.get('/companies/any-company/checkouts')).text();
  expect(html).toContain('<div id="root"></div>');
  expect(html).not.toContain('first-screen-state');
  await page.goto('/companies/any-company/checkouts');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=/);
});

test('the list hydrates without asking for its rows again for 30 seconds, with no warning or CSP violation', async ({ page }) => {
  test.setTimeout(60_000);
  const companyId = await signedInCompany(page);
  await watchFirstScreen(page);
  const listRequests: string[] = [];
  const hydrationMessages: string[] = [];
  page.on('request', (request) => {
    if (isListRequest(request)) listRequests.push(request.url());
  });
  page.on('console', (message) => {
    if (/hydrat|did not match/i.test(message.text())) hydrationMessages.push(message.text());
  });

  const response = await page.goto(`/companies/${companyId}/checkouts`);
  expect(await response?.text()).toContain('first-screen-state');
  const table = page.getByRole('table', { name: 'Checkouts' });
  await expect(table.getByRole('row')).toHaveCount(21);
  await page.waitForLoadState('networkidle');
  // Honest, not faked: the list's data is fresh for 30 s (staleTime); nothing may ask for it before.
  await page.waitForTimeout(30_000);

  expect(listRequests).toEqual([]);
  expect(hydrationMessages).toEqual([]);
  expect(await firstScreenRecord(page)).toEqual({ violations: [], rootReplaced: false });
});

test('Next page and the status filter work right after the load', async ({ page }) => {
  const companyId = await signedInCompany(page);
  const second = await serverListPage(page, companyId, 'page=2');
  await watchFirstScreen(page);
  await page.goto(`/companies/${companyId}/checkouts`);
  const table = page.getByRole('table', { name: 'Checkouts' });

  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(table).toContainText(second.data[0]!.id.slice(0, 8));

  await statusFilter(page).selectOption('readyToShip');
  await expect(page).toHaveURL(/status=readyToShip/);
  await expect(table.getByRole('row').nth(1)).toContainText('Ready to ship');
  expect(await firstScreenRecord(page)).toEqual({ violations: [], rootReplaced: false });
});

test('a checkout URL renders beside the list on the server and hydrates without asking for it again', async ({ page }) => {
  const companyId = await signedInCompany(page);
  const { data } = await serverListPage(page, companyId, 'page=1');
  const checkoutId = data[3]!.id;
  await watchFirstScreen(page);
  const checkoutRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes(`/checkouts/${checkoutId}`) && request.url().includes('/api/')) checkoutRequests.push(request.url());
  });

  const response = await page.goto(`/companies/${companyId}/checkouts/${checkoutId}`);
  const html = (await response?.text()) ?? '';
  expect(html).toContain('first-screen-state');
  expect(html).toContain('Order items');
  await expect(page.getByRole('heading', { name: 'Order items' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Checkouts' }).getByRole('row')).toHaveCount(21);
  await page.waitForLoadState('networkidle');

  // The preview's as-sent view is asked for only when opened; the checkout itself came with the page.
  expect(checkoutRequests.filter((url) => !url.includes('/as-sent'))).toEqual([]);
  expect(await firstScreenRecord(page)).toEqual({ violations: [], rootReplaced: false });
});

test('in Swedish (the lang cookie) the server renders Swedish and the browser hydrates it as is', async ({ page, context }) => {
  const companyId = await signedInCompany(page);
  await context.addCookies([{ name: 'lang', value: 'sv', url: page.url() }]);
  await watchFirstScreen(page);
  const response = await page.goto(`/companies/${companyId}/checkouts`);
  expect(await response?.text()).toMatch(/<html lang="sv"/);
  await expect(page.getByRole('table', { name: 'Köp' }).getByRole('row')).toHaveCount(21);
  await page.waitForLoadState('networkidle');
  expect(await firstScreenRecord(page)).toEqual({ violations: [], rootReplaced: false });
});

test('a hidden column stays hidden in the server’s render (the choice is a cookie)', async ({ page }) => {
  const companyId = await signedInCompany(page);
  const table = page.getByRole('table', { name: 'Checkouts' });
  await expect(table.getByRole('columnheader', { name: 'Email' })).toBeVisible();
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Email' }).uncheck();
  await expect(table.getByRole('columnheader', { name: 'Email' })).toHaveCount(0);

  await watchFirstScreen(page);
  const response = await page.goto(`/companies/${companyId}/checkouts`);
  expect(await response?.text()).not.toContain('data-column="email"');
  await expect(table.getByRole('row')).toHaveCount(21);
  await expect(table.getByRole('columnheader', { name: 'Email' })).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  expect(await firstScreenRecord(page)).toEqual({ violations: [], rootReplaced: false });
});

test('with JavaScript disabled the signed-in list still shows its first page of rows', async ({ page, browser }) => {
  const companyId = await signedInCompany(page);
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    baseURL: test.info().project.use.baseURL,
    storageState: await page.context().storageState(),
  });
  try {
    const plain = await noScript.newPage();
    await plain.goto(`/companies/${companyId}/checkouts`);
    await expect(plain.getByRole('table', { name: 'Checkouts' }).getByRole('row')).toHaveCount(21);
  } finally {
    await noScript.close();
  }
});
