import type { IndexFreshness } from '../src/contract/checkout-search.ts';
import { ACCOUNTS, companyIdOf, expect, signIn, test } from './fixtures.ts';

/**
 * Issue 14 over issue 13's list: with the index ready, the server renders the list as the index
 * serves it (sort and page size in the URL), and the browser hydrates it without asking again.
 */
test.describe.configure({ timeout: 60_000 });

const isListRequest = (url: string) => /\/api\/companies\/[^/]+\/checkouts(?:\?|$)/.test(url);

test('a sorted list URL with a page size comes from the server with its rows from the index, and hydrates without asking again', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  const companyId = await companyIdOf(page);
  await expect
    .poll(async () => ((await (await page.request.get(`/api/companies/${companyId}/checkouts/index`)).json()) as IndexFreshness).state, { timeout: 30_000 })
    .toBe('ready');

  const query = 'sort=amount&dir=desc&pageSize=50';
  const api = await page.request.get(`/api/companies/${companyId}/checkouts?${query}`);
  const expected = (await api.json()) as { source: string; data: Array<{ id: string }> };
  expect(expected.source).toBe('index');
  expect(expected.data.length).toBeGreaterThan(20);

  const response = await page.request.get(`/companies/${companyId}/checkouts?${query}`, { headers: { Accept: 'text/html' } });
  const html = await response.text();
  expect(response.headers()['cache-control']).toBe('no-store, private');
  // Every row of the index's answer is in the HTML, in the same order (its link keeps the list's query).
  const positions = expected.data.map((row) => html.indexOf(`href="/companies/${companyId}/checkouts/${row.id}?`));
  expect(positions.every((position) => position > 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(html).toContain('aria-sort="descending"');

  // The index refreshes every 3 s in this project, and a list that learns of a newer refresh reads
  // its rows again (that is the product working). What must not happen is hydration asking for the
  // rows it was given: a list request sent before the browser heard anything of the index.
  const listRequestsBeforeFreshness: string[] = [];
  let heardFreshness = false;
  page.on('response', (response) => {
    if (/\/checkouts\/index(?:\?|$)/.test(response.url())) heardFreshness = true;
  });
  page.on('request', (request) => {
    if (isListRequest(request.url()) && !heardFreshness) listRequestsBeforeFreshness.push(request.url());
  });
  await page.goto(`/companies/${companyId}/checkouts?${query}`);
  await expect(page.getByRole('table', { name: 'Checkouts' }).getByRole('row')).toHaveCount(expected.data.length + 1);
  await expect(page.getByRole('searchbox', { name: 'Search checkouts' })).toBeEnabled();
  await expect(page.getByRole('columnheader', { name: 'Amount' })).toHaveAttribute('aria-sort', 'descending');
  await page.waitForLoadState('networkidle');
  expect(listRequestsBeforeFreshness).toEqual([]);
});
