import type { Page } from '@playwright/test';
import { ACCOUNTS, expect, signIn, statusFilter, test } from './fixtures.ts';

/**
 * The app runs under its strict Content-Security-Policy (Trusted Types included) without a single
 * violation. Every `securitypolicyviolation` event of the page is recorded from before its first
 * script runs; a last test proves the recorder hears the policy when something does break it.
 */

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample }),
    );
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);

test('sign-in, the list, paging and the status filter: no CSP violation', async ({ page }) => {
  await recordViolations(page);
  await signIn(page, ACCOUNTS.admin);
  const table = page.getByRole('table', { name: 'Checkouts' });
  await expect(table.getByRole('row')).toHaveCount(21);

  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/page=2/);
  await statusFilter(page).selectOption('readyToShip');
  await expect(page).toHaveURL(/status=readyToShip/);
  await expect(table.getByRole('row').nth(1)).toContainText('Ready to ship');

  expect(await violations(page)).toEqual([]);
});

test('a checkout with its preview frame: no CSP violation', async ({ page }) => {
  await recordViolations(page);
  await signIn(page, ACCOUNTS.admin);
  await page.getByRole('table', { name: 'Checkouts' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Order items' })).toBeVisible();
  await expect(page.getByTitle('Payson checkout preview')).toBeVisible();

  expect(await violations(page)).toEqual([]);
});

test.describe('the policy is enforced', () => {
  // The page itself reports each refused attempt on the console: that is what this test provokes.
  test.use({ allowConsoleErrors: [/Content Security Policy|TrustedHTML|TrustedScript|Trusted Type|unsafe-eval/i] });

  test('eval, string-to-HTML sinks and foreign frames are refused and reported', async ({ page }) => {
    await recordViolations(page);
    await signIn(page, ACCOUNTS.admin);
    await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();

    // Run from a timer, as page code would: DevTools' own evaluation is exempt from the eval rule.
    const refused = await page.evaluate(() => {
      // The sinks the app must never use, used here on purpose: the policy has to stop each one.
      const attempts: Record<string, () => unknown> = {
        // eslint-disable-next-line no-eval
        eval: () => window.eval('1 + 1'),
        innerHTML: () => {
          // eslint-disable-next-line no-restricted-properties
          document.createElement('div').innerHTML = '<img src=x onerror=alert(1)>';
        },
        inlineScript: () => {
          const script = document.createElement('script');
          script.textContent = 'window.__ran = true';
          document.body.append(script);
        },
      };
      const isRefused = (attempt: () => unknown) => {
        try {
          attempt();
          return false;
        } catch {
          return true;
        }
      };
      return new Promise<Record<string, boolean>>((resolve) =>
        setTimeout(() => resolve(Object.fromEntries(Object.entries(attempts).map(([name, attempt]) => [name, isRefused(attempt)])))),
      );
    });
    expect(refused).toEqual({ eval: true, innerHTML: true, inlineScript: true });

    // A frame from anywhere but the allow-listed embed page is blocked too.
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.src = 'https://example.com/';
      document.body.append(frame);
    });
    // One report per attempt: eval and the two script sinks meet Trusted Types (or script-src), the frame frame-src.
    await expect.poll(async () => (await violations(page)).length).toBe(4);
    const directives = (await violations(page)).map((violation) => violation.directive);
    expect(directives.filter((directive) => directive === 'frame-src')).toHaveLength(1);
    for (const directive of directives.filter((name) => name !== 'frame-src')) {
      expect(['require-trusted-types-for', 'script-src']).toContain(directive);
    }
  });
});
