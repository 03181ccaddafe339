import { ACCOUNTS, expect, signIn, test } from './fixtures.ts';

// The browser reports the refused sign-in request (401) on the console; that is the point here.
test.use({ allowConsoleErrors: [/status of 401/] });

test('a wrong password is refused with a clear message', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin, 'not-the-password');

  await expect(page.getByRole('alert')).toContainText(/email or password/i);
  await expect(page.getByLabel('Email')).toHaveValue(ACCOUNTS.admin);
  await expect(page.getByRole('table', { name: 'Checkouts' })).toHaveCount(0);
});

test('an unknown account gets the same message as a wrong password', async ({ page }) => {
  await signIn(page, 'nobody@sandbox.test', 'sandbox');
  await expect(page.getByRole('alert')).toContainText(/email or password/i);
});
