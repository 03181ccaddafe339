import { FIXTURE_COMPANY_ID, SCRIPT_BREAKING_ID, SCRIPT_BREAKING_NAME } from './fixtures/e2e-fixture.ts';
import { ACCOUNTS, expect, signIn, test } from './fixtures.ts';

/** Issue 14: upstream data in the server's page stays data, in the markup and in the hydration state. */
test('a customer name that closes a script element stays text in the server-rendered page and its state', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const url = `/companies/${FIXTURE_COMPANY_ID}/checkouts/${SCRIPT_BREAKING_ID}`;

  const html = await (await page.request.get(url)).text();
  const state = /<script type="application\/json" id="first-screen-state">([^]*?)<\/script>/.exec(html)?.[1] ?? '';
  expect(state).not.toBe('');
  // The element holds all of the state (it did not end at the name) and reads back to the name.
  expect(JSON.parse(state)).toBeTruthy();
  expect(state).toContain('\\u003c/script\\u003e');
  expect(JSON.stringify(JSON.parse(state))).toContain(JSON.stringify(SCRIPT_BREAKING_NAME).slice(1, -1));
  expect(html).not.toContain(SCRIPT_BREAKING_NAME);

  await page.goto(url);
  await expect(page.getByText(SCRIPT_BREAKING_NAME).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
});
