import { ACCOUNTS, expect, signIn, test } from './fixtures.ts';

test('the seed’s Payson sample, loaded as a fixture, shows its two checkouts', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  const table = page.getByRole('table', { name: 'Checkouts' });

  const person = table.getByRole('row').filter({ hasText: 'Tess T Persson' });
  await expect(person).toHaveCount(1);
  await expect(person).toContainText('Paid to account');
  await expect(person).toContainText('315');

  // A business customer whose whole name Payson put in firstName.
  const business = table.getByRole('row').filter({ hasText: 'Persson, Tess T' });
  await expect(business).toHaveCount(1);
  await expect(business).toContainText('390');
  await expect(business).toContainText(/SEK|kr/);
});
