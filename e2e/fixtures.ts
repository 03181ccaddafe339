import { test as base, expect, type Page } from '@playwright/test';
import type { LoggedCall } from './sandbox-control.ts';

export const PASSWORD = 'sandbox';
export const ACCOUNTS = {
  admin: 'admin@sandbox.test',
  reader: 'reader@sandbox.test',
  superadmin: 'superadmin@sandbox.test',
  otherAdmin: 'other-admin@sandbox.test',
} as const;

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Every journey fails on an uncaught page error or a console error: a user would see something
 * broken even when the assertions pass. Expected failures (a 401 the test provokes) are allowed by
 * name through `allowConsoleErrors`.
 */
export const test = base.extend<{ allowConsoleErrors: RegExp[]; consoleGuard: void }>({
  allowConsoleErrors: [[], { option: true }],
  consoleGuard: [
    async ({ page, allowConsoleErrors }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (allowConsoleErrors.some((pattern) => pattern.test(text))) return;
        problems.push(`console error: ${text}`);
      });
      await use();
      expect(problems, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The company id in the page's list or detail URL, once it has one. */
export async function companyIdOf(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/companies\/[^/]+\/checkouts/);
  const match = /\/companies\/([^/]+)\/checkouts/.exec(new URL(page.url()).pathname);
  if (!match?.[1]) throw new Error(`no company in ${page.url()}`);
  return match[1];
}

/** The list's status filter (the column picker has a "Status" checkbox too). */
export function statusFilter(page: Page) {
  return page.getByRole('combobox', { name: 'Status' });
}

/** What the gateway itself answers for a list page, read with the page's own session. */
export async function serverListPage(page: Page, companyId: string, query: string): Promise<{ totalCount: number; totalPages: number; data: { id: string }[] }> {
  const response = await page.request.get(`/api/companies/${companyId}/checkouts?${query}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as { totalCount: number; totalPages: number; data: { id: string }[] };
}

/**
 * Opens the company's first Ready-to-ship checkout and sends its payment request the way a person
 * does (button, then the dialog's confirmation), until the screen says Shipped. Answers its id.
 */
export async function sendFirstPaymentRequest(page: Page, companyId: string): Promise<string> {
  const { data } = await serverListPage(page, companyId, 'status=readyToShip&page=1');
  const checkoutId = data[0]!.id;
  await page.goto(`/companies/${companyId}/checkouts/${checkoutId}`);
  await page.getByRole('button', { name: 'Send payment request' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Send payment request' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Shipped' })).toBeVisible();
  return checkoutId;
}

/** BokaMera calls that sent a payment request. */
export function paymentRequestsIn(log: LoggedCall[]): LoggedCall[] {
  return log.filter((call) => call.upstream === 'bokamera' && call.method === 'PUT' && call.path.includes('/sendpaymentrequest'));
}
