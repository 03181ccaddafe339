import { ACCOUNTS, expect, signIn, test } from './fixtures.ts';
import { apiSignIn, resetSandbox, upstreamCalls } from './sandbox-control.ts';

/**
 * The session lives in one cookie the page's scripts cannot read and other sites cannot send; a
 * fresh one on every sign-in; and signing out ends it here and at the identity provider.
 */

test('sign-in sets one HttpOnly, SameSite=Strict session cookie that scripts cannot read', async ({ page }) => {
  const signInAnswer = page.waitForResponse((response) => response.url().endsWith('/api/session') && response.request().method() === 'POST');
  await signIn(page, ACCOUNTS.admin);
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();

  // Max-Age is the absolute session lifetime (12 h); plain-http loopback, so not Secure (unit tests cover https).
  // headers() leaves Set-Cookie out; headerValue() has it.
  expect(await (await signInAnswer).headerValue('set-cookie')).toMatch(/^session=[\w-]{43}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Strict$/);
  const cookies = await page.context().cookies();
  expect(cookies).toHaveLength(1);
  expect(cookies[0]).toMatchObject({ name: 'session', path: '/', httpOnly: true, sameSite: 'Strict', secure: false });
  expect(await page.evaluate(() => document.cookie)).toBe('');
});

test('a session id planted before sign-in is replaced, and stops working', async ({ page, playwright, baseURL }) => {
  // An attacker's own live session, planted in the victim's browser before the victim signs in.
  const attacker = await playwright.request.newContext({ baseURL });
  expect((await apiSignIn(attacker, baseURL, ACCOUNTS.otherAdmin)).status()).toBe(200);
  const planted = (await attacker.storageState()).cookies.find((cookie) => cookie.name === 'session')?.value ?? '';
  await page.context().addCookies([{ name: 'session', value: planted, url: baseURL ?? '' }]);

  await signIn(page, ACCOUNTS.admin);
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();
  const [cookie] = await page.context().cookies();
  expect(cookie?.value).not.toBe(planted);
  expect(await (await attacker.get('/api/session')).json()).toEqual({ user: null });
  await attacker.dispose();
});

test('signing out ends the session in the gateway and at the identity provider', async ({ page, playwright, baseURL }) => {
  await resetSandbox(page.request);
  await signIn(page, ACCOUNTS.admin);
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();
  const [cookie] = await page.context().cookies();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(await page.context().cookies()).toEqual([]);
  await expect.poll(async () => (await upstreamCalls(page.request, 'identity')).filter((call) => call.path === '/logout').map((call) => call.status)).toEqual([204]);

  // The old cookie, replayed from elsewhere, opens nothing.
  const replay = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: `session=${cookie?.value}` } });
  expect(await (await replay.get('/api/session')).json()).toEqual({ user: null });
  expect((await replay.get('/api/companies')).status()).toBe(401);
  await replay.dispose();
});
