import { ACCOUNTS, statusFilter, companyIdOf, expect, signIn, test } from './fixtures.ts';

test('reload, a new tab and Back/Forward keep the filter and the page', async ({ page, context }) => {
  await signIn(page, ACCOUNTS.admin);
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();
  const filter = statusFilter(page);

  await filter.selectOption('paidToAccount');
  await expect(page).toHaveURL(/status=paidToAccount/);
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/status=paidToAccount.*page=2|page=2.*status=paidToAccount/);
  await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();

  await page.reload();
  await expect(filter).toHaveValue('paidToAccount');
  await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();

  const colleague = await context.newPage();
  await colleague.goto(page.url());
  await expect(statusFilter(colleague)).toHaveValue('paidToAccount');
  await expect(colleague.getByText(/^Page 2 of \d+$/)).toBeVisible();
  await colleague.close();

  await page.goBack();
  await expect(page.getByText(/^Page 1 of \d+$/)).toBeVisible();
  await expect(filter).toHaveValue('paidToAccount');
  await page.goBack();
  await expect(filter).toHaveValue('');
  await page.goForward();
  await expect(filter).toHaveValue('paidToAccount');
  await page.goForward();
  await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
});

test('a page past the end and an unknown status land on a sensible view with a message', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();
  const companyId = await companyIdOf(page);

  await page.goto(`/companies/${companyId}/checkouts?status=readyToShip&page=9999`);
  await expect(page.getByText(/There is no page 9999: the last page is \d+\./)).toBeVisible();
  await page.getByRole('button', { name: 'Go to the last page' }).or(page.getByRole('link', { name: 'Go to the last page' })).click();
  await expect(page.getByRole('table', { name: 'Checkouts' }).getByRole('row')).not.toHaveCount(1);

  await page.goto(`/companies/${companyId}/checkouts?status=onHold`);
  await expect(page.getByText('“onHold” is not a status we know, so all checkouts are shown.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Checkouts' }).getByRole('row')).toHaveCount(21);
});

test.describe('an expired session', () => {
  // The browser still holds the "signed in here" hint, so the list request starts at once and is
  // refused (401) while the session check sends the person to sign-in; that one request is the
  // accepted cost of starting signed-in loads early.
  test.use({ allowConsoleErrors: [/status of 401/] });

  test('an expired session goes to sign-in and then back to the same view', async ({ page, context }) => {
    await signIn(page, ACCOUNTS.admin);
    await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();
    const companyId = await companyIdOf(page);
    const view = `/companies/${companyId}/checkouts?status=shipped&page=2`;
    await page.goto(view);
    await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();

    await context.clearCookies();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await page.getByLabel('Email').fill(ACCOUNTS.admin);
    await page.getByLabel('Password').fill('sandbox');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page).toHaveURL(new RegExp(`${view.replace('?', '\\?')}$`));
    await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
  });
});
