import { ACCOUNTS, companyIdOf, expect, serverListPage, signIn, test } from './fixtures.ts';
import { resetSandbox } from './sandbox-control.ts';

/** Identity numbers leave the gateway only when a person asks to see one. */

test('the full identity number is on the wire only after "Show identity number"', async ({ page }) => {
  await resetSandbox(page.request);
  // Every /api answer the page received before the click, read whole.
  let clicked = false;
  const before: Promise<string>[] = [];
  page.on('response', (response) => {
    if (clicked || !new URL(response.url()).pathname.startsWith('/api/')) return;
    before.push(response.text().catch(() => ''));
  });

  await signIn(page, ACCOUNTS.admin);
  const companyId = await companyIdOf(page);
  const { data } = await serverListPage(page, companyId, 'status=readyToShip&page=1');
  await page.goto(`/companies/${companyId}/checkouts?status=readyToShip`);
  await page.getByRole('table', { name: 'Checkouts' }).getByRole('link', { name: data[0]!.id.slice(0, 8) }).click();
  const customer = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Customer', exact: true }) });
  await expect(customer).toContainText(/\d{6,8}-\*{4}/);

  const answer = page.waitForResponse((response) => response.url().endsWith('/identity-number'));
  clicked = true;
  await customer.getByRole('button', { name: 'Show identity number' }).click();
  const { identityNumber } = (await (await answer).json()) as { identityNumber: string };
  expect(identityNumber).toMatch(/^\d{6,8}[-+]?\d{4}$/);
  await expect(customer).toContainText(identityNumber);

  const bodies = await Promise.all(before);
  expect(bodies.some((body) => body.includes('-****')), 'the list and detail carried the masked form').toBe(true);
  const birthDate = identityNumber.replace(/[-+]?\d{4}$/, '');
  for (const body of bodies) {
    expect(body).not.toContain(identityNumber);
    // Not in any spelling either: with or without separator, or the century.
    expect(body).not.toMatch(new RegExp(`${birthDate.slice(-6)}[-+]?${identityNumber.slice(-4)}`));
  }

  await customer.getByRole('button', { name: 'Hide identity number' }).click();
  await expect(customer).not.toContainText(identityNumber);
});
