import type { Page } from '@playwright/test';
import { ACCOUNTS, expect, signIn, test } from './fixtures.ts';
import { FIXTURE_COMPANY_ID } from './fixtures/e2e-fixture.ts';

/**
 * Every checkout of the fixture, the seed's real Payson snippets and the hostile ones included,
 * opens without a single CSP violation: the inert parse of a snippet must not trip the policy
 * either (a snippet's inline `style` attribute would, were it parsed as it is). Violations are
 * collected per checkout so a failure names the checkouts that cause them.
 */

// Each violation is also a console error; they are collected and named below instead.
test.use({ allowConsoleErrors: [/Content Security Policy/] });

async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`.trim()));
  });
}

test('every fixture checkout opens without a CSP violation', async ({ page }) => {
  test.setTimeout(90_000);
  await recordViolations(page);
  await signIn(page, ACCOUNTS.admin);
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();

  // Every page of the fixture, so a checkout added at the end is checked too.
  const data: { id: string; description?: string }[] = [];
  for (let pageNumber = 1, totalPages = 1; pageNumber <= totalPages; pageNumber++) {
    const answer = (await (await page.request.get(`/api/companies/${FIXTURE_COMPANY_ID}/checkouts?page=${pageNumber}`)).json()) as {
      data: { id: string; description?: string }[];
      totalPages: number;
    };
    data.push(...answer.data);
    totalPages = answer.totalPages;
  }
  expect(data.length).toBeGreaterThan(20);

  const violations: Record<string, string[]> = {};
  for (const { id, description } of data) {
    await page.goto(`/companies/${FIXTURE_COMPANY_ID}/checkouts/${id}`);
    await expect(page.getByRole('heading', { name: 'Order items' })).toBeVisible();
    // Violations are reported asynchronously; give the page a moment to report them.
    await page.waitForTimeout(150);
    const seen = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    if (seen.length > 0) violations[`${description ?? ''} (${id})`] = seen;
  }
  expect(violations).toEqual({});
});
