import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiSignIn, sameOrigin } from './sandbox-control.ts';

/**
 * Repeated wrong passwords stop the client that tries them, and neither the refusal nor the throttle
 * tells whether the account exists; the owner on another client still gets in, and is told. Runs on
 * the fixture server, whose failure count per address no other journey spends much of, with the
 * sandbox account kept for being locked out. That server trusts one proxy hop (TRUSTED_PROXIES=1),
 * so a request's X-Forwarded-For names the client it stands for.
 */

const LOCKABLE = 'throttle@sandbox.test';
const UNKNOWN = 'nobody-at-all@sandbox.test';
/** The gateway's per-account-and-client limit: the fifth failure in 15 minutes stops that client for a minute. */
const LIMIT = 5;

async function answerOf(api: APIRequestContext, baseURL: string | undefined, email: string, password: string) {
  const response = await apiSignIn(api, baseURL, email, password);
  return { status: response.status(), retryAfter: response.headers()['retry-after'], body: (await response.json()) as unknown };
}

test('wrong passwords lock an account, known or not, with the same answers', async ({ request, baseURL }) => {
  const answers: Record<string, Awaited<ReturnType<typeof answerOf>>[]> = { [LOCKABLE]: [], [UNKNOWN]: [] };
  for (const email of [LOCKABLE, UNKNOWN]) {
    for (let attempt = 1; attempt <= LIMIT + 1; attempt += 1) answers[email]?.push(await answerOf(request, baseURL, email, `guess-${attempt}`));
  }
  const [known, unknown] = [answers[LOCKABLE] ?? [], answers[UNKNOWN] ?? []];

  expect(known.slice(0, LIMIT).every((answer) => answer.status === 401)).toBe(true);
  expect(known[0]).toEqual({ status: 401, retryAfter: undefined, body: { error: { code: 'invalid_credentials', message: 'The email or password is incorrect.' } } });
  expect(known[LIMIT]).toEqual({
    status: 429,
    retryAfter: '60',
    body: { error: { code: 'too_many_attempts', message: 'Too many failed sign-in attempts. Please wait and try again.' } },
  });
  // Whether the account exists makes no difference to any answer.
  expect(unknown).toEqual(known);

  // Locked means locked: even the right password waits, so the lock cannot be used to test passwords.
  expect((await answerOf(request, baseURL, LOCKABLE, 'sandbox')).status).toBe(429);
});

test('a guesser on one client does not keep the owner on another out, and the owner is told', async ({ browser, playwright, baseURL }) => {
  const clientAt = (address: string) =>
    playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': address } });
  const signInAs = (api: APIRequestContext, password: string) =>
    api.post('/api/session', { headers: sameOrigin(baseURL), data: { email: LOCKABLE, password } });

  // Whatever was tried at the account before this test is told to this sign-in, not the owner's below.
  const earlier = await clientAt('192.0.2.99');
  expect((await signInAs(earlier, 'sandbox')).status()).toBe(200);

  const guesser = await clientAt('198.51.100.66');
  for (let attempt = 1; attempt <= LIMIT; attempt += 1) expect((await signInAs(guesser, `guess-${attempt}`)).status()).toBe(401);
  expect((await signInAs(guesser, 'sandbox')).status()).toBe(429);

  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': '192.0.2.10' } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(LOCKABLE);
  await page.getByLabel('Password').fill('sandbox');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const notice = page.getByRole('status').filter({ hasText: 'failed sign-in attempts' });
  await expect(notice).toContainText('There were 5 failed sign-in attempts on your account since you last signed in.');
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);

  // The guesser is still stopped.
  expect((await signInAs(guesser, 'sandbox')).status()).toBe(429);
  await Promise.all([context.close(), earlier.dispose(), guesser.dispose()]);
});
