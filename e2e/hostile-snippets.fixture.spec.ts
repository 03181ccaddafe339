import { ACCOUNTS, expect, signIn, test } from './fixtures.ts';
import { FIXTURE_COMPANY_ID, HOSTILE_SNIPPETS } from './fixtures/e2e-fixture.ts';

// No console error is allowed: the inert parse trips no CSP directive, namespaced snippets included
// (they are refused before any document is built).

Object.keys(HOSTILE_SNIPPETS).forEach((name, index) => {
  test(`a hostile snippet never runs a script nor frames a foreign host: ${name}`, async ({ page }) => {
    await signIn(page, ACCOUNTS.admin);
    await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();
    const id = `e2e00000-0000-4000-8000-${(100 + index).toString(16).padStart(12, '0')}`;
    await page.goto(`/companies/${FIXTURE_COMPANY_ID}/checkouts/${id}`);
    await expect(page.getByRole('heading', { name: 'Order items' })).toBeVisible();
    await page.waitForTimeout(300);

    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    const sandboxOrigin = /^http:\/\/127\.0\.0\.1:\d+\/embedded\/checkout\?id=/;
    for (const frame of page.frames().slice(1)) expect(frame.url()).toMatch(sandboxOrigin);
    const preview = page.getByTitle('Payson checkout preview');
    if ((await preview.count()) > 0) await expect(preview).toHaveAttribute('src', new RegExp(`${sandboxOrigin.source}${id}$`));
  });
});
