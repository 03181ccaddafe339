import { ACCOUNTS, expect, signIn, test } from './fixtures.ts';

/** Tokens look like JWTs; API keys and Payson keys like GUID-ish secrets the sandbox issues. */
const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;

test('no token or key is readable from the page’s JavaScript or any response', async ({ page }) => {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    if (!response.url().includes('/api/')) return;
    bodies.push(await response.text().catch(() => ''));
  });

  await signIn(page, ACCOUNTS.admin);
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();

  const readable = await page.evaluate(() => ({
    cookie: document.cookie,
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
  }));
  expect(readable.cookie).toBe('');
  expect(readable.local).not.toMatch(JWT);
  expect(readable.session).not.toMatch(JWT);
  expect(bodies.length).toBeGreaterThan(0);
  for (const body of bodies) {
    expect(body).not.toMatch(JWT);
    expect(body).not.toMatch(/access_token|refresh_token|SecurityPassword|apiKey/i);
  }

  const [cookie] = await page.context().cookies();
  expect(cookie).toMatchObject({ name: 'session', httpOnly: true, sameSite: 'Strict' });
});
