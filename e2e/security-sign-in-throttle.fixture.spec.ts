import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiSignIn } from './sandbox-control.ts';

/**
 * Repeated wrong passwords slow an account down, and neither the refusal nor the throttle tells
 * whether the account exists. Runs on the fixture server, whose failure count per address no other
 * journey spends much of, with the sandbox account kept for being locked out.
 */

const LOCKABLE = 'throttle@sandbox.test';
const UNKNOWN = 'nobody-at-all@sandbox.test';
/** The gateway's per-account limit: the fifth failure in 15 minutes locks the account for a minute. */
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
